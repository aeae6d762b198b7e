/**
 * Sheet protection as Excel applies it to what an add-in asks: per cell and per kind of change.
 * On a protected sheet:
 *  - values and formulas go only into unlocked cells (every cell is locked until unlocked);
 *  - formats (fill, font, number format, borders, alignment) need "Format cells", column widths
 *    "Format columns", row heights "Format rows", whatever the cells' lock;
 *  - whole columns go in only with "Insert columns";
 *  - merging, data validation and conditional formats are refused (the fake's strictest reading:
 *    Excel's dialog offers no option for them).
 * Excel answers every refusal with AccessDenied, and so does the fake.
 */
import type { Area } from "../core/address";
import { FakeExcelError } from "./error";
import type { FakeSheet } from "./model";

export type Permission = "edit" | "format-cells" | "format-columns" | "format-rows" | "insert-columns" | "merge" | "sheet-feature";

const OPTION: Partial<Record<Permission, keyof FakeSheet["protectionOptions"]>> = {
  "format-cells": "allowFormatCells",
  "format-columns": "allowFormatColumns",
  "format-rows": "allowFormatRows",
  "insert-columns": "allowInsertColumns",
};

function refuse(): never {
  throw new FakeExcelError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
}

/** Whether the cell is locked: Excel's default is locked. */
export function isLocked(sheet: FakeSheet, row: number, col: number): boolean {
  return sheet.cell(row, col)?.style?.locked ?? true;
}

/** Throws AccessDenied when the protected sheet does not allow `permission` over `area`. */
export function assertAllowed(sheet: FakeSheet, permission: Permission, area: Area): void {
  if (!sheet.protected) return;
  if (permission === "edit") {
    for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) if (isLocked(sheet, r, c)) refuse();
    return;
  }
  const option = OPTION[permission];
  if (!option || !sheet.protectionOptions[option]) refuse();
}
