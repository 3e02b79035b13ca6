/**
 * Makes the report's incident map operable from the keyboard: the figure becomes a group instead of one
 * image (an image may not contain controls), and each incident marker a focusable button named by its
 * tooltip. The texts are the chart's own, already escaped by src/report.
 */
export function interactiveIncidentMap(svg: string): string {
  return svg
    .replace(/^<svg([^>]*) role="img"/, '<svg$1 role="group"')
    .replace(
      /<circle class="incident" data-event-id="([^"]*)"([^>]*)><title>([^<]*)<\/title>/g,
      '<circle class="incident" data-event-id="$1" tabindex="0" role="button" aria-label="$3"$2><title>$3</title>',
    );
}
