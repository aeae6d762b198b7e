/**
 * The look of each named template style (core/templates/types.ts CellStyle) in exceljs terms.
 * Times New Roman, as in the official documents the forms come from; thin borders on the table.
 */
import type { Borders, Fill, Font, Style } from "exceljs";
import type { CellStyle } from "../core/templates";
import { PERCENT_FORMAT } from "../core/edits";

const FONT = "Times New Roman";
const HEADER_FILL = "FFDDE6F0";
const SECTION_FILL = "FFF2F2F2";

const thin = { style: "thin" as const, color: { argb: "FF000000" } };
const table: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const font = (size: number, extra: Partial<Font> = {}): Partial<Font> => ({ name: FONT, size, ...extra });
const solid = (argb: string): Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } });

const STYLES: Record<CellStyle, Partial<Style>> = {
  title: { font: font(14, { bold: true }), alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
  subtitle: { font: font(12, { bold: true }), alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
  header: { font: font(11, { bold: true }), alignment: { horizontal: "center", vertical: "middle", wrapText: true }, border: table, fill: solid(HEADER_FILL) },
  "column-number": { font: font(9), alignment: { horizontal: "center", vertical: "middle" }, border: table },
  section: { font: font(11, { bold: true }), alignment: { horizontal: "left", vertical: "middle", wrapText: true }, border: table, fill: solid(SECTION_FILL) },
  text: { font: font(11), alignment: { horizontal: "left", vertical: "top", wrapText: true }, border: table },
  // Wrapped, so a qualitative plan ("За потребою") in a narrow value column stays readable.
  value: { font: font(11), alignment: { horizontal: "right", vertical: "top", wrapText: true }, border: table },
  percent: { font: font(11), alignment: { horizontal: "right", vertical: "top" }, border: table, numFmt: PERCENT_FORMAT },
  signature: { font: font(12), alignment: { horizontal: "left", vertical: "bottom" } },
};

/** A fresh copy each time: exceljs keeps the object it is given, and cells must not share one. */
export function templateStyle(name: CellStyle): Partial<Style> {
  return structuredClone(STYLES[name]);
}

/** Point sizes, for estimating row heights of wrapped text. */
export function fontSize(name: CellStyle): number {
  return STYLES[name].font?.size ?? 11;
}

export function isBold(name: CellStyle): boolean {
  return STYLES[name].font?.bold === true;
}

/** The conditional-format fill of a highlight ("#F8D7DA") as exceljs wants it. */
export function highlightFill(colour: string): Fill {
  return solid(`FF${colour.replace(/^#/, "").toUpperCase()}`);
}
