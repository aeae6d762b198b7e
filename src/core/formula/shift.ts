/**
 * Moves the cell references inside a formula, the way Excel does when columns are inserted or a
 * formula is copied to another cell. One rewrite for every place that needs it: the engine's own
 * edits, the CLI (exceljs moves cells but never rewrites the formulas that point at them) and the
 * fake Excel. Text in quotes, structured references, names and function names stay as they are.
 */
import { columnLetter, sameSheet } from "../address";
import { onSheet, tokenize, type RefEnd, type Reference } from "./tokens";

export type RefMapper = (ref: Reference) => RefEnd[];

/** Rewrites every reference through `map`; everything else is copied as written. */
export function mapReferences(formula: string, map: RefMapper): string {
  let out = "";
  for (const token of tokenize(formula)) {
    if (token.kind !== "ref") out += token.text;
    else out += token.prefix + writeReference(token.text.slice(token.prefix.length), token.ends, map(token));
  }
  return out;
}

/**
 * Excel's "insert `count` columns before `before`" on sheet `target`, seen from a formula on
 * sheet `home` (null for workbook-level names, whose references are always qualified).
 */
export function shiftColumns(formula: string, target: string, home: string | null, before: number, count = 1): string {
  const onTarget = (sheet: string | null) => (sheet === null ? home !== null && sameSheet(home, target) : sameSheet(sheet, target));
  return mapReferences(formula, (ref) => {
    if (!onTarget(ref.sheet)) return ref.ends;
    return ref.ends.map((end) => (end.col !== null && end.col >= before ? { ...end, col: end.col + count } : end));
  });
}

/** A formula written for one cell, as it reads in a cell `rows` down and `cols` right: relative parts move. */
export function translateFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return mapReferences(formula, (ref) =>
    ref.ends.map((end) => ({
      ...end,
      col: end.col === null || end.colAbsolute ? end.col : end.col + cols,
      row: end.row === null || end.rowAbsolute ? end.row : end.row + rows,
    })),
  );
}

/** Writes the ends back; an end pushed off the sheet makes the reference #REF!, as in Excel. Unchanged text stays byte-identical. */
function writeReference(original: string, before: RefEnd[], after: RefEnd[]): string {
  if (before.every((end, k) => end.col === after[k].col && end.row === after[k].row)) return original;
  if (!after.every(onSheet)) return "#REF!";
  return after.map(writeEnd).join(":");
}

function writeEnd(end: RefEnd): string {
  const col = end.col === null ? "" : `${end.colAbsolute ? "$" : ""}${columnLetter(end.col)}`;
  const row = end.row === null ? "" : `${end.rowAbsolute ? "$" : ""}${end.row}`;
  return col + row;
}
