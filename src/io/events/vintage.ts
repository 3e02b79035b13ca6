/** The data vintage of an import (its `imports` log entry, which every row it wrote points to by `import_id`):
 *  when it was imported, from which file, with which hash. */
export type Vintage = { importedAt: Date; sourceFile: string | null; fileHash: string | null };
