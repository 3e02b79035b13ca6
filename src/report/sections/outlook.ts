import { formatPercent as pct } from "../../core/language/index.ts";
import { distributionChart, issueScaleChart, trajectoryChart } from "../charts/index.ts";
import { type Block, ref, type Span, t } from "../document.ts";
import { actorName, fixed, issueName, type SectionContext, signed, worded } from "./context.ts";

export function outlookSection(ctx: SectionContext): Block[] {
  return [
    { kind: "heading", level: 2, text: "Outlook", id: "outlook" },
    ...settlement(ctx),
    ...bargaining(ctx),
    ...escalation(ctx),
    ...scenarios(ctx),
    ...levers(ctx),
  ];
}

function settlement(ctx: SectionContext): Block[] {
  const s = ctx.assessment.settlement;
  const veto = s.vetoPlayers;
  return [
    { kind: "heading", level: 3, text: "Settlement", id: "settlement" },
    {
      kind: "paragraph",
      spans: [
        t(
          veto.length === 0
            ? "The case names no veto players, so no settlement test applies."
            : `${s.anyPackageBeatsStatusQuo ? "At least one package" : "No package"} on the table or forecast leaves every veto player (${veto.map((v) => actorName(ctx, v)).join(", ")}) better off than the status quo at the case's central values. Across the ensemble, the forecast or a proposal is acceptable to all in ${pct(s.acceptableShare)} of runs, and some package in the veto players' range would be in ${pct(s.zoneShare)}; allowing for noise in each veto player's acceptance, the mean probability that all accept a package on the table is ${pct(s.acceptance)}, the ceiling of the probability of agreement below.`,
        ),
      ],
    },
    ...blockers(ctx),
    {
      kind: "table",
      head: ["Package", ...veto.map((v) => actorName(ctx, v)), "Acceptable to all", "Share of runs"],
      numeric: [...veto.map((_, i) => i + 1), veto.length + 2],
      rows: s.packages.map((p) => [
        [t(p.label)],
        ...veto.map((v) => [t(signed(p.gains.find((g) => g.actor === v)?.gain ?? 0))]),
        [t(p.acceptableToAll ? "yes" : `no (${p.blockedBy.map((b) => actorName(ctx, b)).join(", ")})`)],
        [t(pct(p.acceptableShare))],
      ]),
    },
    {
      kind: "table",
      head: ["Horizon", "Probability of agreement"],
      rows: s.horizons.map((h) => [[t(`${h.months} months`)], [t(worded(ctx, h.probability))]]),
    },
  ];
}

/** Who stands in the way: the veto players that prefer the status quo to every package, and who blocks the forecast. */
function blockers(ctx: SectionContext): Block[] {
  const s = ctx.assessment.settlement;
  if (s.vetoPlayers.length === 0) return [];
  const refusing = ctx.assessment.perspectives
    .filter((p) => p.vetoPlayer && p.prefersStatusQuo)
    .map((p) => p.name);
  const forecast = s.packages.find((p) => p.package === "forecast");
  const parts = [
    refusing.length === 0
      ? "No veto player prefers the status quo to every package."
      : `${refusing.join(", ")} ${refusing.length === 1 ? "prefers" : "prefer"} the status quo to every package on the table and to the forecast.`,
    forecast === undefined || forecast.blockedBy.length === 0
      ? "The forecast outcome is acceptable to every veto player."
      : `The forecast outcome is blocked by ${forecast.blockedBy.map((b) => actorName(ctx, b)).join(", ")}, who would lose from it against the status quo.`,
  ];
  return [{ kind: "paragraph", spans: [t(parts.join(" "))] }];
}

function bargaining(ctx: SectionContext): Block[] {
  const blocks: Block[] = [
    { kind: "heading", level: 3, text: "Bargaining forecast by issue", id: "bargaining" },
  ];
  // The status quo baseline has its own column already.
  const engines = (ctx.assessment.bargaining[0]?.engines ?? []).filter((e) => e.engine !== "Status quo");
  blocks.push({
    kind: "table",
    head: [
      "Issue",
      "Status quo",
      "Ensemble (90 %)",
      ...engines.map((e) => e.engine),
      "Moves towards",
      "Spread from settings",
    ],
    numeric: [1, 2, ...engines.map((_, i) => i + 3)],
    rows: ctx.assessment.bargaining.map((b) => [
      [t(b.name)],
      [t(fixed(b.statusQuo, 0))],
      [t(`${fixed(b.ensemble.value, 0)} (${fixed(b.ensemble.low, 0)}–${fixed(b.ensemble.high, 0)})`)],
      ...b.engines.filter((e) => e.engine !== "Status quo").map((e) => [t(fixed(e.outcome, 0))]),
      [t(b.favours === null ? "—" : actorName(ctx, b.favours))],
      [t(b.variance.total > 0 ? pct(b.variance.settings / b.variance.total) : "—")],
    ]),
  });
  if (!ctx.figures) return blocks;
  for (const b of ctx.assessment.bargaining) {
    const issue = ctx.caseFile.issues.find((i) => i.id === b.issue);
    if (issue === undefined) continue;
    const actors = ctx.caseFile.stances
      .filter((s) => s.issue === b.issue)
      .map((s) => ({
        name: actorName(ctx, s.actor),
        position: s.position.value,
        capability: ctx.caseFile.actors.find((a) => a.id === s.actor)?.capability?.value ?? 0,
        salience: s.salience.value,
      }));
    blocks.push({
      kind: "figure",
      svg: issueScaleChart(
        {
          title: b.name,
          low: issue.scale.low,
          high: issue.scale.high,
          statusQuo: b.statusQuo,
          actors,
          forecast: b.ensemble,
        },
        ctx.chart,
      ),
      caption: `${b.name}: actors by position (size = capability, shade = salience); dashed: status quo; band: the ensemble's 90 % interval.`,
    });
    blocks.push({
      kind: "figure",
      svg:
        trajectoryChart(
          {
            title: "Trajectories by engine",
            statusQuo: b.statusQuo,
            series: b.engines
              .filter((e) => e.kind === "model")
              .map((e) => ({ label: e.engine, values: e.trajectory })),
          },
          ctx.chart,
        ) +
        distributionChart(
          {
            title: `${b.name}: outcomes`,
            bins: b.distribution,
            statusQuo: b.statusQuo,
            interval: b.ensemble,
          },
          ctx.chart,
        ),
      caption: `${b.name}: each engine round by round, and the ensemble's outcomes (${ctx.assessment.run.runs} runs).`,
    });
  }
  return blocks;
}

function escalation(ctx: SectionContext): Block[] {
  const esc = ctx.assessment.escalation;
  const blocks: Block[] = [{ kind: "heading", level: 3, text: "Escalation", id: "escalation" }];
  if (esc.models.length === 0) return [...blocks, { kind: "paragraph", spans: [t(esc.skillNote)] }];
  const primary = esc.models.find((m) => m.model === esc.primary);
  const at = (months: number, k: number) =>
    primary?.thresholds.find((x) => x.months === months && x.atLeast === k)?.probability;
  const sentence = [3, 12]
    .map((months) => {
      const p25 = at(months, 25);
      const p1000 = at(months, 1000);
      return p25 === undefined || p1000 === undefined
        ? ""
        : `Within ${months} months: at least 25 deaths ${worded(ctx, p25)}; at least 1,000 deaths ${worded(ctx, p1000)}.`;
    })
    .join(" ");
  blocks.push({ kind: "paragraph", spans: [t(`${sentence} Caveats and backtest: ${esc.skillNote}`)] });
  const thresholds = primary?.thresholds.filter((x) => x.months === 3 || x.months === 12) ?? [];
  blocks.push({
    kind: "table",
    head: ["Model", ...thresholds.map((x) => `P(≥${x.atLeast}) ${x.months} mo`), "Backtest CRPS"],
    numeric: [...thresholds.map((_, i) => i + 1), thresholds.length + 1],
    rows: esc.models.map((m) => [
      [t(`${m.model}${m.baseline ? " (baseline)" : ""}${m.model === esc.primary ? " ← used" : ""}`)],
      ...thresholds.map((x) => {
        const p =
          m.thresholds.find((y) => y.months === x.months && y.atLeast === x.atLeast)?.probability ?? 0;
        return [t(pct(p))];
      }),
      [t(m.backtestCrps === null ? "—" : fixed(m.backtestCrps, 2))],
    ]),
  });
  return blocks;
}

function scenarios(ctx: SectionContext): Block[] {
  const sc = ctx.assessment.scenarios;
  const blocks: Block[] = [{ kind: "heading", level: 3, text: "Scenarios", id: "scenarios" }];
  if (sc.scenarios.length === 0)
    return [...blocks, { kind: "paragraph", spans: [t("The case defines no scenarios.")] }];
  for (const s of sc.scenarios) {
    const scenario = ctx.caseFile.scenarios.find((x) => x.id === s.scenario);
    blocks.push({
      kind: "paragraph",
      spans: [
        {
          kind: "strong",
          text: `${s.name}${s.probability === null ? "" : ` (probability ${pct(s.probability)})`}. `,
        },
        t(scenario?.description ?? ""),
        ...(scenario === undefined ? [] : citeOf(ctx, scenario.evidence)),
      ],
    });
  }
  blocks.push({
    kind: "paragraph",
    spans: [
      t(
        "Each scenario's effect against the baseline forecast (scale points; agreement in percentage points). Scenarios change the bargaining inputs; the escalation models do not take them.",
      ),
    ],
  });
  blocks.push({
    kind: "table",
    head: ["", ...sc.scenarios.map((s) => s.name)],
    numeric: sc.scenarios.map((_, i) => i + 1),
    rows: [
      [
        [t("Agreement within 12 months")],
        ...sc.scenarios.map((s) => {
          const a12 = s.agreement.find((a) => a.months === 12);
          return [t(a12 === undefined ? "—" : `${pct(a12.probability)} (${signed(a12.delta * 100, 0)})`)];
        }),
      ],
      ...ctx.caseFile.issues.map((issue) => [
        [t(issue.name)],
        ...sc.scenarios.map((s) => [t(signed(s.outcomes.find((o) => o.issue === issue.id)?.delta ?? 0))]),
      ]),
    ],
  });
  blocks.push({ kind: "paragraph", spans: [t(`Scenario-weighted outlook beside the baseline. ${sc.note}`)] });
  blocks.push({
    kind: "table",
    head: ["", "Baseline", "Scenario-weighted"],
    numeric: [1, 2],
    rows: [
      ...sc.weightedAgreement.map((a) => [
        [t(`Agreement within ${a.months} months`)],
        [t(pct(a.baseline))],
        [t(pct(a.weighted))],
      ]),
      ...sc.weighted.map((w) => [
        [t(issueName(ctx, w.issue))],
        [t(fixed(w.baseline, 0))],
        [t(fixed(w.weighted, 0))],
      ]),
    ],
  });
  return blocks;
}

function citeOf(
  ctx: SectionContext,
  evidence: Parameters<SectionContext["citations"]["citeEvidence"]>[0],
): Span[] {
  const numbers = ctx.citations.citeEvidence(evidence);
  return numbers.length === 0 ? [] : [{ kind: "cite", numbers }];
}

function levers(ctx: SectionContext): Block[] {
  const blocks: Block[] = [{ kind: "heading", level: 3, text: "Levers", id: "levers" }];
  const rows = ctx.assessment.levers.filter((l) => l.levers.length > 0);
  blocks.push({
    kind: "paragraph",
    spans: [
      t(
        "The changes that move the central forecast most, per actor (one at a time; deal margin = change in the worst-off veto player's gain), with the case's recommendations to that actor evaluated through the whole ensemble.",
      ),
    ],
  });
  const action = (change: string) =>
    ctx.caseFile.recommendations.find((r) => `recommendation ${r.id}` === change)?.action ?? change;
  blocks.push({
    kind: "table",
    head: ["Actor", "Change", "Issue moved most", "Forecast moves", "Deal margin / agreement"],
    numeric: [3, 4],
    rows: rows.flatMap((a) => {
      const shown = a.levers.filter((l) => l.kind === "recommendation").length + 3;
      return a.levers
        .slice(0, shown)
        .map((l, i) => [
          [t(i === 0 ? actorName(ctx, a.actor) : "")],
          [l.kind === "recommendation" ? ref(action(l.change), "recommendations") : t(l.change)],
          [t(issueName(ctx, l.issue))],
          [t(signed(l.delta))],
          [
            t(
              l.kind === "recommendation"
                ? `agreement ${signed((l.agreementDelta ?? 0) * 100, 0)} pts`
                : signed(l.marginDelta),
            ),
          ],
        ]);
    }),
  });
  return blocks;
}
