/**
 * Inserting whole columns in the fake, with what Excel does around it: cells, merges and widths
 * move right, and every reference to the moved cells (formulas on any sheet, defined names,
 * validation and conditional-format areas) follows them, rewritten by the engine's one shifter.
 */
import { areaAddress, areaAfterInsert, parseArea } from "../core/address";
import { shiftColumns } from "../core/formula";
import type { FakeSheet, FakeWorkbook } from "./model";

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
      if (cell.formula) cell.formula = shiftColumns(cell.formula, sheet.name, other.name, before, count);
    }
  }
  for (const name of book.names) name.formula = shiftColumns(name.formula, sheet.name, null, before, count);
}
