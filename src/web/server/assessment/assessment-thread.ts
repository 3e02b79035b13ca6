import { Worker } from "node:worker_threads";
import type { Assessment } from "../../../core/assessment/index.ts";
import type { CaseFile } from "../../../core/case/index.ts";

export interface AssessRequest {
  readonly id: number;
  readonly caseFile: CaseFile;
  readonly runs: number;
  readonly seed: number;
}

export type AssessReply =
  | { readonly id: number; readonly assessment: Assessment }
  | { readonly id: number; readonly error: string };

/**
 * Runs `assess` on a worker thread, so a few seconds of Monte Carlo do not stall the server's other
 * requests (saves, events, the page itself). One thread, started on first use and not keeping the process
 * alive; requests queue on it.
 */
export class AssessmentThread {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (a: Assessment) => void; reject: (e: Error) => void }
  >();

  assess(caseFile: CaseFile, runs: number, seed: number): Promise<Assessment> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, caseFile, runs, seed } satisfies AssessRequest);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }

  private start(): Worker {
    if (this.worker !== undefined) return this.worker;
    const worker = new Worker(new URL("./worker-entry.mjs", import.meta.url));
    worker.unref();
    worker.on("message", (reply: AssessReply) => {
      const pending = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ("error" in reply) pending?.reject(new Error(reply.error));
      else pending?.resolve(reply.assessment);
    });
    const fail = (error: Error) => {
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
      this.worker = undefined;
    };
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (this.worker === worker) fail(new Error(`the assessment thread stopped (exit code ${code})`));
    });
    this.worker = worker;
    return worker;
  }
}
