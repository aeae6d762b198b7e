/**
 * Inserting whole columns in the fake, with what Excel does around it: cells, merges and widths
 * move right, and every reference to the moved cells (formulas on any sheet, defined names,
 * validation and conditional-format areas) follows them.
 */
import { areaAddress, areaAfterInsert, columnLetter, columnNumber, parseArea, sameSheet } from "../core/address";
import type { FakeSheet, FakeWorkbook } from "./model";

// A reference: an optional sheet prefix, then cells (B7, $B$7:$C$9) or whole columns (H:H).
const SHEET = String.raw`(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!`;
const CELL = String.raw`\$?[A-Z]{1,3}\$?\d+`;
const COLUMN = String.raw`\$?[A-Z]{1,3}`;
const REF = new RegExp(
  String.raw`(^|[^\p{L}\p{N}_.'!$#:])(${SHEET})?(${CELL}(?::${CELL})?|${COLUMN}:${COLUMN})(?![\p{L}\p{N}_(!])`,
  "gu",
);

/**
 * `formula` (on sheet `home`) with every reference to sheet `target` at or right of column
 * `before` moved `count` columns right. Text in quotes is left alone.
 */
export function shiftFormula(formula: string, home: string, target: string, before: number, count: number): string {
  const move = (part: string) =>
    part.replace(/^(\$?)([A-Z]{1,3})/, (_, dollar: string, letters: string) => {
      const col = columnNumber(letters);
      return `${dollar}${col >= before ? columnLetter(col + count) : letters}`;
    });
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, k) => {
      if (k % 2 === 1) return part;
      return part.replace(REF, (whole, lead: string, prefix: string | undefined, quoted: string | undefined, plain: string | undefined, ref: string) => {
        const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : (plain ?? home);
        if (!sameSheet(sheet, target)) return whole;
        return `${lead}${prefix ?? ""}${ref.split(":").map(move).join(":")}`;
      });
    })
    .join("");
}

/** Inserts `count` whole columns before column `before` of `sheet`. */
export function insertColumns(book: FakeWorkbook, sheet: FakeSheet, before: number, count: number): void {
  sheet.shiftColumns(before, count);
  sheet.merges = sheet.merges.map((m) => areaAfterInsert(m, before, count));
  if (sheet.columnWidths.length >= before) {
    const width = sheet.columnWidths[before - 2];
    sheet.columnWidths.splice(before - 1, 0, ...Array<number>(count).fill(width));
  }
  const shiftList = (areas: string) => areas.split(",").map((a) => areaAddress(areaAfterInsert(parseArea(a), before, count))).join(",");
  for (const v of sheet.validations) v.area = shiftList(v.area);
  for (const f of sheet.conditionalFormats) f.area = shiftList(f.area);
  for (const other of book.sheets) {
    for (const [, cell] of other.entries()) {
      if (cell.formula) cell.formula = shiftFormula(cell.formula, other.name, sheet.name, before, count);
    }
  }
  for (const name of book.names) name.formula = shiftFormula(name.formula, "", sheet.name, before, count);
}
