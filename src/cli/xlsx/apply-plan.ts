/**
 * Carries out the engine's edit plan on an exceljs worksheet: the same semantics as core's
 * applyEdits on a grid, plus what only a file has (formats, cached results, merges).
 */
import type { Cell, CellErrorValue, CellValue as ExcelValue, Workbook, Worksheet } from "exceljs";
import { ErrorValue } from "exceljs";
import { fileFormula, type CellWrite, type EditPlan } from "../../core/edits";
import type { CellValue } from "../../core/grid";
import { cellAddress } from "../../core/address";
import { copyStyle, insertColumn } from "./insert-column";

export interface AppliedPlan {
  /** Writes carried out (the plan's own and the accepted offers). */
  written: CellWrite[];
  /** Cells the plan named that lie inside someone else's merged area: exceljs would write the value into
   * the area's top-left cell instead, so they are left alone. */
  skipped: string[];
}

export function applyPlan(workbook: Workbook, sheet: Worksheet, plan: EditPlan, accepted: CellWrite[] = []): AppliedPlan {
  for (const insert of plan.insertColumns) {
    insertColumn(workbook, sheet, insert.before);
    const [first] = insert.headerRows;
    const last = insert.headerRows[insert.headerRows.length - 1];
    const header = sheet.getCell(first, insert.before);
    if (!isCovered(header)) header.value = insert.header;
    const span = insert.headerRows.map((row) => sheet.getCell(row, insert.before));
    if (span.length > 1 && span.every((cell) => !cell.isMerged)) sheet.mergeCellsWithoutStyle(first, insert.before, last, insert.before);
    for (const group of insert.widen) widenMerge(sheet, group);
  }
  const result: AppliedPlan = { written: [], skipped: [] };
  for (const write of [...plan.writes, ...accepted]) {
    const cell = sheet.getCell(write.row, write.col);
    if (isCovered(cell)) {
      result.skipped.push(cellAddress(write.row, write.col));
      continue;
    }
    writeCell(cell, write);
    result.written.push(write);
  }
  return result;
}

/**
 * The group title now stands over the new column too. exceljs resets the look of cells it unmerges,
 * so each cell's style is kept and put back; the new cell looks like its left neighbour.
 */
function widenMerge(sheet: Worksheet, group: { top: number; left: number; bottom: number; right: number }): void {
  const saved: { row: number; col: number; style: Cell["style"] }[] = [];
  for (let row = group.top; row <= group.bottom; row++) {
    for (let col = group.left; col <= group.right; col++) saved.push({ row, col, style: structuredClone(sheet.getCell(row, col).style) });
  }
  sheet.unMergeCells(group.top, group.left, group.bottom, group.right);
  sheet.mergeCellsWithoutStyle(group.top, group.left, group.bottom, group.right + 1);
  for (const { row, col, style } of saved) sheet.getCell(row, col).style = style;
  for (let row = group.top; row <= group.bottom; row++) sheet.getCell(row, group.right + 1).style = structuredClone(sheet.getCell(row, group.right).style);
}

/**
 * A formula goes in with the engine's expected result cached, so a reader that does not
 * recalculate shows it, and as a file spells it (_xlfn.NUMBERVALUE).
 */
function writeCell(cell: Cell, write: CellWrite): void {
  if (write.formula) cell.value = { formula: fileFormula(write.formula).replace(/^=/, ""), result: excelResult(write.value ?? null) } as ExcelValue;
  else cell.value = excelValue(write.value ?? null);
  // Never `cell.numFmt = …`: exceljs shares style objects, that would reformat other cells too.
  if (write.numberFormat) cell.style = { ...copyStyle(cell.style), numFmt: write.numberFormat };
}

/** Part of a merged area but not its top-left cell: exceljs forwards writes to the top-left. */
function isCovered(cell: Cell): boolean {
  return cell.isMerged && cell.master !== cell;
}

function excelValue(value: CellValue): ExcelValue {
  if (value === null || value instanceof Date || typeof value !== "object") return value;
  return excelError(value.error);
}

function excelResult(value: CellValue): string | number | boolean | Date | CellErrorValue | undefined {
  if (value === null) return undefined;
  if (value instanceof Date || typeof value !== "object") return value;
  return excelError(value.error);
}

function excelError(text: string): CellErrorValue {
  const known = Object.values(ErrorValue) as string[];
  return { error: (known.includes(text) ? text : ErrorValue.Value) as ErrorValue };
}
