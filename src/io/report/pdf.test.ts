import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHROMIUM_PATH, chromiumAvailable, htmlToPdf } from "./pdf.ts";

const present = await chromiumAvailable();
const root = process.getuid?.() === 0;
// Skip only when Chromium is missing and we could not have installed it; as root a missing browser is a failure.
const skip = !present && !root;
if (skip)
  console.warn(
    `pdf.test.ts skipped: no Chromium at ${CHROMIUM_PATH} and not root (install it with apt-get install chromium)`,
  );

describe.skipIf(skip)("htmlToPdf", () => {
  it("htmlToPdf(report) writes a PDF with headless Chromium", async () => {
    const dir = await mkdtemp(join(tmpdir(), "entente-pdf-"));
    try {
      const path = join(dir, "r.pdf");
      const bytes = await htmlToPdf("<!doctype html><title>t</title><h1>Entente</h1><p>PDF test</p>", path);
      const head = (await readFile(path)).subarray(0, 5).toString("latin1");
      expect(head).toBe("%PDF-");
      expect(bytes).toBeGreaterThan(500);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
