/**
 * Heights for the rows whose text wraps (title, header, section). Excel does not fit row heights
 * when it opens a file, so a header written without them shows one clipped line per cell.
 * The estimate wraps words the way Excel does, with average glyph widths of Times New Roman.
 */
import type { CellStyle, TemplateCell, TemplateSheet } from "../core/templates";
import { fontSize, isBold } from "./template-styles";

/** Rows that wrap text; value and text rows of measures stay at Excel's default height. */
const WRAPPING: ReadonlySet<CellStyle> = new Set(["title", "subtitle", "header", "section"]);
const DEFAULT_HEIGHT = 15;

/** Sheet row -> height in points, for rows that need more than the default. */
export function rowHeights(template: TemplateSheet): Map<number, number> {
  const heights = new Map<number, number>();
  const spanOf = (cell: TemplateCell) => template.merges.find((m) => m.top === cell.row && m.left === cell.col);
  const wrapping = template.cells.filter((c) => WRAPPING.has(c.style) && typeof c.value === "string" && c.value !== "");
  const height = (row: number) => heights.get(row) ?? DEFAULT_HEIGHT;

  // Cells within one row first; a cell spanning rows then gets what is missing, shared out.
  const byRows = (cell: TemplateCell) => (spanOf(cell)?.bottom ?? cell.row) - cell.row;
  for (const cell of [...wrapping].sort((a, b) => byRows(a) - byRows(b))) {
    const span = spanOf(cell) ?? { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
    const width = template.columnWidths.slice(span.left - 1, span.right).reduce((a, b) => a + b, 0);
    const needed = textHeight(String(cell.value), width, cell.style);
    const rows = Array.from({ length: span.bottom - span.top + 1 }, (_, k) => span.top + k);
    const missing = needed - rows.reduce((sum, r) => sum + height(r), 0);
    if (missing > 0) for (const r of rows) heights.set(r, Math.ceil(height(r) + missing / rows.length));
  }
  return heights;
}

/** Points needed for `text` wrapped in a column `width` characters wide (Excel's width unit). */
export function textHeight(text: string, width: number, style: CellStyle): number {
  const size = fontSize(style);
  // Excel's unit is the width of "0" in Calibri 11 (7 px, plus 5 px of padding per column);
  // a Times New Roman letter averages about 0.5 em, a bold one a little more.
  const columnPx = width * 7 + 5 - 6;
  const letterPx = size * (96 / 72) * (isBold(style) ? 0.53 : 0.48);
  const perLine = Math.max(1, Math.floor(columnPx / letterPx));
  const lines = text.split(/\n/).reduce((sum, paragraph) => sum + wrappedLines(paragraph, perLine), 0);
  return Math.ceil(lines * size * 1.2 + 4);
}

function wrappedLines(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const length = word.length;
    if (used === 0) used = length;
    else if (used + 1 + length <= perLine) used += 1 + length;
    else { lines++; used = length; }
    while (used > perLine) { lines++; used -= perLine; }
  }
  return lines;
}
