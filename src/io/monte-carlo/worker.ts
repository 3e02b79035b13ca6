import { parentPort, workerData } from "node:worker_threads";
import { type EnsemblePlan, sampleChunk } from "../../core/analysis/ensemble.ts";
import type { ChunkReply, ChunkRequest } from "./messages.ts";

// The plan is posted once, at start; every request then names only a range of runs and the seed.
const plan = (workerData as { plan: EnsemblePlan }).plan;
const port = parentPort;
if (port === null) throw new Error("monte-carlo worker: started outside a worker thread");

port.on("message", (request: ChunkRequest) => {
  let reply: ChunkReply;
  try {
    reply = { kind: "chunk", chunk: sampleChunk(plan, request.seed, request.start, request.end) };
  } catch (error) {
    reply = { kind: "error", message: (error as Error).message };
  }
  const transfer =
    reply.kind === "chunk"
      ? [reply.chunk.settings.buffer, reply.chunk.outcomes.buffer, reply.chunk.accepted.buffer]
      : [];
  port.postMessage(reply, transfer as ArrayBuffer[]);
});
