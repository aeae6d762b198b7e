/**
 * The engine's template looks (core/templates/look.ts) in exceljs terms.
 */
import type { Borders, Fill, Style } from "exceljs";
import { LOOKS } from "../../core/templates";
import type { CellStyle, Look } from "../../core/templates";

const thin = { style: "thin" as const, color: { argb: "FF000000" } };
const table: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const argb = (colour: string) => `FF${colour.replace(/^#/, "").toUpperCase()}`;
const solid = (colour: string): Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: argb(colour) }, bgColor: { argb: argb(colour) } });

function toStyle(look: Look): Partial<Style> {
  const style: Partial<Style> = {
    font: { name: look.font.name, size: look.font.size, ...(look.font.bold ? { bold: true } : {}) },
    alignment: { horizontal: look.horizontal, vertical: look.vertical, ...(look.wrap ? { wrapText: true } : {}) },
  };
  if (look.borders) style.border = table;
  if (look.fill) style.fill = solid(look.fill);
  if (look.numberFormat) style.numFmt = look.numberFormat;
  return style;
}

/** A fresh copy each time: exceljs keeps the object it is given, and cells must not share one. */
export function templateStyle(name: CellStyle): Partial<Style> {
  return toStyle(LOOKS[name]);
}

/** The conditional-format fill of a highlight ("#F8D7DA") as exceljs wants it. */
export function highlightFill(colour: string): Fill {
  return solid(colour);
}
