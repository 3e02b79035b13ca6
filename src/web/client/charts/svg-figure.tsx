/** Shows an SVG string from the report's chart functions (they escape every text they place). */
export function SvgFigure({ svg, caption, testId }: { svg: string; caption?: string; testId?: string }) {
  return (
    <figure className="chart" data-testid={testId}>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: SVG built by src/report/charts, text escaped there */}
      <div dangerouslySetInnerHTML={{ __html: svg }} />
      {caption === undefined ? null : <figcaption>{caption}</figcaption>}
    </figure>
  );
}
