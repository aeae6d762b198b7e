/**
 * From a sheet's filled cells to the engine's SheetGrid, as src/cli/read-workbook.ts lays it
 * out (the used range of cells and merges; a merged area's value in its top-left cell only;
 * `formulas` only when the sheet has any), but bounded: the grid never spans more than
 * `maxCells`. When cells and merges would, the grid keeps to the area the cells really
 * occupy: a few far cells beyond an empty gap are left out and reported as strays, and
 * merges (a whole-sheet merge is valid in Excel) are clipped to the grid.
 */
import type { CellValue, MergedArea, SheetGrid } from "../core/grid";
import { cellAddress } from "./cell-ref";
import { fail } from "./problem";
import type { SheetCells } from "./sheet";

export interface LayoutLimits {
  /** Most cells (rows × columns) a sheet's grid may span. */
  maxCells: number;
  /** Most far cells that may be left out of one sheet before it is refused as too large. */
  maxStrays: number;
}

export const DEFAULT_LAYOUT_LIMITS: LayoutLimits = { maxCells: 4 * 1024 * 1024, maxStrays: 1000 };

/** Far cells left out of a sheet's grid: how many, and the first few addresses ("XFD1048576"). */
export interface StrayCells {
  sheet: string;
  count: number;
  /** Up to 10 addresses, in row order. */
  cells: string[];
}

export interface LaidOut {
  grid: SheetGrid;
  strays: StrayCells | null;
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const area = (r: Rect): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);
const union = (a: Rect | null, b: Rect): Rect =>
  a ? { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) } : { ...b };

export function layOut(name: string, cells: SheetCells, limits: LayoutLimits = DEFAULT_LAYOUT_LIMITS): LaidOut {
  const n = cells.rows.length;
  const { merges } = cells;
  if (n === 0 && merges.length === 0) return { grid: { name, values: [], top: 1, left: 1, merges: [] }, strays: null };
  const alive = new Uint8Array(n).fill(1);
  let rect = filledRect(cells, alive);
  for (const m of merges) rect = union(rect, m);
  let strays: StrayCells | null = null;
  if (rect && area(rect) > limits.maxCells) {
    // Too big with everything in: bound the cells first, then take in the merges that still fit.
    strays = peelStrays(name, cells, alive, limits);
    rect = filledRect(cells, alive);
    for (const m of merges) {
      const grown = union(rect, m);
      if (area(grown) <= limits.maxCells) rect = grown;
    }
    // Only merges bigger than the limit and no cells at all: show the first merge's corner.
    rect ??= { top: merges[0].top, left: merges[0].left, bottom: merges[0].top, right: merges[0].left };
  }
  return { grid: fill(name, cells, alive, rect as Rect, merges), strays };
}

function filledRect(cells: SheetCells, alive: Uint8Array): Rect | null {
  let top = Infinity, left = Infinity, bottom = 0, right = 0;
  const { rows, cols } = cells;
  for (let i = 0; i < rows.length; i++) {
    if (!alive[i]) continue;
    const r = rows[i], c = cols[i];
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  return bottom === 0 ? null : { top, left, bottom, right };
}

/** Dense values (and formulas) over `rect`; merges clipped to it; merged cells other than the top-left emptied. */
function fill(name: string, cells: SheetCells, alive: Uint8Array, rect: Rect, merges: MergedArea[]): SheetGrid {
  const height = rect.bottom - rect.top + 1;
  const width = rect.right - rect.left + 1;
  const blank = (): null[][] => {
    const out: null[][] = new Array(height);
    for (let i = 0; i < height; i++) out[i] = new Array<null>(width).fill(null);
    return out;
  };
  const values: CellValue[][] = blank();
  const formulas: (string | null)[][] | undefined = cells.formulaCount > 0 ? blank() : undefined;
  const { rows, cols } = cells;
  for (let i = 0; i < rows.length; i++) {
    if (!alive[i]) continue;
    values[rows[i] - rect.top][cols[i] - rect.left] = cells.values[i];
    if (formulas) formulas[rows[i] - rect.top][cols[i] - rect.left] = cells.formulas[i];
  }
  const kept = coverMerges(name, merges, rect, values, formulas);
  const anyFormula = formulas !== undefined && formulas.some((line) => line.some((f) => f !== null));
  const grid: SheetGrid = { name, values, top: rect.top, left: rect.left, merges: kept };
  if (anyFormula) grid.formulas = formulas;
  return grid;
}

/**
 * Clips merges to the grid and empties the cells they cover, as Excel shows them (only the
 * top-left cell of a merged area shows its value; a clipped area whose top-left lies outside
 * shows nothing). Overlapping merges are refused, as exceljs and Excel do. The order is the
 * one read-workbook.ts produces: by the area's first covered cell, row by row.
 */
function coverMerges(name: string, merges: MergedArea[], rect: Rect, values: CellValue[][], formulas: (string | null)[][] | undefined): MergedArea[] {
  const width = rect.right - rect.left + 1;
  const owner = merges.length > 0 ? new Int32Array(area(rect)) : null;
  const kept: MergedArea[] = [];
  merges.forEach((m, index) => {
    const c = { top: Math.max(m.top, rect.top), left: Math.max(m.left, rect.left), bottom: Math.min(m.bottom, rect.bottom), right: Math.min(m.right, rect.right) };
    if (c.top > c.bottom || c.left > c.right) return;
    const masterInside = c.top === m.top && c.left === m.left;
    for (let r = c.top; r <= c.bottom; r++) {
      const line = values[r - rect.top];
      const formulaLine = formulas?.[r - rect.top];
      for (let col = c.left; col <= c.right; col++) {
        const slot = (r - rect.top) * width + (col - rect.left);
        const other = (owner as Int32Array)[slot];
        if (other !== 0) fail("corrupt", `sheet "${name}": merged areas ${areaText(merges[other - 1])} and ${areaText(m)} overlap`);
        (owner as Int32Array)[slot] = index + 1;
        if (masterInside && r === m.top && col === m.left) continue;
        line[col - rect.left] = null;
        if (formulaLine) formulaLine[col - rect.left] = null;
      }
    }
    if (c.bottom > c.top || c.right > c.left) kept.push(c);
  });
  const key = (m: MergedArea) => (m.right > m.left ? [m.top, m.left + 1] : [m.top + 1, m.left]);
  return kept.sort((a, b) => {
    const [ar, ac] = key(a);
    const [br, bc] = key(b);
    return ar - br || ac - bc;
  });
}

function areaText(m: MergedArea): string {
  return `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`;
}

/**
 * Leaves out far cells until the cells' rectangle fits `maxCells`: each step finds the widest
 * run of empty rows or columns between filled ones and drops the side beyond it with fewer
 * cells (on a tie, the far side). Refuses the sheet (sheet-too-large) when no empty gap is left,
 * when the side to drop is no clear minority (up to 10 lone cells, or at most a fifth of the
 * cells), or when more than `maxStrays` cells would go: a second table is data, not a stray.
 */
function peelStrays(name: string, cells: SheetCells, alive: Uint8Array, limits: LayoutLimits): StrayCells | null {
  const { rows, cols } = cells;
  const rowAxis = new Axis(rows);
  const colAxis = new Axis(cols);
  let dropped = 0;
  for (let step = 0; step < 64; step++) {
    const rect = filledRect(cells, alive);
    if (!rect || area(rect) <= limits.maxCells) break;
    const byRow = rowAxis.widestGap();
    const byCol = colAxis.widestGap();
    const rowShare = byRow ? byRow.gap / (rect.bottom - rect.top + 1) : 0;
    const colShare = byCol ? byCol.gap / (rect.right - rect.left + 1) : 0;
    const cut = rowShare >= colShare ? byRow : byCol;
    const lines = rowShare >= colShare ? rows : cols;
    // A few lone cells may go even on a tie (A1 and XFD1048576); more only when clearly the minority.
    const minority = cut !== null && (cut.dropCount <= 10 ? cut.dropCount <= cut.keepCount : cut.dropCount * 4 <= cut.keepCount);
    if (!cut || cut.gap < 1 || !minority || dropped + cut.dropCount > limits.maxStrays) {
      const total = alive.reduce((sum, a) => sum + a, 0);
      fail("sheet-too-large", `sheet "${name}": its ${total} filled cells span ${areaText(rect)} (${area(rect)} cells), over the ${limits.maxCells} a sheet may span`);
    }
    for (let i = 0; i < lines.length; i++) {
      if (!alive[i]) continue;
      const line = lines[i];
      if (cut.dropBelow ? line <= cut.edge : line >= cut.edge) {
        alive[i] = 0;
        rowAxis.remove(rows[i]);
        colAxis.remove(cols[i]);
        dropped++;
      }
    }
  }
  if (dropped === 0) return null;
  const out: number[] = [];
  for (let i = 0; i < alive.length; i++) if (!alive[i]) out.push(i);
  out.sort((a, b) => rows[a] - rows[b] || cols[a] - cols[b]);
  return { sheet: name, count: dropped, cells: out.slice(0, 10).map((i) => cellAddress(rows[i], cols[i])) };
}

/** The filled lines (rows or columns) of a sheet with their cell counts, for finding empty gaps. */
class Axis {
  private readonly lines: Int32Array;
  private readonly counts = new Map<number, number>();

  constructor(positions: number[]) {
    for (const p of positions) this.counts.set(p, (this.counts.get(p) ?? 0) + 1);
    this.lines = Int32Array.from(this.counts.keys()).sort();
  }

  remove(line: number): void {
    this.counts.set(line, (this.counts.get(line) ?? 1) - 1);
  }

  /**
   * The widest run of empty lines between two filled ones; the side with fewer cells is the
   * one to drop: `edge` is its innermost line, `dropBelow` whether it lies before the gap.
   */
  widestGap(): { gap: number; edge: number; dropBelow: boolean; dropCount: number; keepCount: number } | null {
    let total = 0;
    for (const line of this.lines) total += this.counts.get(line) ?? 0;
    let previous = -1;
    let before = 0;
    let best: { gap: number; low: number; high: number; before: number } | null = null;
    for (const line of this.lines) {
      const count = this.counts.get(line) ?? 0;
      if (count === 0) continue;
      if (previous >= 0) {
        const gap = line - previous - 1;
        if (!best || gap > best.gap) best = { gap, low: previous, high: line, before };
      }
      before += count;
      previous = line;
    }
    if (!best) return null;
    const after = total - best.before;
    // Drop the lighter side; on a tie the far one (after the gap), where strays usually are.
    return best.before < after
      ? { gap: best.gap, edge: best.low, dropBelow: true, dropCount: best.before, keepCount: after }
      : { gap: best.gap, edge: best.high, dropBelow: false, dropCount: after, keepCount: best.before };
  }
}
