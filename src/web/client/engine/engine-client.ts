import type { EngineReply, EngineRequest } from "./protocol.ts";

type Reply<K extends EngineReply["kind"]> = Extract<EngineReply, { kind: K }>;
type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;
type Request = WithoutId<Exclude<EngineRequest, { kind: "cancel" }>>;
type Pending = {
  resolve: (reply: EngineReply) => void;
  reject: (error: Error) => void;
  onProgress?: (done: number, total: number) => void;
};

/** One engine worker; requests are answered in order, by id. */
export class EngineClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(name: string) {
    this.worker = new Worker(new URL("./engine-worker.ts", import.meta.url), { type: "module", name });
    this.worker.onmessage = (event: MessageEvent<EngineReply>) => {
      const reply = event.data;
      const pending = this.pending.get(reply.id);
      if (pending === undefined) return;
      if (reply.kind === "progress") {
        pending.onProgress?.(reply.done, reply.total);
        return;
      }
      this.pending.delete(reply.id);
      if (reply.kind === "error") pending.reject(new Error(reply.message));
      else pending.resolve(reply);
    };
  }

  /** Sends a request; resolves with the reply of the same kind. */
  send<R extends Request>(
    request: R,
    onProgress?: (done: number, total: number) => void,
  ): { id: number; result: Promise<Reply<R["kind"]>> } {
    const id = this.nextId++;
    const result = new Promise<Reply<R["kind"]>>((resolve, reject) => {
      this.pending.set(id, {
        resolve: resolve as (reply: EngineReply) => void,
        reject,
        ...(onProgress ? { onProgress } : {}),
      });
    });
    this.worker.postMessage({ ...request, id });
    return { id, result };
  }

  cancel(id: number): void {
    this.pending.get(id)?.reject(new Error("cancelled"));
    this.pending.delete(id);
    this.worker.postMessage({ kind: "cancel", id } satisfies EngineRequest);
  }
}
