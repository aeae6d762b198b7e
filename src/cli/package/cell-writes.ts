/**
 * The engine's cell writes carried out on a worksheet part: a formula with its cached result, or
 * a value; the cell keeps its look, with the write's number format when it has one (a cloned
 * xf in styles.xml, or an identical one reused). A cell inside someone else's merged area is
 * skipped, as the exceljs edge does; a locked cell of a protected sheet, or a cell of an array
 * formula, is refused.
 */
import { fileFormula } from "../../core/edits";
import type { CellWrite } from "../../core/edits";
import { cellAddress } from "../../core/address";
import { applySplices, attr, children, escapeText, isElement, NS } from "./xml";
import { Package, relationships, relType } from "./package";
import { cachedResult, cellParts, cellPrefix, editCells, rebuiltCell, rowsOf, section, sheetLayout, storedValue } from "./sheet-cells";
import type { CellEdit, CellEl, RowEl, SheetLayout } from "./sheet-cells";
import { coveringMerges, growDimension, merges } from "./sheet-parts";
import { formulaCells, sharedGroups, unshare } from "./sheet-formulas";
import { StyleSheet } from "./styles";
import { parseArea } from "./refs";
import { refuse } from "./refusal";
import type { SheetInfo, WorkbookInfo } from "./workbook";

export interface WrittenCells {
  written: CellWrite[];
  /** Cells inside someone else's merged area, left alone (A1 addresses). */
  skipped: string[];
}

/** styles.xml opened once per patch and written back only if it changed. */
export class StylesPart {
  private sheet: StyleSheet | null = null;
  private readonly part: string | null;

  constructor(
    private readonly pkg: Package,
    workbook: WorkbookInfo,
  ) {
    const rel = relationships(pkg, workbook.part).find((r) => relType(r) === "styles" && !r.external);
    this.part = rel && pkg.has(rel.target) ? rel.target : null;
  }

  get styles(): StyleSheet {
    if (!this.sheet) {
      if (!this.part) return refuse("unreadable", { detail: "no styles part" });
      this.sheet = new StyleSheet(this.pkg.text(this.part));
    }
    return this.sheet;
  }

  get name(): string | null {
    return this.part;
  }

  save(): void {
    if (this.sheet && this.part) this.pkg.setText(this.part, this.sheet.text);
  }
}

export function writeCells(pkg: Package, workbook: WorkbookInfo, sheet: SheetInfo, writes: CellWrite[], styles: StylesPart): WrittenCells {
  const part = sheet.part as string;
  let xml = pkg.text(part);
  let layout = sheetLayout(xml);
  const result: WrittenCells = { written: [], skipped: [] };
  const covered = coveringMerges(merges(xml, layout));
  const targets: CellWrite[] = [];
  for (const write of writes) {
    if (covered(write.row, write.col)) result.skipped.push(cellAddress(write.row, write.col));
    else targets.push(write);
  }
  if (targets.length === 0) return result;

  // A write into a shared formula's master would orphan the rest of its group: write the group out first.
  let rows = rowsOf(xml, layout.sheetData);
  const formulas = formulaCells(xml, layout, rows);
  const byCell = new Map(formulas.map((f) => [`${f.cell.row}:${f.cell.col}`, f]));
  const at = (w: CellWrite) => byCell.get(`${w.row}:${w.col}`);
  const arrays = formulas.filter((f) => f.type === "array" && f.ref !== undefined).map((f) => parseArea(f.ref as string));
  for (const w of targets) {
    if (arrays.some((area) => inside(area, w.row, w.col))) refuse("array-formula", { sheet: sheet.name, where: cellAddress(w.row, w.col) });
  }
  const masters = new Set(targets.map(at).filter((f) => f?.type === "shared" && f.ref !== undefined).map((f) => f?.si));
  if (masters.size > 0) {
    const groups = [...sharedGroups(formulas).entries()].filter(([si]) => masters.has(si)).map(([, g]) => g);
    xml = applySplices(xml, unshare(xml, groups));
    layout = sheetLayout(xml);
    rows = rowsOf(xml, layout.sheetData);
  }

  const protectedSheet = isProtected(xml, layout);
  const prefix = cellPrefix(layout);
  const defaults = defaultStyles(xml, layout, rows, new Set(targets.map((t) => t.row)));
  const edits: CellEdit[] = targets.map((write) => ({
    row: write.row,
    col: write.col,
    build: (existing) => {
      const base = existing ? cellParts(xml, existing.el).s : defaults(write.row, write.col);
      if (protectedSheet && styles.styles.isLocked(base)) refuse("locked-cells", { sheet: sheet.name, where: cellAddress(write.row, write.col) });
      const style = write.numberFormat ? styles.styles.withNumberFormat(base, write.numberFormat) : base;
      return cellText(xml, existing, prefix, write, style, workbook.date1904);
    },
  }));
  xml = editCells(xml, layout, edits, rows);
  xml = growDimension(xml, sheetLayout(xml), targets);
  pkg.setText(part, xml);
  result.written = targets;
  return result;
}

function cellText(xml: string, existing: CellEl | null, prefix: string, write: CellWrite, style: number, date1904: boolean): string {
  const ref = cellAddress(write.row, write.col);
  if (write.formula) {
    const cached = cachedResult(write.value, date1904);
    // As a file stores it: newer functions with their _xlfn. prefix (NUMBERVALUE).
    const formula = `<${prefix}f>${escapeText(fileFormula(write.formula).replace(/^=/, ""))}</${prefix}f>`;
    return rebuiltCell(xml, existing, prefix, ref, style, cached.t, formula + cached.content(prefix));
  }
  const stored = storedValue(write.value, date1904);
  return rebuiltCell(xml, existing, prefix, ref, style, stored.t, stored.content(prefix));
}

function inside(area: ReturnType<typeof parseArea>, row: number, col: number): boolean {
  return area !== null && row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

export function isProtected(xml: string, layout: SheetLayout): boolean {
  const protection = section(layout, "sheetProtection");
  return protection !== undefined && /^(1|true)$/.test(attr(xml, protection.open, "sheet") ?? "");
}

/**
 * The look a cell that is not in the file yet would show: its row's format when the row has
 * one (customFormat), else its column's.
 */
export function defaultStyles(xml: string, layout: SheetLayout, all: RowEl[], rows: Set<number>): (row: number, col: number) => number {
  const rowStyles = new Map<number, number>();
  for (const row of all) {
    if (!rows.has(row.r) || !/^(1|true)$/.test(attr(xml, row.el.open, "customFormat") ?? "")) continue;
    rowStyles.set(row.r, Number(attr(xml, row.el.open, "s") ?? 0));
  }
  const cols = section(layout, "cols");
  const colStyles = (cols ? children(xml, cols) : [])
    .filter((el) => isElement(el, NS.main, "col"))
    .map((el) => ({ min: Number(attr(xml, el.open, "min")), max: Number(attr(xml, el.open, "max")), style: Number(attr(xml, el.open, "style") ?? 0) }));
  return (row, col) => rowStyles.get(row) ?? colStyles.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
}

