import { PERCENT_FORMAT } from "../edits/formulas";
import { CellStyle, TemplateCell, TemplateSheet } from "./types";

/**
 * How each named template style looks, for every edge alike: Times New Roman as in the official
 * documents the forms come from, thin borders on the table, the header and section shaded.
 */
export interface Look {
  font: { name: string; size: number; bold: boolean };
  horizontal: "left" | "center" | "right";
  vertical: "top" | "middle" | "bottom";
  wrap: boolean;
  /** Thin black lines around and between the cells. */
  borders: boolean;
  /** "#RRGGBB". */
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
  title: look(14, true, "center", "middle", true, false),
  subtitle: look(12, true, "center", "middle", true, false),
  header: look(11, true, "center", "middle", true, true, { fill: "#DDE6F0" }),
  "column-number": look(9, false, "center", "middle", false, true),
  section: look(11, true, "left", "middle", true, true, { fill: "#F2F2F2" }),
  text: look(11, false, "left", "top", true, true),
  // Wrapped, so a qualitative plan ("За потребою") in a narrow value column stays readable.
  value: look(11, false, "right", "top", true, true),
  percent: look(11, false, "right", "top", false, true, { numberFormat: PERCENT_FORMAT }),
  signature: look(12, false, "left", "bottom", false, false),
};

/** Rows that wrap text; value and text rows of measures stay at Excel's default height. */
const WRAPPING: ReadonlySet<CellStyle> = new Set(["title", "subtitle", "header", "section"]);
const DEFAULT_HEIGHT = 15;

/**
 * Sheet row → height in points for rows whose wrapped text needs more than the default. Excel does
 * not fit the rows of merged cells (the title, the header), nor any row of a file it opens, so a
 * header without them shows one clipped line per cell.
 */
export function rowHeights(template: TemplateSheet): Map<number, number> {
  const heights = new Map<number, number>();
  const spanOf = (cell: TemplateCell) => template.merges.find((m) => m.top === cell.row && m.left === cell.col);
  const height = (row: number) => heights.get(row) ?? DEFAULT_HEIGHT;
  const wrapping = template.cells.filter((c) => WRAPPING.has(c.style) && typeof c.value === "string" && c.value !== "");
  // Cells within one row first; a cell spanning rows then gets what is still missing, shared out.
  const spanRows = (c: TemplateCell) => (spanOf(c)?.bottom ?? c.row) - c.row;
  for (const cell of [...wrapping].sort((a, b) => spanRows(a) - spanRows(b))) {
    const span = spanOf(cell) ?? { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
    const width = template.columnWidths.slice(span.left - 1, span.right).reduce((a, b) => a + b, 0);
    const needed = textHeight(String(cell.value), width, LOOKS[cell.style]);
    const rows = Array.from({ length: span.bottom - span.top + 1 }, (_, k) => span.top + k);
    const missing = needed - rows.reduce((sum, r) => sum + height(r), 0);
    if (missing > 0) for (const r of rows) heights.set(r, Math.ceil(height(r) + missing / rows.length));
  }
  return heights;
}

/** Points needed for `text` wrapped in a column `width` characters wide (Excel's width unit). */
export function textHeight(text: string, width: number, look: Look): number {
  const { size, bold } = look.font;
  // Excel's unit is the width of "0" in Calibri 11 (7 px, plus 5 px of padding per column);
  // a Times New Roman letter averages about 0.5 em, a bold one a little more.
  const columnPx = width * 7 + 5 - 6;
  const letterPx = size * (96 / 72) * (bold ? 0.53 : 0.48);
  const perLine = Math.max(1, Math.floor(columnPx / letterPx));
  const lines = text.split("\n").reduce((sum, paragraph) => sum + wrappedLines(paragraph, perLine), 0);
  return Math.ceil(lines * size * 1.2 + 4);
}

function wrappedLines(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
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
  return lines;
}
