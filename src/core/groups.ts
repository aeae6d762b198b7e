/**
 * Findings that repeat, grouped: one rule over many cells of a sheet is one line with a count, the
 * cells as a compact range list and the columns they fall in, by the sheet's own header wording
 * («Числа збережено як текст: 78 клітинок у стовпцях «План», «Факт»»). The pane shows a group
 * expandable; the command line prints it as one line unless asked for every cell. Pure.
 */
import { cellAddress, columnLetter } from "./address";
import { catalogues } from "./messages";
import { counted } from "./messages/format";
import { ruleCatalogue } from "./rules/catalogue";
import { SEVERITIES } from "./verdict";
import type { ColumnRole, Finding, Lang, RuleId, Severity, SheetReport } from "./types";

/**
 * From this many findings of one rule on one sheet, a group is shown as one line. Two findings
 * read fine as two lines, each with its own figures; from three the same sentence repeats and the
 * list grows faster than what it tells (the trial: 24 identical tips on a 12-row sheet), while a
 * count and a range list stay one line however many cells there are.
 */
export const GROUP_MIN = 3;

/** A column the findings of a group fall in. */
export interface GroupColumn {
  col: number;
  /** "F". */
  letter: string;
  /** The form's role of the column, when it is one the form recognised. */
  role?: ColumnRole;
  /** The sheet's own header wording, spaces collapsed, when known. */
  label?: string;
}

export interface FindingGroup {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** Every finding of the group, top-down, left to right. */
  findings: Finding[];
  count: number;
  /** True from GROUP_MIN findings: shown as one line (expandable). */
  repeated: boolean;
  /** True for a group of findings the official accepted (they come after every other group). */
  accepted: boolean;
  /** The cells as ranges, column by column: consecutive rows of a column are one range ("F8:F22"). */
  ranges: string[];
  /** The columns the cells fall in, left to right. */
  columns: GroupColumn[];
}

/**
 * Groups findings by sheet and rule: errors, then warnings, then tips; within a severity in the
 * rule catalogue's order; sheets in the order their findings come. Accepted findings group apart,
 * after all others. `reports` (optional) name the columns by the sheets' own headers.
 */
export function groupFindings(findings: readonly Finding[], reports: readonly SheetReport[] = []): FindingGroup[] {
  const order = Object.keys(ruleCatalogue) as RuleId[];
  const sheets: string[] = [];
  const byKey = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!sheets.includes(finding.sheet)) sheets.push(finding.sheet);
    const key = `${finding.accepted ? 1 : 0}|${finding.sheet}|${finding.rule}`;
    const list = byKey.get(key);
    if (list) list.push(finding);
    else byKey.set(key, [finding]);
  }
  const groups = [...byKey.values()].map((list) => groupOf(list, reports.find((r) => r.sheet === list[0].sheet)));
  return groups.sort(
    (a, b) =>
      Number(a.accepted) - Number(b.accepted) ||
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      order.indexOf(a.rule) - order.indexOf(b.rule) ||
      sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet),
  );
}

function groupOf(list: Finding[], report: SheetReport | undefined): FindingGroup {
  const findings = [...list].sort((a, b) => a.row - b.row || a.col - b.col);
  const first = findings[0];
  return {
    rule: first.rule,
    severity: first.severity,
    sheet: first.sheet,
    findings,
    count: findings.length,
    repeated: findings.length >= GROUP_MIN,
    accepted: first.accepted !== undefined,
    ranges: rangesOf(findings),
    columns: columnsOf(findings, report),
  };
}

/** "F8:F22", "G8:G9", "H3": runs of consecutive rows, column by column. */
export function rangesOf(cells: readonly { row: number; col: number }[]): string[] {
  const byCol = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const rows = byCol.get(col) ?? [];
    rows.push(row);
    byCol.set(col, rows);
  }
  const ranges: string[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col))].sort((a, b) => a - b);
    let start = rows[0];
    for (let k = 1; k <= rows.length; k++) {
      if (k < rows.length && rows[k] === rows[k - 1] + 1) continue;
      const end = rows[k - 1];
      ranges.push(start === end ? cellAddress(start, col) : `${cellAddress(start, col)}:${cellAddress(end, col)}`);
      start = rows[k];
    }
  }
  return ranges;
}

function columnsOf(findings: Finding[], report: SheetReport | undefined): GroupColumn[] {
  const roleAt = new Map<number, ColumnRole>();
  for (const [role, col] of Object.entries(report?.columns ?? {}) as [ColumnRole, number][]) roleAt.set(col, role);
  const columns = new Map<number, GroupColumn>();
  for (const finding of findings) {
    if (columns.has(finding.col)) continue;
    const role = roleAt.get(finding.col);
    const own = "label" in finding.params ? finding.params.label : undefined;
    const label = (role && report?.headers?.[role]) ?? own;
    columns.set(finding.col, { col: finding.col, letter: columnLetter(finding.col), ...(role && { role }), ...(label !== undefined && { label }) });
  }
  return [...columns.values()].sort((a, b) => a.col - b.col);
}

/** Header wordings longer than this are named by the column's standard name instead. */
const LABEL_MAX = 40;

/**
 * One line for a group, in the UI language: «Числа збережено як текст: 78 клітинок у стовпцях
 * «План», «Факт»», "Numbers stored as text: 78 cells in the "Plan", "Actual" columns".
 */
export function groupSummary(group: FindingGroup, lang: Lang): string {
  const m = catalogues[lang];
  const cells = counted(group.count, m.cellNoun, lang);
  const names = group.columns.map((c) => {
    const name = c.label !== undefined && c.label.length <= LABEL_MAX ? c.label : c.role ? m.column[c.role] : null;
    if (name !== null) return lang === "uk" ? `«${name}»` : `"${name}"`;
    return c.letter;
  });
  const title = group.count === 1 ? m.ruleTitle[group.rule] : m.groupTitle[group.rule];
  const many = names.length > 1;
  const shown = examples(group, lang);
  if (lang === "uk") return `${title}: ${cells} у ${many ? "стовпцях" : "стовпці"} ${names.join(", ")}${shown}`;
  // "in column F" for bare letters, "in the "Plan" column" for names.
  const lettersOnly = group.columns.every((c, k) => names[k] === c.letter);
  const where = lettersOnly ? `in ${many ? "columns" : "column"} ${names.join(", ")}` : `in the ${names.join(", ")} ${many ? "columns" : "column"}`;
  return `${title}: ${cells} ${where}${shown}`;
}

/**
 * Rules about what a cell holds: «Неприпустимі значення: 7 клітинок» alone does not say what to
 * look for (a word beside the number, a minus, #DIV/0!), so the line names the first few values.
 */
const SHOWS_VALUES: readonly RuleId[] = ["value-invalid", "percent-invalid", "deadline-unreadable"];
const EXAMPLES = 3;
const EXAMPLE_MAX = 24;

function examples(group: FindingGroup, lang: Lang): string {
  if (!group.repeated || !SHOWS_VALUES.includes(group.rule)) return "";
  const values: string[] = [];
  for (const finding of group.findings) {
    const value = "value" in finding.params ? finding.params.value : undefined;
    if (typeof value !== "string" && typeof value !== "number") continue;
    const text = String(value).replace(/\s+/g, " ").trim();
    const cut = text.length > EXAMPLE_MAX ? `${text.slice(0, EXAMPLE_MAX - 1)}…` : text;
    if (cut !== "" && !values.includes(cut)) values.push(cut);
    if (values.length === EXAMPLES) break;
  }
  if (values.length === 0) return "";
  return lang === "uk" ? `, напр. ${values.map((v) => `«${v}»`).join(", ")}` : `, e.g. ${values.map((v) => `"${v}"`).join(", ")}`;
}
