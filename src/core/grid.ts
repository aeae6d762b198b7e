/**
 * The engine's input: one worksheet as a rectangle of cell values, the way Excel reports them.
 * Every edge (Office.js, exceljs, tests) builds this same shape.
 */
import type { Area } from "./address";

/** An Excel error value such as #REF! or #DIV/0!. */
export interface CellError {
  error: string;
}

/** A cell as Excel shows it: merged cells hold their value in the top-left cell only. */
export type CellValue = string | number | boolean | Date | CellError | null;

/** A merged area, 1-based and inclusive, in sheet coordinates. */
export type MergedArea = Area;

export interface SheetGrid {
  name: string;
  /** values[i][j] is the cell at sheet row `top + i`, column `left + j` (both 1-based). */
  values: CellValue[][];
  /** 1-based sheet row of values[0]; 1 when the grid starts at A1. */
  top: number;
  /** 1-based sheet column of values[i][0]. */
  left: number;
  merges: MergedArea[];
  /** Optional, same shape as values: the formula text ("=SUM(G5:J5)") or null. */
  formulas?: (string | null)[][];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value;
}

/** Convenience for tests and edges: a grid that starts at A1. */
export function gridFromRows(name: string, rows: CellValue[][], merges: MergedArea[] = []): SheetGrid {
  return { name, values: rows, top: 1, left: 1, merges };
}
