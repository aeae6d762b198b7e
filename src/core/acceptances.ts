/**
 * Accepting a warning with a reason, like Excel's «Ignore error»: the official says why a warning or
 * tip on a cell is fine («акція в громаді» for a fact three times the plan). An acceptance keeps the
 * cell's value at the time, so a changed value brings the warning back; errors cannot be accepted.
 * The pane stores acceptances in the workbook as a small XML document (a custom XML part); the
 * command line reads them back from the file. Pure: text in, text out, never a throw on a broken part.
 */
import { parseAddress, sameSheet } from "./address";
import { CellValue, SheetGrid, isCellError } from "./grid";
import { ruleCatalogue } from "./rules/catalogue";
import { SheetView } from "./sheet-view";
import type { Finding, RuleId, SheetReport } from "./types";

/** The custom XML part's namespace; a future shape gets a new one, and this parser ignores it. */
export const ACCEPTANCES_NAMESPACE = "urn:pokaznyk:acceptances:1";

export interface Acceptance {
  sheet: string;
  /** A1 address, upper case. */
  cell: string;
  rule: RuleId;
  /** The cell's value when accepted, as text (valueText). */
  value: string;
  reason: string;
  /** ISO 8601 time of the acceptance. */
  at: string;
}

/** Why a finding cannot be accepted. */
export type AcceptRefusal = "error" | "no-reason";

/** Only warnings and tips: an error must be fixed before sending. */
export function isAcceptable(finding: Pick<Finding, "severity">): boolean {
  return finding.severity !== "error";
}

/** The acceptance of a finding with the official's reason, or why there is none. */
export function acceptFinding(finding: Finding, grid: SheetGrid, reason: string, at: Date): { ok: true; acceptance: Acceptance } | { ok: false; refusal: AcceptRefusal } {
  if (!isAcceptable(finding)) return { ok: false, refusal: "error" };
  const why = reason.trim();
  if (why === "") return { ok: false, refusal: "no-reason" };
  const acceptance: Acceptance = { sheet: finding.sheet, cell: finding.cell, rule: finding.rule, value: valueText(grid, finding.cell), reason: why, at: at.toISOString() };
  return { ok: true, acceptance };
}

/** The list with this acceptance, replacing one of the same sheet, cell and rule. */
export function withAcceptance(list: readonly Acceptance[], acceptance: Acceptance): Acceptance[] {
  return [...list.filter((a) => !sameTarget(a, acceptance)), acceptance];
}

/** The list without the acceptance of this sheet, cell and rule (the official took it back). */
export function withoutAcceptance(list: readonly Acceptance[], target: Pick<Acceptance, "sheet" | "cell" | "rule">): Acceptance[] {
  return list.filter((a) => !sameTarget(a, target));
}

function sameTarget(a: Pick<Acceptance, "sheet" | "cell" | "rule">, b: Pick<Acceptance, "sheet" | "cell" | "rule">): boolean {
  return a.rule === b.rule && a.cell.toUpperCase() === b.cell.toUpperCase() && sameSheet(a.sheet, b.sheet);
}

// Days from Excel's day 0 (30 Dec 1899) to 1 Jan 1970: a Date reads as the serial Excel shows.
const EXCEL_EPOCH_DAYS = 25569;

/**
 * A cell's value as text, the same from every edge: what a person sees in it (a merge's top-left
 * value), numbers as JavaScript writes them, errors by name, dates as Excel's serial number (the
 * pane reads 44561 where the file reader gives a date), line breaks as \n.
 */
export function valueText(grid: SheetGrid, cell: string): string {
  const { row, col } = parseAddress(cell);
  return textOf(new SheetView(grid).shown(row, col));
}

function textOf(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.replace(/\r\n?/g, "\n");
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return String(value.getTime() / 86400000 + EXCEL_EPOCH_DAYS);
  return isCellError(value) ? value.error : "";
}

/**
 * Marks the report's warnings and tips that the official accepted, while their cell still holds
 * the value it held then: `accepted` carries the reason and time. Errors are never marked. A new
 * report; the one given is left as it was.
 */
export function applyAcceptances(report: SheetReport, acceptances: readonly Acceptance[], grid: SheetGrid): SheetReport {
  const mine = acceptances.filter((a) => sameSheet(a.sheet, report.sheet));
  if (mine.length === 0) return report;
  const view = new SheetView(grid);
  const findings = report.findings.map((finding) => {
    if (!isAcceptable(finding)) return finding;
    const match = mine.find((a) => a.rule === finding.rule && a.cell.toUpperCase() === finding.cell);
    if (!match || match.value !== textOf(view.shown(finding.row, finding.col))) {
      if (!finding.accepted) return finding;
      // Accepted on an earlier check, changed since: the warning is back.
      const back = { ...finding };
      delete back.accepted;
      return back;
    }
    return { ...finding, accepted: { reason: match.reason, at: match.at } };
  });
  return { ...report, findings };
}

// ---- the custom XML part -----------------------------------------------------------------------

/** Characters XML 1.0 cannot hold even as references: dropped on the way out. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeText(text: string): string {
  return text.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

function escapeAttribute(text: string): string {
  // Line breaks and tabs in an attribute would be normalised to spaces by any XML reader.
  return escapeText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

/** The acceptances as the workbook's custom XML part: one element each, sorted by sheet, cell and rule. */
export function acceptancesToXml(list: readonly Acceptance[]): string {
  const sorted = [...list].sort((a, b) => a.sheet.localeCompare(b.sheet) || compareCells(a.cell, b.cell) || a.rule.localeCompare(b.rule));
  const items = sorted.map(
    (a) =>
      `  <acceptance sheet="${escapeAttribute(a.sheet)}" cell="${escapeAttribute(a.cell)}" rule="${escapeAttribute(a.rule)}" at="${escapeAttribute(a.at)}">` +
      `<value>${escapeText(a.value)}</value><reason>${escapeText(a.reason)}</reason></acceptance>\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<acceptances xmlns="${ACCEPTANCES_NAMESPACE}">\n${items.join("")}</acceptances>\n`;
}

function compareCells(a: string, b: string): number {
  const [x, y] = [CELL.exec(a), CELL.exec(b)];
  if (!x || !y) return a.localeCompare(b);
  return Number(x[2]) - Number(y[2]) || x[1].length - y[1].length || x[1].localeCompare(y[1]);
}

const CELL = /^([A-Z]{1,3})([1-9]\d{0,6})$/;
/** An element name with or without a namespace prefix (Office may write `ns0:acceptance`). */
const NAME = (local: string) => `(?:[A-Za-z_][\\w.-]*:)?${local}`;
const ROOT = new RegExp(`<${NAME("acceptances")}\\b([^>]*)>`, "u");
const ITEM = new RegExp(`<${NAME("acceptance")}\\b([^>]*?)(/>|>([\\s\\S]*?)</${NAME("acceptance")}\\s*>)`, "gu");
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu;
const child = (local: string) => new RegExp(`<${NAME(local)}\\s*(?:/>|>([\\s\\S]*?)</${NAME(local)}\\s*>)`, "u");
const VALUE = child("value");
const REASON = child("reason");

/**
 * The acceptances of a custom XML part. Never throws: a part that is not ours (another namespace,
 * not XML) gives none, a broken entry (no sheet, a bad cell, an unknown rule, an error's rule) is
 * left out, and of two entries for one sheet, cell and rule the later wins.
 */
export function parseAcceptances(xml: unknown): Acceptance[] {
  try {
    if (typeof xml !== "string") return [];
    const root = ROOT.exec(xml);
    if (!root || !attributes(root[1]).some(([name, value]) => (name === "xmlns" || name.startsWith("xmlns:")) && value === ACCEPTANCES_NAMESPACE)) return [];
    let list: Acceptance[] = [];
    for (const item of xml.slice(root.index + root[0].length).matchAll(ITEM)) {
      const acceptance = entryOf(item[1], item[3] ?? "");
      if (acceptance) list = withAcceptance(list, acceptance);
    }
    return list;
  } catch {
    return [];
  }
}

function entryOf(attributeText: string, body: string): Acceptance | null {
  const attrs = new Map(attributes(attributeText));
  const sheet = attrs.get("sheet") ?? "";
  const cell = (attrs.get("cell") ?? "").trim().toUpperCase();
  const rule = attrs.get("rule") ?? "";
  if (sheet.trim() === "" || !CELL.test(cell) || !isAcceptableRule(rule)) return null;
  const value = VALUE.exec(body);
  if (!value) return null;
  return { sheet, cell, rule, value: textContent(value[1] ?? ""), reason: textContent(REASON.exec(body)?.[1] ?? ""), at: attrs.get("at") ?? "" };
}

function isAcceptableRule(rule: string): rule is RuleId {
  return Object.prototype.hasOwnProperty.call(ruleCatalogue, rule) && ruleCatalogue[rule as RuleId].severity !== "error";
}

function attributes(text: string): [string, string][] {
  return [...text.matchAll(ATTRIBUTE)].map((m) => [m[1], decode(m[2] ?? m[3] ?? "")]);
}

/** An element's text: CDATA kept as it is, the rest decoded; line ends as an XML reader gives them. */
function textContent(raw: string): string {
  let out = "";
  let rest = raw;
  for (;;) {
    const start = rest.indexOf("<![CDATA[");
    if (start < 0) break;
    const end = rest.indexOf("]]>", start);
    if (end < 0) break;
    out += decode(rest.slice(0, start).replace(/\r\n?/g, "\n")) + rest.slice(start + 9, end);
    rest = rest.slice(end + 3);
  }
  return out + decode(rest.replace(/\r\n?/g, "\n"));
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]{2,4});/g, (whole, entity: string) => {
    if (entity.startsWith("#")) {
      const code = entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[entity] ?? whole;
  });
}
