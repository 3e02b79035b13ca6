/**
 * A report as a small document model, so that the HTML and the Markdown versions say the same things: the
 * builder decides the content once, the two renderers only decide the markup. Text in spans is raw (untrusted);
 * renderers escape it. Figures carry SVG built by `charts/`, which escapes its own text.
 */
export type Span =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "strong"; readonly text: string }
  | { readonly kind: "cite"; readonly numbers: readonly number[] }
  /** A link to a section of the report itself. */
  | { readonly kind: "ref"; readonly text: string; readonly anchor: string };

export type Block =
  | { readonly kind: "heading"; readonly level: 2 | 3; readonly text: string; readonly id: string }
  | { readonly kind: "paragraph"; readonly spans: readonly Span[] }
  | { readonly kind: "list"; readonly items: ReadonlyArray<readonly Span[]> }
  | {
      readonly kind: "table";
      readonly head: readonly string[];
      readonly rows: ReadonlyArray<ReadonlyArray<readonly Span[]>>;
      readonly numeric?: readonly number[];
    }
  | { readonly kind: "figure"; readonly svg: string; readonly caption: string }
  | {
      readonly kind: "judgment";
      readonly statement: string;
      readonly confidence: string;
      readonly basis: readonly Span[];
    }
  | {
      readonly kind: "sources";
      readonly entries: ReadonlyArray<{
        readonly number: number;
        readonly text: string;
        readonly url: string | undefined;
        readonly grade: string;
      }>;
    };

export interface ReportDocument {
  readonly title: string;
  readonly subtitle: string;
  readonly stamp: string;
  readonly blocks: readonly Block[];
}

export const t = (text: string): Span => ({ kind: "text", text });
export const strong = (text: string): Span => ({ kind: "strong", text });
export const cite = (numbers: readonly number[]): Span[] =>
  numbers.length === 0 ? [] : [{ kind: "cite", numbers }];
export const ref = (text: string, anchor: string): Span => ({ kind: "ref", text, anchor });
