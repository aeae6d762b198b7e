import { CellValue, MergedArea, SheetGrid } from "./grid";

/**
 * Random access to a grid in sheet coordinates, with merged areas resolved: `own` is what the
 * cell itself holds (Excel's view), `shown` is what a person sees (the merge's top-left value).
 */
export class SheetView {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  /** Merged areas by row offset from mergeBase, built when first asked: many views only read a title. */
  private mergesByRow: (MergedArea[] | undefined)[] | null = null;
  /** The row mergesByRow[0] stands for: the grid's top, or a merge's reaching above it. */
  private mergeBase = 0;

  constructor(readonly grid: SheetGrid) {
    this.firstRow = grid.top;
    this.lastRow = grid.top + grid.values.length - 1;
    this.firstCol = grid.left;
    let width = 0;
    for (const row of grid.values) if (row.length > width) width = row.length;
    this.lastCol = grid.left + width - 1;
  }

  /** An array, not a Map: every cell a rule reads asks it, and at 100,000 rows Map lookups cost more than the rules. */
  private mergeIndex(): (MergedArea[] | undefined)[] {
    if (this.mergesByRow) return this.mergesByRow;
    const index: (MergedArea[] | undefined)[] = [];
    let base = this.firstRow;
    for (const area of this.grid.merges) if (area.top < base) base = area.top;
    for (const area of this.grid.merges) {
      if (area.bottom === area.top && area.right === area.left) continue;
      for (let r = area.top; r <= area.bottom; r++) {
        const list = index[r - base];
        if (list) list.push(area);
        else index[r - base] = [area];
      }
    }
    this.mergeBase = base;
    this.mergesByRow = index;
    return index;
  }

  get name(): string {
    return this.grid.name;
  }

  own(row: number, col: number): CellValue {
    const line = this.grid.values[row - this.grid.top];
    if (!line) return null;
    const value = line[col - this.grid.left];
    return value === undefined ? null : value;
  }

  formula(row: number, col: number): string | null {
    const line = this.grid.formulas?.[row - this.grid.top];
    return line?.[col - this.grid.left] ?? null;
  }

  mergeAt(row: number, col: number): MergedArea | null {
    const list = this.mergeIndex()[row - this.mergeBase];
    if (!list) return null;
    for (const area of list) if (col >= area.left && col <= area.right) return area;
    return null;
  }

  /** True for a cell inside a merge other than its top-left cell. */
  isCovered(row: number, col: number): boolean {
    const area = this.mergeAt(row, col);
    return area !== null && (area.top !== row || area.left !== col);
  }

  shown(row: number, col: number): CellValue {
    const area = this.mergeAt(row, col);
    return area ? this.own(area.top, area.left) : this.own(row, col);
  }

  rowMerges(row: number): readonly MergedArea[] {
    return this.mergeIndex()[row - this.mergeBase] ?? [];
  }
}
