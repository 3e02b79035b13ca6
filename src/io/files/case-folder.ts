import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { writeFileAtomic } from "./atomic-write.ts";
import { etagOf } from "./etag.ts";

/** A case file as read from disk, with the version a later save must name. */
export interface CaseFileText {
  name: string;
  text: string;
  etag: string;
}

export type SaveResult =
  | { status: "saved"; etag: string }
  | { status: "conflict"; currentEtag: string | undefined }
  | { status: "invalid-name"; reason: string };

const fileNamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]*\.ya?ml$/;

/**
 * The YAML files of one case folder, guarded: names are plain file names inside the folder (no paths, no
 * links out of it), and a save succeeds only if the file is still at the version the writer read.
 */
export class CaseFolder {
  readonly dir: string;
  // Saves to one file run one after another, so compare-and-swap holds within this process.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(dir: string) {
    this.dir = resolve(dir);
  }

  async list(): Promise<CaseFileText[]> {
    const names = (await readdir(this.dir)).filter((name) => fileNamePattern.test(name));
    names.sort((a, b) => (a === "case.yaml" ? -1 : b === "case.yaml" ? 1 : a.localeCompare(b)));
    return Promise.all(names.map(async (name) => this.read(name) as Promise<CaseFileText>));
  }

  async read(name: string): Promise<CaseFileText | undefined> {
    const path = await this.pathOf(name);
    if (typeof path !== "string") return undefined;
    try {
      const text = await readFile(path, "utf8");
      return { name, text, etag: etagOf(text) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  /** Writes `text` if the file's current version is `ifMatch` (`*`: exists; `null`: must not exist yet). */
  save(name: string, text: string, ifMatch: string | null): Promise<SaveResult> {
    const run = this.queue.then(async (): Promise<SaveResult> => {
      const path = await this.pathOf(name);
      if (typeof path !== "string") return { status: "invalid-name", reason: path.reason };
      const current = await this.read(name);
      const matches =
        ifMatch === null
          ? current === undefined
          : ifMatch === "*"
            ? current !== undefined
            : current?.etag === ifMatch;
      if (!matches) return { status: "conflict", currentEtag: current?.etag };
      await writeFileAtomic(path, text);
      return { status: "saved", etag: etagOf(text) };
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The absolute path of a case file, or why the name is refused. */
  private async pathOf(name: string): Promise<string | { reason: string }> {
    if (!fileNamePattern.test(name)) return { reason: "expected a plain file name ending in .yaml or .yml" };
    const path = join(this.dir, name);
    const real = await realpath(path).catch(() => path);
    const realDir = await realpath(this.dir);
    const inside = relative(realDir, real);
    if (inside.startsWith("..") || inside.includes(sep) || inside === "") {
      return { reason: "the file is outside the case folder" };
    }
    const info = await stat(real).catch(() => undefined);
    if (info !== undefined && !info.isFile()) return { reason: "not a regular file" };
    return path;
  }
}
