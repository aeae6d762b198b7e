/**
 * Cell references as a package stores them (no "=": `K11`, `A1:K50`, sqref lists `A1:B2 D4`) and
 * how a column insert moves them. Formula text goes through the one reference shifter; this is
 * the single place that names the engine's shifter (src/core/formula).
 */
import { cellAddress, columnAfterInsert, columnLetter, columnNumber } from "../../core/address";
import { shiftColumns, translateFormula } from "../../core/formula";
import type { MergedArea } from "../../core/grid";

export { shiftColumns, translateFormula };

export const MAX_COLUMN = 16384;

export interface CellRef {
  row: number;
  col: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

export function parseCell(ref: string): CellRef | null {
  const m = CELL.exec(ref.trim());
  return m ? { col: columnNumber(m[1]), row: Number(m[2]) } : null;
}

/** "B4" or "B4:D5" as an area; null for anything else (a whole column, a name). */
export function parseArea(ref: string): MergedArea | null {
  const [from, to = from, ...rest] = ref.trim().split(":");
  if (rest.length > 0) return null;
  const a = parseCell(from);
  const b = parseCell(to);
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export function areaRef(area: MergedArea): string {
  const a = cellAddress(area.top, area.left);
  return area.top === area.bottom && area.left === area.right ? a : `${a}:${cellAddress(area.bottom, area.right)}`;
}

/** Where a column lands once one column is inserted before `before`. */
export function landing(col: number, before: number): number {
  return columnAfterInsert(col, before);
}

/** Excel's rule for an area on insert: inside it widens it, before it moves it, after it leaves it. */
export function widen(area: MergedArea, before: number): MergedArea {
  if (before <= area.left) return { ...area, left: area.left + 1, right: Math.min(MAX_COLUMN, area.right + 1) };
  if (before <= area.right) return { ...area, right: Math.min(MAX_COLUMN, area.right + 1) };
  return area;
}

/** A cell reference as written, moved; `$` signs kept. Unchanged text when it does not move. */
export function shiftCellRef(ref: string, before: number): string {
  const m = /^(\$?)([A-Za-z]{1,3})(\$?\d+)$/.exec(ref);
  if (!m) return ref;
  const col = columnNumber(m[2]);
  if (col < before) return ref;
  return `${m[1]}${columnLetter(col + 1)}${m[3]}`;
}

/** "A1:K50" or "K11" widened or moved; anything unreadable is kept. */
export function shiftAreaRef(ref: string, before: number): string {
  const area = parseArea(ref);
  if (!area) return ref;
  const next = widen(area, before);
  return next === area ? ref : areaRef(next);
}

/** A space-separated sqref list, each part widened or moved. */
export function shiftSqref(sqref: string, before: number): string {
  const parts = sqref.split(/(\s+)/);
  let changed = false;
  const out = parts.map((part) => {
    if (/^\s*$/.test(part)) return part;
    const next = shiftAreaRef(part, before);
    if (next !== part) changed = true;
    return next;
  });
  return changed ? out.join("") : sqref;
}

/** Does any part of a sqref list (or a single ref) reach column `col` or beyond? */
export function reachesColumn(sqref: string, col: number): boolean {
  return sqref
    .trim()
    .split(/\s+/)
    .some((part) => {
      const area = parseArea(part);
      return area !== null && area.right >= col;
    });
}
