import { parentPort } from "node:worker_threads";
import { assess } from "../../../core/assessment/index.ts";
import type { AssessReply, AssessRequest } from "./assessment-thread.ts";

const port = parentPort;
if (port === null) throw new Error("assessment worker: started outside a worker thread");

port.on("message", (request: AssessRequest) => {
  let reply: AssessReply;
  try {
    reply = {
      id: request.id,
      assessment: assess(request.caseFile, { runs: request.runs, seed: request.seed }),
    };
  } catch (error) {
    reply = { id: request.id, error: (error as Error).message };
  }
  port.postMessage(reply);
});
