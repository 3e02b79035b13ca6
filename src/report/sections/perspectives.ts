import { type Block, cite, strong, t } from "../document.ts";
import { fixed, issueName, type SectionContext, signed } from "./context.ts";

/** One "X's perspective" per principal actor: goals by issue, red lines, leverage, and what it gains or loses. */
export function perspectivesSection(ctx: SectionContext): Block[] {
  const blocks: Block[] = [];
  for (const p of ctx.assessment.perspectives) {
    const actor = ctx.caseFile.actors.find((a) => a.id === p.actor);
    blocks.push({ kind: "heading", level: 2, text: `${p.name}'s perspective`, id: `perspective-${p.actor}` });
    if (actor?.description !== undefined)
      blocks.push({
        kind: "paragraph",
        spans: [t(actor.description), ...cite(ctx.citations.citeEvidence(actor.evidence))],
      });
    if (p.goals.length > 0)
      blocks.push({
        kind: "table",
        head: ["Issue", "Wants", "Position", "Salience", "From status quo", "Red line"],
        numeric: [2, 3, 4],
        rows: p.goals.map((g) => {
          const stance = ctx.caseFile.stances.find((s) => s.actor === p.actor && s.issue === g.issue);
          return [
            [t(issueName(ctx, g.issue))],
            [t(g.label), ...(stance === undefined ? [] : cite(ctx.citations.citeEvidence(stance.evidence)))],
            [t(fixed(g.position, 0))],
            [t(fixed(g.salience, 0))],
            [t(signed(g.fromStatusQuo, 0))],
            [t(g.redLine ? "yes" : "")],
          ];
        }),
      });
    const backers = p.leverage.backers.map(
      (b) =>
        `${ctx.caseFile.actors.find((a) => a.id === b.actor)?.name ?? b.actor} (${b.kind}, ${fixed(b.strength, 2)})`,
    );
    blocks.push({
      kind: "paragraph",
      spans: [
        strong("Leverage. "),
        t(
          `Capability ${fixed(p.leverage.capability, 0)} of 100` +
            (backers.length > 0
              ? `, backed by ${backers.join(", ")}, worth ${fixed(p.leverage.backing, 0)} more.`
              : "; no backers in the case."),
        ),
        ...(p.redLines.length > 0
          ? [strong(" Red lines: "), t(`${p.redLines.map((i) => issueName(ctx, i)).join("; ")}.`)]
          : []),
      ],
    });
    blocks.push({
      kind: "paragraph",
      spans: [
        strong("Gains and losses against the status quo. "),
        t(
          `${p.outcomes.map((o) => `${o.label}: ${signed(o.gain)}`).join("; ")} (salience-weighted scale points). ` +
            (p.vetoPlayer
              ? p.prefersStatusQuo
                ? `${p.name} is a veto player that prefers the status quo to every package on the table and to the forecast.`
                : `${p.name} is a veto player; at least one package leaves it better off than the status quo.`
              : `${p.name} is not a veto player.`),
        ),
      ],
    });
  }
  return blocks;
}
