/**
 * A loaded exceljs workbook in the engine's SheetGrid shape, matching what Excel (and so the task
 * pane) shows: a merged area holds its value in the top-left cell only, formulas show their cached
 * result, rich text and hyperlinks show their text. The workbook's defined names come along, the
 * sheets' own too, because a template records its form in one (a form stamp, see
 * core/templates/stamp.ts).
 * Tests only (the reference the reader is diffed against); bytes are load-workbook-file.ts's business.
 */
import { ValueType } from "exceljs";
import type { Workbook, Worksheet } from "exceljs";
import type { CellValue, MergedArea, SheetGrid } from "../../../src/core/grid";
import { displayedValue, formulaText } from "./cell-value";
import type { DefinedName } from "./defined-names";

export { nameReferences } from "./defined-names";
export type { DefinedName } from "./defined-names";
import { definedNamesOf } from "./defined-names";

export interface WorkbookContents {
  /** Every worksheet, in tab order. */
  grids: SheetGrid[];
  definedNames: DefinedName[];
}

/** Every sheet as a grid, and the defined names. Throws whatever exceljs throws on a model it cannot walk. */
export function contentsOf(workbook: Workbook): WorkbookContents {
  return { grids: workbook.worksheets.map(sheetToGrid), definedNames: definedNamesOf(workbook) };
}

interface FilledCell {
  row: number;
  col: number;
  value: CellValue;
  formula: string | null;
}

function sheetToGrid(sheet: Worksheet): SheetGrid {
  const filled: FilledCell[] = [];
  const merges = new Map<string, MergedArea>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.type === ValueType.Merge) {
        // exceljs repeats the master's value here; Excel shows nothing, so only the area is kept.
        extendMerge(merges, cell.master.fullAddress, rowNumber, col);
        return;
      }
      const value = displayedValue(cell);
      const formula = formulaText(cell);
      if (value !== null || formula !== null) filled.push({ row: rowNumber, col, value, formula });
    });
  });
  return usedRangeGrid(sheet.name, filled, [...merges.values()]);
}

function extendMerge(merges: Map<string, MergedArea>, master: { address: string; row: number; col: number }, row: number, col: number): void {
  const area = merges.get(master.address) ?? { top: master.row, left: master.col, bottom: master.row, right: master.col };
  area.bottom = Math.max(area.bottom, row);
  area.right = Math.max(area.right, col);
  merges.set(master.address, area);
}

/** The used range: the smallest rectangle holding every filled cell and every merged area. */
function usedRangeGrid(name: string, filled: FilledCell[], merges: MergedArea[]): SheetGrid {
  if (filled.length === 0 && merges.length === 0) return { name, values: [], top: 1, left: 1, merges };
  let top = Infinity, left = Infinity, bottom = 0, right = 0;
  for (const c of filled) {
    top = Math.min(top, c.row); bottom = Math.max(bottom, c.row);
    left = Math.min(left, c.col); right = Math.max(right, c.col);
  }
  for (const m of merges) {
    top = Math.min(top, m.top); bottom = Math.max(bottom, m.bottom);
    left = Math.min(left, m.left); right = Math.max(right, m.right);
  }
  const blankRows = (): null[][] => Array.from({ length: bottom - top + 1 }, () => new Array<null>(right - left + 1).fill(null));
  const values: CellValue[][] = blankRows();
  const anyFormula = filled.some((c) => c.formula !== null);
  const formulas: (string | null)[][] | undefined = anyFormula ? blankRows() : undefined;
  for (const c of filled) {
    values[c.row - top][c.col - left] = c.value;
    if (formulas) formulas[c.row - top][c.col - left] = c.formula;
  }
  // `formulas` is optional in SheetGrid; leaving it out for formula-free sheets saves a second grid.
  return formulas ? { name, values, top, left, merges, formulas } : { name, values, top, left, merges };
}
