/**
 * An annual report from the year's four quarterly reports (issue 12): one row per measure met in
 * any quarter (matched as reconciliation matches them), each quarter's plan and fact as a live
 * reference to that quarter's sheet, the year's plan and fact as sums of the quarters, execution
 * for the year, and the quarters' notes gathered with their quarter. The quarter sheets must be
 * in the same workbook under the names their grids carry.
 */
import { cellAddress } from "../address";
import { valueFor } from "../cells";
import { numberIn } from "../edits/formulas";
import type { CellValue } from "../grid";
import { matchMeasures } from "../reconcile/match";
import type { MatchableMeasure } from "../reconcile/match";
import type { CheckedSheet } from "../reconcile/reconcile";
import { periodOf } from "../reconcile/reconcile";
import { SheetView } from "../sheet-view";
import type { MeasureRow } from "../types";
import { cellText, readValue } from "../value";
import { DETAIL_PLACEHOLDERS } from "./details";
import { buildTemplate } from "./gallery";
import type { BodyRow } from "./layout";
import type { TemplateSheet } from "./types";

export interface AnnualReportOptions {
  organisation?: string;
  responsible: string;
  existing?: string[];
  serial?: number;
}

export type AnnualReport =
  | { ok: true; sheet: TemplateSheet; measures: number; quarters: (string | null)[] }
  | { ok: false; reason: "not-a-report" | "no-quarter" | "same-quarter" | "cumulative" | "years-differ"; sheet?: string };

const ROMAN = ["I", "II", "III", "IV"];
// The annual-report layout (gallery): number, measure, executor, indicator, the year's plan, fact
// and percent, the note, then plan and fact of each quarter.
const YEAR_PLAN = 4, YEAR_FACT = 5, PERCENT = 6, NOTE = 7, FIRST_QUARTER = 8;

interface Line {
  /** The measure as first met: its number, wording, executor and indicator. */
  head: { number: string | null; measure: string; executor: string | null; indicator: string };
  /** Per quarter, the report row it stands on there. */
  rows: (number | null)[];
}

export function annualReport(reports: CheckedSheet[], options: AnnualReportOptions): AnnualReport {
  const byQuarter: (CheckedSheet | null)[] = [null, null, null, null];
  let year: number | null = null;
  for (const r of reports) {
    if (r.report.form !== "quarterly-report") return { ok: false, reason: "not-a-report", sheet: r.grid.name };
    const period = periodOf(r);
    if (period.quarter === null) return { ok: false, reason: "no-quarter", sheet: r.grid.name };
    // A running total already holds the year so far; adding its quarters would count them twice.
    if (period.cumulative && period.quarter > 1) return { ok: false, reason: "cumulative", sheet: r.grid.name };
    if (byQuarter[period.quarter - 1]) return { ok: false, reason: "same-quarter", sheet: r.grid.name };
    if (period.year !== null && year !== null && period.year !== year) return { ok: false, reason: "years-differ", sheet: r.grid.name };
    year ??= period.year;
    byQuarter[period.quarter - 1] = r;
  }

  const lines: Line[] = [];
  byQuarter.forEach((sheet, q) => {
    if (!sheet) return;
    const view = new SheetView(sheet.grid);
    const own = sheet.report.measures.map((m) => matchable(view, sheet, m));
    const spine: MatchableMeasure[] = lines.map((l, k) => ({ row: k, number: l.head.number, measure: l.head.measure, indicator: l.head.indicator }));
    const matched = matchMeasures(own, spine);
    sheet.report.measures.forEach((m, k) => {
      const at = matched.get(m.row);
      if (at !== undefined) {
        lines[at].rows[q] = m.row;
        return;
      }
      const rows: (number | null)[] = [null, null, null, null];
      rows[q] = m.row;
      lines.push({ head: { number: m.number, measure: m.measure, executor: m.executor, indicator: own[k].indicator }, rows });
    });
  });

  const details = { organisation: options.organisation ?? DETAIL_PLACEHOLDERS.organisation, year: year ?? new Date().getFullYear(), responsible: options.responsible };
  const build = (body: BodyRow[]) => buildTemplate("annual-report", details, options.existing ?? [], options.serial ?? 1, { body });
  // Where the layout puts the first row: a formula in a row names the row's own cells.
  const first = build([]).measureRows.first;
  const sheet = build(lines.map((line, k) => measureRow(line, byQuarter, first + k)));
  return { ok: true, sheet, measures: lines.length, quarters: byQuarter.map((s) => s?.grid.name ?? null) };
}

function matchable(view: SheetView, sheet: CheckedSheet, m: MeasureRow): MatchableMeasure {
  const col = sheet.report.columns.indicator;
  return { row: m.row, number: m.number, measure: m.measure, indicator: col === undefined ? "" : cellText(view.shown(m.row, col)) };
}

function measureRow(line: Line, byQuarter: (CheckedSheet | null)[], row: number): BodyRow {
  const values: CellValue[] = [line.head.number, line.head.measure, line.head.executor, line.head.indicator, null, null, null, null];
  const formulas: (string | null)[] = [null, null, null, null, null, null, null, null];
  const plans: CellValue[] = [];
  const facts: CellValue[] = [];
  const planQuarters: number[] = [];
  const notes: string[] = [];
  byQuarter.forEach((sheet, q) => {
    const at = line.rows[q];
    const planCol = FIRST_QUARTER + 2 * q;
    if (!sheet || at === null) {
      values[planCol] = values[planCol + 1] = null;
      formulas[planCol] = formulas[planCol + 1] = null;
      return;
    }
    const view = new SheetView(sheet.grid);
    const { columns } = sheet.report;
    for (const [role, col] of [["plan", planCol], ["fact", planCol + 1]] as const) {
      const source = columns[role] as number;
      const value = valueFor(view, at, source);
      const reading = readValue(value);
      // As the formula below gives it: a number stored as text arrives as the number.
      values[col] = value === null ? "" : reading.kind === "number" ? reading.value : value;
      // Empty stays empty (a bare reference to an empty cell shows 0); a number stored as text
      // becomes the number, so the year's SUM counts it as the engine does; a wording stays itself.
      const ref = `'${sheet.grid.name.replace(/'/g, "''")}'!${cellAddress(at, source)}`;
      formulas[col] = `=IF(${ref}="","",IFERROR(${numberIn(ref)},${ref}))`;
    }
    plans.push(values[planCol]);
    planQuarters.push(q);
    facts.push(values[planCol + 1]);
    const note = columns.note === undefined ? "" : cellText(view.shown(at, columns.note));
    if (note) notes.push(`${ROMAN[q]} кв.: ${note}`);
  });
  const plan = sum(plans);
  const fact = sum(facts);
  values[YEAR_PLAN] = plan ?? "";
  values[YEAR_FACT] = fact ?? "";
  values[PERCENT] = plan !== null && fact !== null && plan > 0 ? fact / plan : "";
  values[NOTE] = notes.join("; ") || null;
  // A qualitative measure's year plan is its wording, as the quarters wrote it.
  const wording = plans.find((p) => readValue(p).kind === "text");
  if (plan === null && wording !== undefined) {
    const q = planQuarters[plans.indexOf(wording)];
    values[YEAR_PLAN] = wording;
    formulas[YEAR_PLAN] = `=${cellAddress(row, FIRST_QUARTER + 2 * q + 1)}`;
  }
  return { kind: "measure", values, formulas };
}

/** The engine's quarterly total: numbers (and numbers as text) added, null when there is none. */
function sum(values: CellValue[]): number | null {
  let total: number | null = null;
  for (const v of values) {
    const reading = readValue(v);
    if (reading.kind === "number") total = (total ?? 0) + reading.value;
  }
  return total;
}
