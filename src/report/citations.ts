import type { CaseFile, Evidence, Source } from "../core/case/index.ts";

/** Sources numbered in the order the report first cites them; sources never cited are appended at the end. */
export class Citations {
  private readonly order: string[] = [];
  private readonly caseFile: CaseFile;
  constructor(caseFile: CaseFile) {
    this.caseFile = caseFile;
  }

  /** The numbers of the cited sources (deduplicated, in citation order); unknown ids are skipped. */
  cite(ids: Iterable<string>): number[] {
    const numbers: number[] = [];
    for (const id of ids) {
      if (!this.caseFile.sources.some((s) => s.id === id)) continue;
      let index = this.order.indexOf(id);
      if (index < 0) {
        this.order.push(id);
        index = this.order.length - 1;
      }
      if (!numbers.includes(index + 1)) numbers.push(index + 1);
    }
    return numbers.sort((a, b) => a - b);
  }

  citeEvidence(evidence: Evidence): number[] {
    return evidence === "analyst-estimate" ? [] : this.cite(evidence.map((c) => c.source));
  }

  /** Every source with its number: cited ones first, then the rest in case order. */
  list(): Array<{ number: number; source: Source }> {
    const rest = this.caseFile.sources.map((s) => s.id).filter((id) => !this.order.includes(id));
    return [...this.order, ...rest].flatMap((id, i) => {
      const source = this.caseFile.sources.find((s) => s.id === id);
      return source === undefined ? [] : [{ number: i + 1, source }];
    });
  }
}
