/**
 * How each named template style (core/templates CellStyle) looks in Excel: Times New Roman as in
 * the official documents the forms come from, thin borders on the table, the header and section
 * shaded. The CLI draws the same looks with exceljs (src/cli/template-styles.ts).
 */
import type { CellStyle, TemplateCell, TemplateSheet } from "../core/templates";
import { PERCENT_FORMAT } from "../core/edits";

export interface Look {
  font: { name: string; size: number; bold: boolean };
  horizontal: "Left" | "Center" | "Right";
  vertical: "Top" | "Center" | "Bottom";
  wrap: boolean;
  /** Thin black lines around and between the cells. */
  borders: boolean;
  fill?: string;
  numberFormat?: string;
}

const FONT = "Times New Roman";
const look = (size: number, bold: boolean, horizontal: Look["horizontal"], vertical: Look["vertical"], wrap: boolean, borders: boolean, extra: Partial<Look> = {}): Look => ({
  font: { name: FONT, size, bold },
  horizontal,
  vertical,
  wrap,
  borders,
  ...extra,
});

export const LOOKS: Record<CellStyle, Look> = {
  title: look(14, true, "Center", "Center", true, false),
  subtitle: look(12, true, "Center", "Center", true, false),
  header: look(11, true, "Center", "Center", true, true, { fill: "#DDE6F0" }),
  "column-number": look(9, false, "Center", "Center", false, true),
  section: look(11, true, "Left", "Center", true, true, { fill: "#F2F2F2" }),
  text: look(11, false, "Left", "Top", true, true),
  value: look(11, false, "Right", "Top", false, true),
  percent: look(11, false, "Right", "Top", false, true, { numberFormat: PERCENT_FORMAT }),
  signature: look(12, false, "Left", "Bottom", false, false),
};

/** Excel's column width unit (the width of "0" in Calibri 11: 7 px plus 5 px padding) in points. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Styles whose text wraps in rows Excel will not size by itself (merged cells, fresh sheets). */
const WRAPPING: ReadonlySet<CellStyle> = new Set(["title", "subtitle", "header", "section"]);
const DEFAULT_HEIGHT = 15;

/**
 * Sheet row -> height in points for rows whose wrapped text needs more than the default. Excel
 * does not fit merged cells' rows (the header, the title), so the pane sizes them: words are
 * wrapped as Excel wraps them, with Times New Roman's average glyph width.
 */
export function rowHeights(template: TemplateSheet): Map<number, number> {
  const heights = new Map<number, number>();
  const spanOf = (cell: TemplateCell) => template.merges.find((m) => m.top === cell.row && m.left === cell.col);
  const height = (row: number) => heights.get(row) ?? DEFAULT_HEIGHT;
  const tall = template.cells.filter((c) => WRAPPING.has(c.style) && typeof c.value === "string" && c.value !== "");
  // One-row cells first; a cell spanning rows then gets what is still missing, shared out.
  const spanRows = (c: TemplateCell) => (spanOf(c)?.bottom ?? c.row) - c.row;
  for (const cell of tall.sort((a, b) => spanRows(a) - spanRows(b))) {
    const span = spanOf(cell) ?? { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
    const width = template.columnWidths.slice(span.left - 1, span.right).reduce((a, b) => a + b, 0);
    const needed = textHeight(String(cell.value), width, LOOKS[cell.style]);
    const rows = Array.from({ length: span.bottom - span.top + 1 }, (_, k) => span.top + k);
    const missing = needed - rows.reduce((sum, r) => sum + height(r), 0);
    if (missing > 0) for (const r of rows) heights.set(r, Math.ceil(height(r) + missing / rows.length));
  }
  return heights;
}

function textHeight(text: string, width: number, look: Look): number {
  const { size, bold } = look.font;
  const columnPx = width * 7 + 5 - 6;
  const letterPx = size * (96 / 72) * (bold ? 0.53 : 0.48);
  const perLine = Math.max(1, Math.floor(columnPx / letterPx));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (used === 0) used = word.length;
      else if (used + 1 + word.length <= perLine) used += 1 + word.length;
      else {
        lines++;
        used = word.length;
      }
      while (used > perLine) {
        lines++;
        used -= perLine;
      }
    }
  }
  return Math.ceil(lines * size * 1.2 + 4);
}
