/**
 * Inserts one empty column into an exceljs worksheet the way Excel does. exceljs's spliceColumns
 * moves cell values, styles and column widths, but (4.4.0, checked):
 *  - leaves merged areas where they were, so a merge right of the column covers the wrong cells;
 *  - copies a shared formula's slave as a pointer to its master's old address, and drops a moved
 *    formula's cached result when it is 0, "" or FALSE;
 *  - rewrites no formula, validation, conditional format or print range that points past it;
 *  - splits a defined name that spans the column into two ("A4:A5" and "C4:L5");
 *  - and unmerging (needed to move a merge) resets the covered cells' borders and fills.
 * Each of these is put right here; the new cells take the format of the cells on their left,
 * as Excel's default "Format Same As Left" does. Not handled (none of the forms has them):
 * Excel tables, pictures anchored right of the column, frozen columns.
 */
import type { CellValue, Style, Workbook, Worksheet } from "exceljs";
import { ValueType } from "exceljs";
import { areaAddress, areaAfterInsert, cellAddress, columnAfterInsert, parseArea, type Area } from "../../core/address";
import { shiftColumns } from "../../core/formula";
import { conditionalFormats, isRange, mergedAreas, setValidationModel, validationModel } from "./sheet-parts";
import type { ValidationModel } from "./sheet-parts";

export function insertColumn(workbook: Workbook, sheet: Worksheet, before: number): void {
  const shift = (formula: string, home: string | null) => shiftColumns(formula, sheet.name, home, before);
  const formulas = readFormulas(workbook, sheet, shift);

  const moving = mergedAreas(sheet).filter((m) => m.right >= before);
  const coveredStyles = new Map<string, Partial<Style>>();
  for (const m of moving) {
    forEachCell(m, (row, col) => coveredStyles.set(key(row, columnAfterInsert(col, before)), copyStyle(sheet.getCell(row, col).style)));
    sheet.unMergeCells(m.top, m.left, m.bottom, m.right);
  }
  const names = workbook.definedNames.model.map((n) => ({ name: n.name, ranges: n.ranges.map((r) => shift(r, null)) }));

  // The one insert argument makes exceljs walk every row; an empty array inserts empty cells.
  sheet.spliceColumns(before, 0, []);

  writeFormulas(formulas, sheet, before);
  workbook.definedNames.model = names;
  formatLikeLeft(sheet, before);
  for (const m of moving) {
    const area = areaAfterInsert(m, before);
    forEachCell(area, (row, col) => {
      const style = coveredStyles.get(key(row, col));
      if (style) sheet.getCell(row, col).style = style;
    });
    sheet.mergeCellsWithoutStyle(area.top, area.left, area.bottom, area.right);
  }
  shiftValidations(sheet, before, (f) => shift(f, sheet.name));
  for (const format of conditionalFormats(sheet)) {
    format.ref = shiftRangeList(format.ref, before);
    for (const rule of format.rules) {
      if ("formulae" in rule && Array.isArray(rule.formulae)) rule.formulae = rule.formulae.map((f: unknown) => (typeof f === "string" ? shift(f, sheet.name) : f));
    }
  }
  shiftPageSetup(sheet, (f) => shift(f, sheet.name));
}

interface FoundFormula {
  home: Worksheet;
  row: number;
  col: number;
  /** The formula's text now, and after the insert. */
  text: string;
  next: string;
  /** Read through `cell.result`: exceljs's `cell.value` drops a result of 0, "" or false. */
  result: unknown;
  shared: boolean;
  array: { ref: string } | null;
}

/** Every formula of the workbook, read before anything moves (a shared slave's text comes from its master). */
function readFormulas(workbook: Workbook, sheet: Worksheet, shift: (formula: string, home: string) => string): FoundFormula[] {
  const found: FoundFormula[] = [];
  for (const home of workbook.worksheets) {
    home.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (cell.type !== ValueType.Formula || !cell.formula) return;
        const parts = cell.value as { shareType?: string; sharedFormula?: string; ref?: string };
        found.push({
          home,
          row: rowNumber,
          col,
          text: cell.formula,
          next: shift(cell.formula, home.name),
          result: cell.result,
          shared: parts.sharedFormula !== undefined || parts.shareType === "shared",
          array: parts.shareType === "array" && parts.ref ? { ref: shift(parts.ref, home.name) } : null,
        });
      });
    });
  }
  return found;
}

/**
 * Puts every formula back with its new text and its cached result: on the sheet that moved, all
 * of them (exceljs's move drops a zero result and leaves shared slaves pointing at old masters);
 * on other sheets, those whose text changed, and all shared ones on a sheet where one changed.
 */
function writeFormulas(found: FoundFormula[], sheet: Worksheet, before: number): void {
  const touched = new Set<Worksheet>([sheet, ...found.filter((f) => f.next !== f.text).map((f) => f.home)]);
  for (const f of found) {
    const moves = f.home === sheet;
    if (!moves && f.next === f.text && !(f.shared && touched.has(f.home))) continue;
    const cell = f.home.getCell(f.row, moves ? columnAfterInsert(f.col, before) : f.col);
    const value = f.array ? { formula: f.next, result: f.result, shareType: "array", ref: f.array.ref } : { formula: f.next, result: f.result };
    cell.value = value as CellValue;
  }
}

/** The new column: each row's new cell and the column's width as on its left. */
function formatLikeLeft(sheet: Worksheet, before: number): void {
  if (before <= 1) return;
  const left = sheet.getColumn(before - 1);
  if (left.width !== undefined) sheet.getColumn(before).width = left.width;
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const neighbour = row.findCell(before - 1);
    if (neighbour && Object.keys(neighbour.style ?? {}).length > 0) row.getCell(before).style = copyStyle(neighbour.style);
  });
}

function shiftValidations(sheet: Worksheet, before: number, shift: (formula: string) => string): void {
  const shifted: ValidationModel = {};
  for (const [range, validation] of Object.entries(validationModel(sheet))) {
    if (!validation) continue;
    const formulae = validation.formulae?.map((f: unknown) => (typeof f === "string" ? shift(f) : f));
    shifted[isRange(range) ? areaAddress(areaAfterInsert(parseArea(range), before)) : range] = { ...validation, formulae };
  }
  setValidationModel(sheet, shifted);
}

function shiftPageSetup(sheet: Worksheet, shift: (formula: string) => string): void {
  const setup = sheet.pageSetup;
  if (setup.printArea) setup.printArea = setup.printArea.split("&&").map(shift).join("&&");
  if (setup.printTitlesColumn) setup.printTitlesColumn = shift(setup.printTitlesColumn);
  const filter = sheet.autoFilter;
  if (typeof filter === "string") sheet.autoFilter = shift(filter);
  else if (filter && typeof filter.from === "string" && typeof filter.to === "string") sheet.autoFilter = { from: shift(filter.from), to: shift(filter.to) };
}

/** "A8:I22 K8" -> each part widened or moved like a merge. */
function shiftRangeList(ref: string, before: number): string {
  return ref
    .split(/\s+/)
    .map((part) => (isRange(part) ? areaAddress(areaAfterInsert(parseArea(part), before)) : part))
    .join(" ");
}

function forEachCell(area: Area, visit: (row: number, col: number) => void): void {
  for (let row = area.top; row <= area.bottom; row++) for (let col = area.left; col <= area.right; col++) visit(row, col);
}

function key(row: number, col: number): string {
  return cellAddress(row, col);
}

/** exceljs shares one style object between cells of the same loaded style: never mutate, always copy. */
export function copyStyle(style: Partial<Style> | undefined): Partial<Style> {
  return structuredClone(style ?? {});
}
