import { access, stat } from "node:fs/promises";

/** Debian's Chromium, which `.ci/run` and scripts/ensure-chromium.sh install. */
export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
] as const;

export async function chromiumAvailable(path = CHROMIUM_PATH): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Prints self-contained HTML to an A4 PDF with headless Chromium (playwright-core, no browser download). The
 * page is offline: every request the page would make is aborted, so the PDF shows exactly the file's content.
 */
export async function htmlToPdf(html: string, path: string, executablePath = CHROMIUM_PATH): Promise<number> {
  if (!(await chromiumAvailable(executablePath)))
    throw new Error(
      `htmlToPdf: no Chromium at ${executablePath}; install it (apt-get install chromium) or use --format html`,
    );
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS] });
  try {
    const page = await browser.newPage();
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html, { waitUntil: "load" });
    await page.pdf({
      path,
      format: "A4",
      printBackground: true,
      margin: { top: "16mm", bottom: "16mm", left: "14mm", right: "14mm" },
    });
  } finally {
    await browser.close();
  }
  return (await stat(path)).size;
}
