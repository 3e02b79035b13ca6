/** The data vintage stamped on every stored row: when it was imported, from which file, with which hash. */
export type Vintage = { importedAt: Date; sourceFile: string | null; fileHash: string | null };
