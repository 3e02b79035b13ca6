import type { RunChunk } from "../../core/analysis/ensemble.ts";

/** Parent → worker: compute runs [start, end) of the ensemble with this seed. */
export interface ChunkRequest {
  readonly start: number;
  readonly end: number;
  readonly seed: number;
}

/** Worker → parent: the chunk, or the error that stopped it. */
export type ChunkReply =
  | { readonly kind: "chunk"; readonly chunk: RunChunk }
  | { readonly kind: "error"; readonly message: string };
