// The workbench in a real browser (Debian's Chromium via playwright-core) over a copy of the NK case: open,
// edit a stance and watch the forecast move, save with comments kept, a stale-save conflict, a scenario, the
// map, the report, axe-core accessibility checks, and no request leaving the local server.
import { appendFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import axe from "axe-core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCase } from "../../src/io/case/index.ts";
import { launchChromium, startWorkbench, type Workbench } from "./harness.ts";

let workbench: Workbench;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const foreignRequests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  [workbench, chromium] = await Promise.all([startWorkbench(), launchChromium()]);
  page = await chromium.context.newPage();
  const origin = new URL(workbench.server.url).origin;
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:"))
      foreignRequests.push(url);
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(workbench.server.url);
});

afterAll(async () => {
  await chromium?.close();
  await workbench?.close();
});

const stancesFile = () => join(workbench.caseDir, "stances.yaml");

/** 0-based index of the line holding Russia's position on NK control. */
function russiaPositionLine(text: string): number {
  const lines = text.split("\n");
  const at = lines.findIndex(
    (line, i) => line === "  - actor: russia" && lines[i + 1] === "    issue: nk-control",
  );
  expect(lines[at + 2]).toMatch(/^ {4}position: \{ value: \d+, low: 15, high: 40 \}$/);
  return at + 2;
}

async function view(name: string) {
  await page.getByRole("navigation", { name: "Views" }).getByRole("button", { name }).click();
}

/** The one changed region of a file: lines left after dropping the common first and last lines. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split("\n");
  const b = after.split("\n");
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}

/** axe-core on the page as it stands: the violations rated serious or critical. */
async function seriousViolations(): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const result = (await page.evaluate(async () =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ["violations"] }),
  )) as axe.AxeResults;
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function editRussiaOnNkControl(value: string) {
  await page.getByTestId("cell-russia/nk-control").click();
  await page.getByTestId("edit-russia-nk-control-position-value").fill(value);
}

describe("workbench in Chromium over the NK case", () => {
  it("opens the case on the overview, with no serious accessibility violation", async () => {
    await page.getByTestId("overview").waitFor();
    await expect(
      page.getByRole("heading", { level: 2, name: /Nagorno-Karabakh/ }).textContent(),
    ).resolves.toMatch(/2022/);
    expect(await page.getByRole("row").count()).toBeGreaterThan(20);
    expect(await seriousViolations()).toEqual([]);
  });

  it("an edit to Russia's position on NK control moves the live forecast", async () => {
    await view("Stances & forecast");
    const cell = page.getByTestId("forecast-nk-control-bdm:paper");
    await cell.waitFor();
    const before = await cell.textContent();
    await editRussiaOnNkControl("38");
    await page.waitForFunction(
      ([selector, old]) => document.querySelector(selector as string)?.textContent !== old,
      ['[data-testid="forecast-nk-control-bdm:paper"]', before],
    );
    expect(await cell.textContent()).not.toBe(before);
    expect(await page.getByTestId("unsaved-count").textContent()).toBe("1 unsaved stance edit");
    expect(await page.evaluate(() => window.__ententeLatencies?.length ?? 0)).toBeGreaterThan(0);
    expect(await seriousViolations()).toEqual([]);
  });

  it("a value outside its range is flagged inline with the CLI's message", async () => {
    const line = russiaPositionLine(await readFile(stancesFile(), "utf8")) + 1;
    await page.getByTestId("edit-russia-nk-control-position-value").fill("90");
    await page.getByTestId("stance-problems").waitFor();
    expect(await page.getByTestId("stance-problems").textContent()).toContain(
      `stances.yaml:${line}:43: error: range high 40 is below the value 90 [range-excludes-point]`,
    );
    await page.getByTestId("edit-russia-nk-control-position-value").fill("38");
    await page.getByTestId("stance-problems").waitFor({ state: "detached" });
  });

  it("keyboard only: a stance cell opens with Enter, and arrow keys on the slider move the forecast", async () => {
    await page.getByTestId("cell-azerbaijan/corridor").focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: /^Azerbaijan on / }).waitFor();
    const slider = page.getByTestId("edit-azerbaijan-corridor-position-slider");
    const before = Number(await slider.inputValue());
    // The slider is the first control after the editor's heading in tab order.
    for (let i = 0; i < 40 && !(await slider.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press("Tab");
    expect(await slider.evaluate((el) => el === document.activeElement)).toBe(true);
    const edits = await page.evaluate(() => window.__ententeLatencies?.length ?? 0);
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction((n) => (window.__ententeLatencies?.length ?? 0) > n, edits);
    expect(Number(await slider.inputValue())).toBe(before - 1);
    expect(await page.getByTestId("unsaved-count").textContent()).toBe("2 unsaved stance edits");
    await page.getByRole("button", { name: "Revert this stance to the saved values" }).click();
    expect(await page.getByTestId("unsaved-count").textContent()).toBe("1 unsaved stance edit");
    expect(Number(await slider.inputValue())).toBe(before);
  });

  it("Monte Carlo runs in the background with progress and a summary", async () => {
    await page.getByRole("button", { name: "Run Monte Carlo" }).click();
    await page.getByTestId("monte-carlo-progress").waitFor();
    await page.getByTestId("monte-carlo-summary").waitFor({ timeout: 40_000 });
    expect(await page.getByTestId("monte-carlo-summary").textContent()).toMatch(/^60 runs/);
  });

  it("Save writes the edit into stances.yaml, keeping comments and the one-line ranges", async () => {
    const before = await readFile(stancesFile(), "utf8");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByTestId("save-status").waitFor();
    const after = await readFile(stancesFile(), "utf8");
    expect(after).not.toBe(before);
    expect(after.split("\n")[russiaPositionLine(before)]).toBe(
      "    position: { value: 38, low: 15, high: 40 }",
    );
    expect(after).toContain("# Positions (0 = Armenia's position, 100 = Azerbaijan's)");
    expect(after).toContain("  # ── armenia ──");
    // Only the edited line differs.
    const changed = after.split("\n").filter((line, i) => line !== before.split("\n")[i]);
    expect(changed).toEqual(["    position: { value: 38, low: 15, high: 40 }"]);
    expect(await page.getByTestId("unsaved-count").textContent()).toBe("No unsaved edits");
  });

  it("a save over a file changed on disk meets a conflict message, and Reload keeps the edit", async () => {
    await editRussiaOnNkControl("36");
    await appendFile(stancesFile(), "# a colleague's note, written while the workbench was open\n");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    const conflict = page.getByTestId("save-conflict");
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain("stances.yaml changed on disk since you loaded it");
    expect(await conflict.getAttribute("role")).toBe("alert");
    expect(await readFile(stancesFile(), "utf8")).toContain("value: 38, low: 15");
    await conflict.getByRole("button", { name: "Reload from disk" }).click();
    await conflict.waitFor({ state: "detached" });
    expect(await page.getByTestId("unsaved-count").textContent()).toBe("1 unsaved stance edit");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByTestId("save-status").waitFor();
    const text = await readFile(stancesFile(), "utf8");
    expect(text).toContain("value: 36, low: 15");
    expect(text).toContain("# a colleague's note");
  });

  it("citations are edited in the matrix and saved in place: one removed, one added, the rest untouched", async () => {
    await view("Stances & forecast");
    await page.getByTestId("cell-russia/nk-control").click();
    const editor = page.getByTestId("evidence-editor");
    await editor.getByRole("button", { name: /^Remove the citation .*brief#lead\.1$/ }).click();
    await editor.getByLabel("Locator").fill("brief#russia-turkiye.2");
    await editor.getByLabel("Credibility").selectOption("3");
    await editor.getByRole("button", { name: "Add citation" }).click();
    const before = await readFile(stancesFile(), "utf8");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByTestId("save-status").filter({ hasText: "Saved" }).waitFor();
    const after = await readFile(stancesFile(), "utf8");
    const { removed, added } = changedLines(before, after);
    expect(removed).toEqual(['      - { source: pism-2022, locator: "brief#lead.1", credibility: 2 }']);
    expect(added).toEqual(["      - { source: pism-2022, locator: brief#russia-turkiye.2, credibility: 3 }"]);
    expect((await loadCase(workbench.caseDir)).problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("a scenario made from the current edits is compared side by side with the baseline", async () => {
    await editRussiaOnNkControl("70");
    await view("Scenarios");
    await page.getByLabel("Scenario name").fill("Russia leans to Baku");
    await page.getByLabel("Description").fill("Russia moves towards Azerbaijan's position on NK's control.");
    await page.getByRole("button", { name: /Create scenario/ }).click();
    await page.getByRole("button", { name: "Compare “Russia leans to Baku” with the baseline" }).click();
    const comparison = page.getByTestId("scenario-comparison");
    await comparison.waitFor({ timeout: 30_000 });
    expect(await comparison.textContent()).toMatch(/Russia leans to Baku:\s*Settlement zone/);
    expect(await comparison.locator("tbody tr").count()).toBeGreaterThan(10);
    // The issues it moves, baseline chart beside scenario chart.
    expect(await page.getByTestId("scenario-charts").locator("svg").count()).toBeGreaterThanOrEqual(2);
    expect(await seriousViolations()).toEqual([]);
  });

  it("the new scenario is saved into scenarios.yaml after the existing ones, which stay byte for byte", async () => {
    const file = join(workbench.caseDir, "scenarios.yaml");
    const before = await readFile(file, "utf8");
    await page.getByRole("button", { name: "Save “Russia leans to Baku” into the case" }).click();
    await page.getByTestId("scenario-save-status").filter({ hasText: "Saved" }).waitFor();
    const after = await readFile(file, "utf8");
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toMatch(
      /^ {2}- id: sc-russia-leans-to-baku\n {4}name: Russia leans to Baku\n/,
    );
    const loaded = await loadCase(workbench.caseDir);
    expect(loaded.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(loaded.case?.scenarios.at(-1)?.patches[0]).toEqual({
      op: "set-position",
      actor: "russia",
      issue: "nk-control",
      value: { value: 70, low: 15, high: 70 },
    });
    await page.getByRole("button", { name: "Compare “Russia leans to Baku” with the baseline" }).waitFor();
  });

  it("the events map shows the incidents over offline borders; choosing one shows its sources", async () => {
    await view("Events");
    await page.getByTestId("incident-count").filter({ hasText: "33 incidents" }).waitFor();
    await page.getByRole("button", { name: "Show the map" }).click();
    const markers = page.getByTestId("incident-map").locator("circle.incident");
    await markers.first().waitFor();
    expect(await markers.count()).toBeGreaterThan(20);
    await markers.first().click({ force: true });
    await page.getByTestId("incident-sources").waitFor();
    expect(await page.getByTestId("incident-sources").locator("li").count()).toBeGreaterThan(0);
    // The markers are buttons too: focus one and press Enter.
    const marker = markers.nth(5);
    const id = await marker.getAttribute("data-event-id");
    await marker.focus();
    await page.keyboard.press("Enter");
    await page.getByTestId(`incident-${id}`).and(page.locator('[aria-pressed="true"]')).waitFor();
    await page.getByLabel("Type").selectOption("shelling");
    await page.getByTestId("incident-count").filter({ hasNotText: "33 incidents" }).waitFor();
    expect(await seriousViolations()).toEqual([]);
  });

  it("the report view shows the assessment report with HTML and Markdown exports", async () => {
    await view("Report");
    await page.getByTestId("report-frame").waitFor({ timeout: 40_000 });
    const frame = page.frameLocator('[data-testid="report-frame"]');
    expect(await frame.locator("h1").first().textContent()).toBeTruthy();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export Markdown" }).click();
    expect((await download).suggestedFilename()).toBe("report.md");
    expect(await seriousViolations()).toEqual([]);
  });

  it("no request left the local server and the page threw nothing", () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
