// The workbench (issue 6): time to first render of the NK case on localhost, live re-simulation latency after
// a stance edit (measured in the page: edit → forecast committed to the DOM), and the client bundle's size.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { clientDir } from "../src/web/server/client-assets.ts";
import { launchChromium, startWorkbench } from "../test/e2e/harness.ts";

function quantile(sorted: readonly number[], p: number): number {
  // Type 7 (linear interpolation between order statistics), as src/core/stats/quantile.ts.
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return (
    (sorted[lo] ?? 0) + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? 0) - (sorted[lo] ?? 0))
  );
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.startsWith(".") ? [] : [path];
  });
}

export default async function (): Promise<void> {
  const workbench = await startWorkbench();
  const chromium = await launchChromium();
  try {
    // Time to first render: fresh page loads (the browser cache is cleared between them by a new page with
    // caching disabled through the DevTools protocol).
    const firstRender: number[] = [];
    const firstForecast: number[] = [];
    for (let i = 0; i < 6; i++) {
      const page = await chromium.context.newPage();
      const cdp = await chromium.context.newCDPSession(page);
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await page.goto(workbench.server.url);
      await page.getByTestId("overview").waitFor();
      const ms = await page.evaluate(
        () => performance.getEntriesByName("entente:overview")[0]?.startTime ?? Number.NaN,
      );
      await page.waitForFunction(() => performance.getEntriesByName("entente:first-forecast").length > 0);
      const forecastMs = await page.evaluate(
        () => performance.getEntriesByName("entente:first-forecast")[0]?.startTime ?? Number.NaN,
      );
      if (i > 0) {
        // the first load also warms the server's parse
        firstRender.push(ms);
        firstForecast.push(forecastMs);
      }
      await page.close();
    }
    firstRender.sort((a, b) => a - b);
    firstForecast.sort((a, b) => a - b);
    console.log(
      `first render of the NK case (navigation → overview with the case): median ${quantile(firstRender, 0.5).toFixed(0)} ms, ` +
        `min ${firstRender[0]?.toFixed(0)} ms, max ${firstRender.at(-1)?.toFixed(0)} ms (${firstRender.length} cold loads)`,
    );
    console.log(
      `first forecast of all 10 issues under 5 engines/baselines in the page's worker (navigation → result): ` +
        `median ${quantile(firstForecast, 0.5).toFixed(0)} ms`,
    );

    // Re-simulation latency: 50 edits of Russia's position on NK control, each waited for.
    const page = await chromium.context.newPage();
    await page.goto(workbench.server.url);
    await page
      .getByRole("navigation", { name: "Views" })
      .getByRole("button", { name: "Stances & forecast" })
      .click();
    await page.getByTestId("forecast-table").waitFor();
    await page.getByTestId("cell-russia/nk-control").click();
    const input = page.getByTestId("edit-russia-nk-control-position-value");
    const warmUp = 5;
    const edits = 50;
    for (let i = 0; i < warmUp + edits; i++) {
      const before = await page.evaluate(() => window.__ententeLatencies?.length ?? 0);
      await input.fill(String(15 + ((i * 7) % 26)));
      await page.waitForFunction((n) => (window.__ententeLatencies?.length ?? 0) > n, before);
    }
    const latencies = (await page.evaluate(() => window.__ententeLatencies ?? []))
      .slice(-edits)
      .sort((a, b) => a - b);
    const workerMs = await page.getByTestId("forecast-time").textContent();
    console.log(
      `re-simulation after an edit (all 10 issues shown, the edited issue re-run under 5 engines/baselines in a Web Worker): ` +
        `median ${quantile(latencies, 0.5).toFixed(1)} ms, p95 ${quantile(latencies, 0.95).toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms ` +
        `over ${latencies.length} edits (last: ${workerMs?.replace("Recomputed in the browser in ", "worker ").replace(".", "")})`,
    );
  } finally {
    await chromium.close();
    await workbench.close();
  }

  // Bundle size: what the first page load fetches (HTML, entry script, CSS), then everything incl. the
  // worker and the lazily loaded map chunk (Natural Earth 1:50m borders).
  const all = files(clientDir);
  const html = readFileSync(join(clientDir, "index.html"), "utf8");
  const initial = all.filter((f) => f.endsWith("index.html") || html.includes(f.slice(clientDir.length)));
  const size = (list: string[]) => {
    const raw = list.reduce((sum, f) => sum + statSync(f).size, 0);
    const gz = list.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    return `${raw} bytes (${gz} gzip)`;
  };
  console.log(
    `client bundle, first load: ${size(initial)}; all files incl. worker and map chunk: ${size(all)}`,
  );
}
