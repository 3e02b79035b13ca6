// `entente assess` on the built-in NK case, end to end as a user runs it: a fresh Node process through
// bin/entente.js (tsx start-up included), default runs, HTML output (issue 5 "Speed": target < 3 s; report the
// HTML's size). Wall time depends on what else the machine runs, so the child's CPU time is printed beside it.
// Also: the in-process time of each stage, and the other formats' sizes.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assess, DEFAULT_RUNS, DEFAULT_SEED } from "../src/core/assessment/index.ts";
import { builtInCasePath, loadCase } from "../src/io/case/index.ts";
import { buildReport, renderHtml, renderMarkdown } from "../src/report/index.ts";

const root = join(import.meta.dirname, "..");

function run(args: string[]): { wall: number; cpu: number; status: number | null } {
  const start = process.hrtime.bigint();
  const child = spawnSync(
    "bash",
    ["-c", `TIMEFORMAT='%U %S'; time node ${join(root, "bin", "entente.js")} ${args.join(" ")} > /dev/null`],
    { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } },
  );
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const [user = 0, sys = 0] = (child.stderr.trim().split("\n").at(-1) ?? "0 0").split(" ").map(Number);
  return { wall, cpu: user + sys, status: child.status };
}

export default async function bench(): Promise<void> {
  const out = await mkdtemp(join(tmpdir(), "entente-assess-bench-"));
  try {
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = run(["assess", "--out", out, "--format", "html"]);
      if (r.status !== 0) throw new Error(`entente assess exited with ${r.status}`);
      walls.push(r.wall);
      cpus.push(r.cpu);
    }
    const best = (xs: number[]) => Math.min(...xs).toFixed(2);
    const html = await stat(join(out, "nagorno-karabakh-2022.html"));
    console.log(
      `entente assess (NK, ${DEFAULT_RUNS} runs, html), fresh process: wall best ${best(walls)} s of [${walls.map((w) => w.toFixed(2)).join(", ")}], CPU best ${best(cpus)} s; HTML ${(html.size / 1024).toFixed(0)} KiB`,
    );
    const node = run(["--help"]);
    console.log(
      `  of which Node + tsx start-up and CLI load (entente --help): wall ${node.wall.toFixed(2)} s, CPU ${node.cpu.toFixed(2)} s`,
    );

    const loaded = await loadCase(builtInCasePath());
    if (loaded.case === undefined) throw new Error("bench: the built-in case does not validate");
    const caseFile = loaded.case;
    assess(caseFile, { seed: DEFAULT_SEED, runs: 8 }); // warm-up
    for (const runs of [DEFAULT_RUNS, 200]) {
      let t = performance.now();
      const a = assess(caseFile, { seed: DEFAULT_SEED, runs });
      const assessMs = performance.now() - t;
      t = performance.now();
      const h = renderHtml(buildReport(caseFile, a, { figures: true }));
      const htmlMs = performance.now() - t;
      const md = renderMarkdown(buildReport(caseFile, a, { figures: false }));
      console.log(
        `  in process, ${runs} runs: assess ${assessMs.toFixed(0)} ms, HTML ${htmlMs.toFixed(0)} ms (${(h.length / 1024).toFixed(0)} KiB), Markdown ${(md.length / 1024).toFixed(0)} KiB, JSON ${(JSON.stringify(a).length / 1024).toFixed(0)} KiB`,
      );
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
