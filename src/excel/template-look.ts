/**
 * The engine's template looks (core/templates/look.ts) in Office.js terms: Excel names its
 * alignments "Center" and "Top" where the engine says "center" and "top".
 */
import type { Look } from "../core/templates";

export { LOOKS, rowHeights } from "../core/templates";
export type { Look };

const HORIZONTAL: Record<Look["horizontal"], "Left" | "Center" | "Right"> = { left: "Left", center: "Center", right: "Right" };
const VERTICAL: Record<Look["vertical"], "Top" | "Center" | "Bottom"> = { top: "Top", middle: "Center", bottom: "Bottom" };

export function excelAlignment(look: Look): { horizontal: "Left" | "Center" | "Right"; vertical: "Top" | "Center" | "Bottom" } {
  return { horizontal: HORIZONTAL[look.horizontal], vertical: VERTICAL[look.vertical] };
}

/** Excel's column width unit (the width of "0" in Calibri 11: 7 px plus 5 px padding) in points. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
