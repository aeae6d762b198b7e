import { MergedArea, SheetGrid } from "../grid";
import { SheetView } from "../sheet-view";
import { SheetReport } from "../types";
import { cellAddress, columnAfterInsert } from "../address";
import { cellText } from "../value";
import { EditPlan } from "./types";
import { PERCENT_FORMAT, isOwnFormula, percentFormula, totalFormula } from "./formulas";
import { catalogues } from "../messages";
import { valueFor } from "../cells";
import { readValue } from "../value";
import { sameNumber } from "../compute";
import { FormId } from "../types";
import { planProgramCompute } from "../program/compute";

export interface ComputeOptions {
  /** The user agreed to add a "% виконання" column next to "Факт" (reports without one). */
  addPercentColumn?: boolean;
}

/** The forms Compute writes formulas into: a plan's totals, a report's percentages. */
const COMPUTABLE: ReadonlySet<FormId> = new Set<FormId>(["annual-plan", "quarterly-report", "program-execution"]);

/** The edit plan, and what the edge must ask the user before (or instead of) carrying it out. */
export interface ComputePlan extends EditPlan {
  /** False for a sheet that is not a form, or a form Compute has nothing to write into. */
  computable: boolean;
  /**
   * A report without a "% виконання" column: the plan writes nothing until the user agrees to add
   * one (run again with `addPercentColumn`).
   */
  askPercentColumn: boolean;
}

/**
 * The Compute command as an edit plan: live totals for an annual plan, live percentages for a
 * report. Empty cells and cells holding Pokaznyk's own formula are written; a typed total that
 * disagrees with the quarters becomes an offer.
 */
export function planCompute(grid: SheetGrid, report: SheetReport, options: ComputeOptions = {}): ComputePlan {
  const computable = report.form !== null && COMPUTABLE.has(report.form);
  const askPercentColumn = report.form === "quarterly-report" && report.columns.percent === undefined && !options.addPercentColumn;
  const plan: ComputePlan = { ...emptyPlan(grid.name), computable, askPercentColumn };
  const view = new SheetView(grid);
  if (report.form === "annual-plan") planTotals(view, report, plan);
  if (report.form === "quarterly-report") planPercents(view, report, plan, options);
  if (report.form === "program-execution") planProgramCompute(view, report, plan);
  return plan;
}

/** A plan that changes nothing yet: the start of every plan, and of "replace these offers". */
export function emptyPlan(sheet: string): EditPlan {
  return { sheet, insertColumns: [], writes: [], offers: [] };
}

function textNumberIn(view: SheetView, row: number, cols: number[]): boolean {
  return cols.some((col) => {
    const reading = readValue(valueFor(view, row, col));
    return reading.kind === "number" && reading.asText;
  });
}

function isEmpty(view: SheetView, row: number, col: number): boolean {
  return !view.isCovered(row, col) && cellText(view.own(row, col)) === "";
}

function planTotals(view: SheetView, report: SheetReport, plan: EditPlan): void {
  const { columns } = report;
  const quarterCols = [columns.q1, columns.q2, columns.q3, columns.q4].filter((c): c is number => c !== undefined);
  const totalCol = columns.total;
  if (totalCol === undefined || quarterCols.length === 0) return;
  for (const m of report.measures) {
    if (m.total === null || m.total === undefined) continue;
    const textNumbers = textNumberIn(view, m.row, quarterCols);
    const formula = totalFormula(m.row, quarterCols, textNumbers);
    const write = { row: m.row, col: totalCol, formula, value: m.total };
    const existing = view.formula(m.row, totalCol);
    if (isEmpty(view, m.row, totalCol) || isOwnFormula(existing, formula, totalFormula(m.row, quarterCols), totalFormula(m.row, quarterCols, true))) {
      plan.writes.push(write);
      continue;
    }
    const typed = readValue(valueFor(view, m.row, totalCol));
    if (typed.kind === "number" && !sameNumber(typed.value, m.total)) plan.offers.push({ row: m.row, col: totalCol, cell: cellAddress(m.row, totalCol), current: view.own(m.row, totalCol), write });
  }
}

function planPercents(view: SheetView, report: SheetReport, plan: EditPlan, options: ComputeOptions): void {
  const { columns } = report;
  const planCol = columns.plan as number;
  const factCol = columns.fact as number;
  let percentCol = columns.percent;
  let shifted = (col: number) => col;
  if (percentCol === undefined) {
    if (!options.addPercentColumn) return;
    // The new column goes right after "Факт"; everything to its right moves one column over.
    const before = factCol + 1;
    const headerRows = headerRowsOf(view, report);
    plan.insertColumns.push({ before, header: catalogues.uk.column.percent, headerRows, widen: groupsEndingAt(view, headerRows[0], factCol) });
    shifted = (col: number) => columnAfterInsert(col, before);
    percentCol = before;
  }
  for (const m of report.measures) {
    const formula = percentFormula(m.row, shifted(planCol), shifted(factCol));
    // The cached result is what Excel will compute: the exact fraction, not the rounded percentage.
    const value = m.percent === null || m.percent === undefined ? "" : (m.fact as number) / (m.plan as number);
    const write = { row: m.row, col: percentCol, formula, value, numberFormat: PERCENT_FORMAT };
    if (plan.insertColumns.length > 0 || isEmpty(view, m.row, percentCol) || isOwnFormula(view.formula(m.row, percentCol), formula)) {
      plan.writes.push(write);
    }
  }
}

/** Group titles in the header rows above `firstHeaderRow` whose merge ends at the fact column. */
function groupsEndingAt(view: SheetView, firstHeaderRow: number, col: number): MergedArea[] {
  const groups: MergedArea[] = [];
  for (let row = firstHeaderRow - 1; row >= Math.max(view.firstRow, firstHeaderRow - 2); row--) {
    const area = view.mergeAt(row, col);
    if (area && area.right === col && area.left < col && area.bottom < firstHeaderRow) groups.push(area);
  }
  return groups;
}

/** The header rows a new column's title is written into: the last one, or the merged span. */
function headerRowsOf(view: SheetView, report: SheetReport): number[] {
  const last = report.headerRow as number;
  const fact = report.columns.fact as number;
  const area = view.mergeAt(last, fact);
  const top = area ? area.top : last;
  const rows: number[] = [];
  for (let r = top; r <= last; r++) rows.push(r);
  return rows;
}
