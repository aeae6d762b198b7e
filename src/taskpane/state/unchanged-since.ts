/**
 * Whether a sheet the add-in imported still holds what its file held: only then may undoing the
 * import delete it. A value typed, a row added or a formula changed since means the official has
 * worked on it, and their work is never deleted. Formula cells compare by formula alone: Excel
 * recalculates on insert, so a cached result may differ from the file's without anyone's edit.
 */
import type { CellValue, SheetGrid } from "../../core";
import { isCellError } from "../../core/grid";

export function unchangedSince(imported: SheetGrid, now: SheetGrid): boolean {
  const a = contents(imported);
  const b = contents(now);
  if (a.size !== b.size) return false;
  for (const [cell, content] of a) if (b.get(cell) !== content) return false;
  return true;
}

/** Every filled cell by its sheet position: its formula, or its value written out by kind. */
function contents(grid: SheetGrid): Map<string, string> {
  const out = new Map<string, string>();
  grid.values.forEach((line, i) =>
    line.forEach((value, j) => {
      const formula = grid.formulas?.[i]?.[j] ?? null;
      const content = formula !== null ? `=${formula.replace(/^=/, "").replace(/_xl(fn|ws)\./gi, "")}` : written(value);
      if (content !== null) out.set(`${grid.top + i},${grid.left + j}`, content);
    }),
  );
  return out;
}

function written(value: CellValue): string | null {
  if (value === null || value === "") return null;
  if (value instanceof Date) return `d${value.getTime()}`;
  if (isCellError(value)) return `e${value.error}`;
  return `${typeof value}:${String(value)}`;
}
