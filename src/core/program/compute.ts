import { cellAddress } from "../address";
import { SheetView } from "../sheet-view";
import { SheetReport } from "../types";
import { cellText, readValue } from "../value";
import { valueFor } from "../cells";
import { EditPlan } from "../edits/types";
import { PERCENT_FORMAT, isOwnFormula } from "../edits/formulas";
import { deviationFormula, percentUsedFormula } from "./formulas";
import { readDeviation, readMoney } from "./money";
import { sheetSign } from "./sign";
import { deviationDiffers } from "./sign";
import { typedPercentAgrees } from "./percent";

/**
 * Compute on a programme execution report: live % used and deviation formulas on every measure
 * row. Written into empty cells and cells holding Pokaznyk's own formula; a typed value that
 * disagrees becomes an offer (replaced only after the official agrees), one that agrees stays.
 * The deviation keeps the sign the sheet writes it in.
 */
export function planProgramCompute(view: SheetView, report: SheetReport, plan: EditPlan): void {
  const { planned, percent, deviation } = report.columns;
  const spentCol = report.columns.used ?? report.columns.financed;
  if (planned === undefined || spentCol === undefined) return;
  const sign = sheetSign(
    report.measures.map((m) => ({
      planned: readMoney(valueFor(view, m.row, planned)),
      used: readMoney(valueFor(view, m.row, spentCol)),
      deviation: deviation === undefined ? { kind: "empty" as const } : readDeviation(valueFor(view, m.row, deviation)),
    })),
  );
  const empty = (row: number, col: number) => !view.isCovered(row, col) && cellText(view.own(row, col)) === "";
  for (const m of report.measures) {
    const plannedValue = readMoney(valueFor(view, m.row, planned));
    const spentValue = readMoney(valueFor(view, m.row, spentCol));
    const both = plannedValue.kind === "number" && spentValue.kind === "number";
    if (percent !== undefined && view.mergeAt(m.row, percent) === null) {
      const formula = percentUsedFormula(m.row, planned, spentCol);
      // The cached result is what Excel computes: the exact fraction, not the rounded percentage.
      const value = m.percent === null || m.percent === undefined || !both ? "" : spentValue.value / plannedValue.value;
      const write = { row: m.row, col: percent, formula, value, numberFormat: PERCENT_FORMAT };
      const typed = readValue(view.own(m.row, percent));
      if (empty(m.row, percent) || isOwnFormula(view.formula(m.row, percent), formula)) plan.writes.push(write);
      else if (view.formula(m.row, percent) === null && !(typed.kind === "number" && m.percent !== null && m.percent !== undefined && both && typedPercentAgrees(typed.value, (spentValue.value / plannedValue.value) * 100).agrees)) {
        plan.offers.push({ row: m.row, col: percent, cell: cellAddress(m.row, percent), current: view.own(m.row, percent), write });
      }
    }
    if (deviation !== undefined && view.mergeAt(m.row, deviation) === null) {
      const formula = deviationFormula(m.row, planned, spentCol, sign);
      // The same subtraction the formula does, unrounded, so the cached value is Excel's.
      const expected = both ? (sign === "used-minus-planned" ? spentValue.value - plannedValue.value : plannedValue.value - spentValue.value) : "";
      const write = { row: m.row, col: deviation, formula, value: expected };
      const typed = readDeviation(view.own(m.row, deviation));
      if (empty(m.row, deviation) || isOwnFormula(view.formula(m.row, deviation), formula)) plan.writes.push(write);
      else if (view.formula(m.row, deviation) === null && !(typed.kind === "number" && typeof expected === "number" && !deviationDiffers(typed.value, expected))) {
        plan.offers.push({ row: m.row, col: deviation, cell: cellAddress(m.row, deviation), current: view.own(m.row, deviation), write });
      }
    }
  }
}
