import { cellAddress, columnLetter } from "../address";

/** The formulas Pokaznyk writes; recognising them later is how it knows which cells it owns. */

/**
 * Quarter cells of a row as one SUM: a range when the quarters sit side by side. Where a quarter
 * holds a number stored as text, SUM would skip it while the engine counts it, so each cell is
 * read with VALUE (an empty cell reads as 0 through the "0"& prefix).
 */
export function totalFormula(row: number, quarterCols: number[], textNumbers = false): string {
  const sorted = [...quarterCols].sort((a, b) => a - b);
  if (textNumbers) return `=SUM(${sorted.map((c) => `VALUE(0&${cellAddress(row, c)})`).join(",")})`;
  const contiguous = sorted.every((c, k) => k === 0 || c === sorted[k - 1] + 1);
  if (contiguous) return `=SUM(${cellAddress(row, sorted[0])}:${cellAddress(row, sorted[sorted.length - 1])})`;
  return `=SUM(${sorted.map((c) => cellAddress(row, c)).join(",")})`;
}

/**
 * Execution as a fraction (shown with a percent format), computed as the engine does: numbers
 * stored as text count, an empty fact, a negative fact, a zero or qualitative plan give a blank.
 */
export function percentFormula(row: number, planCol: number, factCol: number): string {
  const plan = cellAddress(row, planCol);
  const fact = cellAddress(row, factCol);
  return `=IFERROR(IF(AND(LEN(${fact})>0,VALUE(${plan})>0,VALUE(${fact})>=0),VALUE(${fact})/VALUE(${plan}),""),"")`;
}

export const PERCENT_FORMAT = "0.0%";

function normalise(formula: string): string {
  return formula.replace(/\s+/g, "").replace(/\$/g, "").toUpperCase();
}

/** True when the cell holds exactly one of the formulas Pokaznyk would write there. */
export function isOwnFormula(existing: string | null | undefined, ...expected: string[]): boolean {
  return !!existing && expected.some((e) => normalise(existing) === normalise(e));
}

export { columnLetter };
