/** KTAB scenario files (CSV and XML): pure text parsers and writers. */
export { formatKtabCsv, parseKtabCsv } from "./csv.ts";
export type { KtabDocument } from "./document.ts";
export { formatKtabXml, parseKtabXml } from "./xml.ts";
