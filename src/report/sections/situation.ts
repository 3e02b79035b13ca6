import { incidentMapChart, incidentSeriesChart, relationsNetworkChart } from "../charts/index.ts";
import { type Block, cite, strong, t } from "../document.ts";
import { actorName, fixed, type SectionContext } from "./context.ts";

/** "Situation": the case summary, dated facts, negotiation tracks and the incident record with its map. */
export function situationSection(ctx: SectionContext): Block[] {
  const { caseFile, assessment } = ctx;
  const blocks: Block[] = [
    { kind: "heading", level: 2, text: "Situation", id: "situation" },
    { kind: "paragraph", spans: [t(caseFile.meta.summary)] },
  ];
  if (caseFile.facts.length > 0)
    blocks.push({
      kind: "list",
      items: caseFile.facts.map((f) => [
        ...(f.date === undefined ? [] : [strong(`${f.date}: `)]),
        t(f.statement),
        ...cite(ctx.citations.citeEvidence(f.evidence)),
      ]),
    });
  if (caseFile.mediation.length > 0) {
    blocks.push({ kind: "heading", level: 3, text: "Negotiation tracks", id: "mediation" });
    blocks.push({
      kind: "table",
      head: ["Track", "Convened by", "Since", "Status"],
      rows: caseFile.mediation.map((m) => [
        [t(m.name), ...cite(ctx.citations.citeEvidence(m.evidence))],
        [t(m.conveners.map((c) => actorName(ctx, c)).join(", "))],
        [t(m.start ?? "—")],
        [t(m.status)],
      ]),
    });
  }
  if (caseFile.issues.length > 0) {
    blocks.push({ kind: "heading", level: 3, text: "Issues and the status quo", id: "issues" });
    blocks.push({
      kind: "table",
      head: ["Issue", "0 means", "100 means", "Status quo", "Veto players"],
      numeric: [3],
      rows: caseFile.issues.map((i) => [
        [t(i.name), ...cite(ctx.citations.citeEvidence(i.evidence))],
        [t(i.scale.low)],
        [t(i.scale.high)],
        [t(`${fixed(i.statusQuo.value, 0)}${i.statusQuoNote === undefined ? "" : ` (${i.statusQuoNote})`}`)],
        [t(i.vetoPlayers.map((v) => actorName(ctx, v)).join(", ") || "—")],
      ]),
    });
  }
  const esc = assessment.escalation;
  const deaths = esc.series.reduce((s, m) => s + m.fatalities, 0);
  const incidents = esc.series.reduce((s, m) => s + m.incidents, 0);
  blocks.push({ kind: "heading", level: 3, text: "Incidents", id: "incidents" });
  blocks.push({
    kind: "paragraph",
    spans: [
      t(
        esc.series.length === 0
          ? "The case records no incidents."
          : `The case records ${incidents} incidents from ${esc.series[0]?.month} to ${esc.series.at(-1)?.month}, with ${deaths} deaths by the sides' best estimates` +
              (esc.unknownFatalityEvents > 0
                ? `; ${esc.unknownFatalityEvents} incidents report casualties of unknown number and count as 0 known deaths.`
                : "."),
      ),
      ...cite(
        ctx.citations.cite(
          caseFile.events.flatMap((e) =>
            e.evidence === "analyst-estimate" ? [] : e.evidence.map((c) => c.source),
          ),
        ),
      ),
    ],
  });
  if (ctx.figures && esc.events.some((e) => e.lat !== null && e.lon !== null)) {
    blocks.push({
      kind: "figure",
      svg: incidentMapChart(
        {
          title: "Incidents since the 2020 truce",
          events: esc.events.flatMap((e) =>
            e.lat === null || e.lon === null
              ? []
              : [
                  {
                    id: e.id,
                    name: e.place,
                    lat: e.lat,
                    lon: e.lon,
                    date: e.date,
                    type: e.type,
                    fatalities: e.fatalities,
                  },
                ],
          ),
        },
        ctx.chart,
      ),
      caption: "Incidents by place (circle area ∝ deaths; hollow: deaths unknown; places approximate).",
    });
  }
  if (ctx.figures && esc.series.length > 0)
    blocks.push({
      kind: "figure",
      svg: incidentSeriesChart(
        {
          title: "Deaths per month",
          unit: "deaths per month",
          observed: esc.series.map((s) => ({ period: s.month, value: s.fatalities })),
          forecast: esc.fan.map((f) => ({
            period: f.month,
            q05: f.q05,
            q25: f.q25,
            q50: f.q50,
            q75: f.q75,
            q95: f.q95,
          })),
          asOf: caseFile.meta.asOf,
        },
        ctx.chart,
      ),
      caption: `Monthly deaths and the ${esc.primary} forecast for the next 12 months.`,
    });
  return blocks;
}

/** "Third parties": patrons, guarantors, allies and mediators, with the relations network. */
export function thirdPartiesSection(ctx: SectionContext): Block[] {
  const { assessment, caseFile } = ctx;
  const blocks: Block[] = [{ kind: "heading", level: 2, text: "Third parties", id: "third-parties" }];
  const shown = assessment.thirdParties.filter(
    (p) => p.roles.length > 0 || p.mediation.length > 0 || p.goals.length > 0,
  );
  if (shown.length === 0) blocks.push({ kind: "paragraph", spans: [t("The case names no third parties.")] });
  for (const p of shown) {
    const actor = caseFile.actors.find((a) => a.id === p.actor);
    const roles = p.roles.map(
      (r) => `${r.kind} of ${actorName(ctx, r.to)} (strength ${fixed(r.strength, 2)})`,
    );
    const mediation = p.mediation.map((m) => caseFile.mediation.find((x) => x.id === m)?.name ?? m);
    blocks.push({
      kind: "paragraph",
      spans: [
        strong(`${p.name}. `),
        ...(actor?.description === undefined ? [] : [t(`${actor.description} `)]),
        t(roles.length > 0 ? `Ties: ${roles.join("; ")}. ` : ""),
        t(mediation.length > 0 ? `Takes part in: ${mediation.join("; ")}. ` : ""),
        ...(actor === undefined ? [] : cite(ctx.citations.citeEvidence(actor.evidence))),
      ],
    });
  }
  if (ctx.figures && caseFile.relations.length > 0) {
    const ids = new Set(caseFile.relations.flatMap((r) => [r.from, r.to]));
    blocks.push({
      kind: "figure",
      svg: relationsNetworkChart(
        {
          title: "Relations",
          actors: caseFile.actors
            .filter((a) => ids.has(a.id))
            .map((a) => ({ id: a.id, name: a.name, capability: a.capability?.value ?? null, group: a.kind })),
          relations: caseFile.relations.map((r) => ({
            from: r.from,
            to: r.to,
            kind: r.kind,
            strength: r.strength,
          })),
        },
        { ...ctx.chart, id: "relations" },
      ),
      caption:
        "Ties between actors (arrow from the ally, patron, guarantor or mediator; width = strength; circle size = capability).",
    });
  }
  return blocks;
}
