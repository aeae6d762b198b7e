import { MergedArea, SheetGrid } from "../grid";
import { SheetView } from "../sheet-view";
import { SheetReport } from "../types";
import { cellAddress, columnAfterInsert } from "../address";
import { cellText } from "../value";
import { EditPlan } from "./types";
import { PERCENT_FORMAT, isOwnFormula, percentFormula, totalFormula } from "./formulas";
import { catalogues } from "../messages";

export interface ComputeOptions {
  /** The user agreed to add a "% виконання" column next to "Факт" (reports without one). */
  addPercentColumn?: boolean;
}

/**
 * The Compute command as an edit plan: live totals for an annual plan, live percentages for a
 * report. Empty cells and cells holding Pokaznyk's own formula are written; a typed total that
 * disagrees with the quarters becomes an offer.
 */
export function planCompute(grid: SheetGrid, report: SheetReport, options: ComputeOptions = {}): EditPlan {
  const plan: EditPlan = { sheet: grid.name, insertColumns: [], writes: [], offers: [] };
  const view = new SheetView(grid);
  if (report.form === "annual-plan") planTotals(view, report, plan);
  if (report.form === "quarterly-report") planPercents(view, report, plan, options);
  return plan;
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
    const textNumbers = report.findings.some((f) => f.rule === "number-as-text" && f.row === m.row && quarterCols.includes(f.col));
    const formula = totalFormula(m.row, quarterCols, textNumbers);
    const write = { row: m.row, col: totalCol, formula, value: m.total };
    const existing = view.formula(m.row, totalCol);
    if (isEmpty(view, m.row, totalCol) || isOwnFormula(existing, formula, totalFormula(m.row, quarterCols), totalFormula(m.row, quarterCols, true))) {
      plan.writes.push(write);
      continue;
    }
    const mismatch = report.findings.some((f) => f.rule === "total-mismatch" && f.row === m.row);
    if (mismatch) plan.offers.push({ row: m.row, col: totalCol, cell: cellAddress(m.row, totalCol), current: view.own(m.row, totalCol), write });
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
