/** What every fake range stands on: a sheet and an area, checked as Excel checks them. */
import { areaAddress, columnLetter, MAX_COLUMNS, MAX_ROWS, parseArea, quoteSheet, type Area } from "../core/address";
import type { XlValue } from "../excel/types";
import { FakeExcelError } from "./error";
import type { FakeSheet } from "./model";

export interface RangeTarget {
  sheet: FakeSheet;
  area: Area;
}

/** The whole sheet, as `worksheet.getRange()` without an address gives it. */
export const WHOLE_SHEET: Area = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };

export function rows(area: Area): number {
  return area.bottom - area.top + 1;
}

export function columns(area: Area): number {
  return area.right - area.left + 1;
}

export function checkBounds(area: Area): Area {
  if (area.top < 1 || area.left < 1 || area.bottom > MAX_ROWS || area.right > MAX_COLUMNS || area.bottom < area.top || area.right < area.left) {
    throw new FakeExcelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  }
  return area;
}

/** An address given to getRange: cells, whole rows or whole columns, with or without a sheet. */
export function parseRangeAddress(address: string): Area {
  try {
    return parseArea(address);
  } catch {
    throw new FakeExcelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${address}`);
  }
}

/**
 * An area as Excel writes it in `address`: "A1:H54", and whole rows and columns as "5:5" and
 * "A:C" (a title merged from the row header comes back as 'Звіт'!5:5, never A5:XFD5).
 */
export function excelAreaAddress(area: Area): string {
  const wholeRows = area.left === 1 && area.right === MAX_COLUMNS;
  const wholeColumns = area.top === 1 && area.bottom === MAX_ROWS;
  if (wholeRows && !wholeColumns) return `${area.top}:${area.bottom}`;
  if (wholeColumns && !wholeRows) return `${columnLetter(area.left)}:${columnLetter(area.right)}`;
  return areaAddress(area);
}

/** `range.address` as Excel reports it: "'Звіт I кв'!A1:H54", "Звіт!5:5". */
export function fullAddress(sheet: FakeSheet, area: Area): string {
  return `${quoteSheet(sheet.name)}!${excelAreaAddress(area)}`;
}

export function assertWritable(sheet: FakeSheet): void {
  if (sheet.protected) {
    throw new FakeExcelError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
  }
}

/** A 2-D array written to a range must have its size exactly; a single value fills every cell. */
export function assertShape(input: XlValue[][], area: Area): void {
  if (!Array.isArray(input)) return;
  if (input.length !== rows(area) || input.some((row) => row.length !== columns(area))) {
    throw new FakeExcelError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  }
}
