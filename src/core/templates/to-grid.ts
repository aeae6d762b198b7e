import { SheetGrid } from "../grid";
import { TemplateSheet } from "./types";

/** A template as the grid `check` reads: values (formulas' cached results) and merges. */
export function templateToGrid(sheet: TemplateSheet): SheetGrid {
  const rows = Math.max(...sheet.cells.map((c) => c.row));
  const cols = sheet.columnWidths.length;
  const values: SheetGrid["values"] = Array.from({ length: rows }, () => Array(cols).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: rows }, () => Array(cols).fill(null));
  for (const cell of sheet.cells) {
    values[cell.row - 1][cell.col - 1] = cell.value ?? null;
    formulas[cell.row - 1][cell.col - 1] = cell.formula ?? null;
  }
  return { name: sheet.name, values, formulas, top: 1, left: 1, merges: sheet.merges };
}
