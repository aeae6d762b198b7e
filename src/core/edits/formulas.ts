import { cellAddress, columnLetter } from "../address";

/** The formulas Pokaznyk writes; recognising them later is how it knows which cells it owns. */

/** Quarter cells of a row as one SUM: a range when the quarters sit side by side. */
export function totalFormula(row: number, quarterCols: number[]): string {
  const sorted = [...quarterCols].sort((a, b) => a - b);
  const contiguous = sorted.every((c, k) => k === 0 || c === sorted[k - 1] + 1);
  if (contiguous) return `=SUM(${cellAddress(row, sorted[0])}:${cellAddress(row, sorted[sorted.length - 1])})`;
  return `=SUM(${sorted.map((c) => cellAddress(row, c)).join(",")})`;
}

/** Execution as a fraction (shown with a percent format), blank unless both are numbers and plan > 0. */
export function percentFormula(row: number, planCol: number, factCol: number): string {
  const plan = cellAddress(row, planCol);
  const fact = cellAddress(row, factCol);
  return `=IF(AND(ISNUMBER(${plan}),ISNUMBER(${fact}),${plan}>0),${fact}/${plan},"")`;
}

export const PERCENT_FORMAT = "0.0%";

function normalise(formula: string): string {
  return formula.replace(/\s+/g, "").replace(/\$/g, "").toUpperCase();
}

/** True when the cell holds exactly the formula Pokaznyk would write there. */
export function isOwnFormula(existing: string | null | undefined, expected: string): boolean {
  return !!existing && normalise(existing) === normalise(expected);
}

export { columnLetter };
