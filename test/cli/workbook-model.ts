/**
 * What "unchanged" means for a cell of a file: its kind, its value (a formula as its text and
 * cached result), and its whole style, read back with exceljs. Columns can be mapped, so a cell
 * is compared with itself after a column was inserted on its left.
 */
import { Workbook, ValueType } from "exceljs";
import type { Cell, Worksheet } from "exceljs";
import { readFileSync } from "node:fs";

export interface CellModel {
  type: ValueType;
  value: unknown;
  style: unknown;
  /** For a cell inside a merged area: the area's top-left cell, as "row:col". */
  master?: string;
}

export async function loadWorkbook(file: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(new Uint8Array(readFileSync(file)).buffer);
  return workbook;
}

export function cellModel(cell: Cell): CellModel {
  const style = JSON.parse(JSON.stringify(cell.style ?? {}));
  if (cell.type === ValueType.Merge) return { type: cell.type, value: null, style, master: `${cell.master.row}:${cell.master.col}` };
  if (cell.type === ValueType.Formula) return { type: cell.type, value: { formula: cell.formula, result: cell.result ?? null }, style };
  return { type: cell.type, value: JSON.parse(JSON.stringify(cell.value ?? null)), style };
}

/** Every cell exceljs holds (a styled empty cell too), keyed "row:col". */
export function cellModels(sheet: Worksheet): Map<string, CellModel> {
  const models = new Map<string, CellModel>();
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const model = cellModel(cell);
      const blank = model.type === ValueType.Null && Object.keys(model.style as object).length === 0;
      if (!blank) models.set(`${rowNumber}:${col}`, model);
    });
  });
  return models;
}

/**
 * A cell's model as it should read after columns were inserted: a merged cell points at its
 * moved corner, a formula reads as `rewrite` says (Excel rewrites references past the insert).
 */
export function moved(model: CellModel, landing: (col: number) => number, rewrite: (formula: string) => string = (f) => f): CellModel {
  if (model.master) {
    const [row, col] = model.master.split(":").map(Number);
    return { ...model, master: `${row}:${landing(col)}` };
  }
  if (model.type === ValueType.Formula) {
    const value = model.value as { formula: string; result: unknown };
    return { ...model, value: { ...value, formula: rewrite(value.formula) } };
  }
  return model;
}

export function landingAfter(inserts: number[]): (col: number) => number {
  return (col) => inserts.reduce((c, before) => (c >= before ? c + 1 : c), col);
}
