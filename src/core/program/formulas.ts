import { cellAddress } from "../address";
import { numberIn, percentFormula } from "../edits/formulas";
import { DeviationSign } from "./sign";

const NBSP = "\u00a0";
const NARROW_NBSP = "\u202f";

/** Something besides spaces in the cell, as the engine trims a value (edits/formulas.ts `filled`). */
function filled(ref: string): string {
  return `LEN(TRIM(SUBSTITUTE(SUBSTITUTE(${ref},"${NBSP}",""),"${NARROW_NBSP}","")))>0`;
}

/**
 * The deviation as the engine computes it, in the sheet's own sign: used − planned (or planned −
 * used), when both are non-negative numbers (text numbers count, `х`, a dash or a word give a
 * blank, as the engine reads them).
 */
export function deviationFormula(row: number, plannedCol: number, usedCol: number, sign: DeviationSign): string {
  const plannedRef = cellAddress(row, plannedCol);
  const usedRef = cellAddress(row, usedCol);
  const planned = numberIn(plannedRef);
  const used = numberIn(usedRef);
  const difference = sign === "used-minus-planned" ? `${used}-${planned}` : `${planned}-${used}`;
  return `=IFERROR(IF(AND(${filled(plannedRef)},${filled(usedRef)},${planned}>=0,${used}>=0),${difference},""),"")`;
}

/** Percent used: the report's execution formula with used (or financed) over planned. */
export function percentUsedFormula(row: number, plannedCol: number, usedCol: number): string {
  return percentFormula(row, plannedCol, usedCol);
}
