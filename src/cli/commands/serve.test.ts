import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fakeTerminal } from "../../../test/helpers/fake-terminal.ts";
import { builtInCasePath } from "../../io/case/index.ts";
import { runServe } from "./serve.ts";

describe("entente serve", () => {
  it("runServe(case, { port: 0 }) binds 127.0.0.1, prints the URL and serves the page with its token", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "entente-serve-")), "nk");
    await cp(builtInCasePath(), dir, { recursive: true });
    const terminal = fakeTerminal({ width: 100 });
    const server = await runServe(dir, { port: 0 }, terminal);
    try {
      expect(terminal.stdout()).toContain(server.url);
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await (await fetch(server.url)).text();
      expect(page).toContain(`<meta name="entente-token" content="${server.token}"`);
      const api = await fetch(`${server.url}api/case`);
      expect(((await api.json()) as { case: { meta: { id: string } } }).case.meta.id).toMatch(/karabakh/);
    } finally {
      await server.close();
    }
  });

  it("refuses a folder that does not exist (usage error, exit 2)", async () => {
    await expect(runServe("/no/such/case", { port: 0 }, fakeTerminal({ width: 100 }))).rejects.toMatchObject({
      exitCode: 2,
    });
  });
});
