/**
 * exceljs 4.4 loads a data validation over "F8:F22" as fifteen keys (F8, F9, …) sharing one
 * object, and on saving squeezes them back after sorting the addresses as text (F10 < F8): it
 * writes "F10:F22" and "F8:F22", both with the formula written for F8. Excel then checks F10
 * against F8's value. So before a loaded workbook is saved, each validation goes back to the
 * ranges it came from, one key per rectangle, with its formula moved to each rectangle's corner.
 */
import type { DataValidation, Worksheet } from "exceljs";
import { areaAddress, parseArea, type Area } from "../../core/address";
import { translateFormula } from "../../core/formula";
import { isRange, setValidationModel, validationModel } from "./sheet-parts";
import type { ValidationModel } from "./sheet-parts";

export function regroupValidations(sheet: Worksheet): void {
  const model = validationModel(sheet);
  // One loaded <dataValidation> element = one object, whatever number of keys exceljs gave it.
  const groups = new Map<DataValidation, Area[]>();
  const regrouped: ValidationModel = {};
  for (const [key, validation] of Object.entries(model)) {
    if (!validation) continue;
    // A key this code does not understand is kept exactly as exceljs has it.
    if (!isRange(key)) regrouped[key] = validation;
    else groups.set(validation, [...(groups.get(validation) ?? []), parseArea(key)]);
  }
  for (const [validation, areas] of groups) {
    const rects = rectangles(areas);
    const anchor = rects[0];
    for (const rect of rects) {
      regrouped[areaAddress(rect)] = moved(validation, rect.top - anchor.top, rect.left - anchor.left);
    }
  }
  setValidationModel(sheet, regrouped);
}

/** A validation's formulas as they read from a cell `rows` down and `cols` right of where they were written. */
function moved(validation: DataValidation, rows: number, cols: number): DataValidation {
  if (rows === 0 && cols === 0) return validation;
  const formulae = validation.formulae?.map((f: unknown) => (typeof f === "string" ? translateFormula(f, rows, cols) : f));
  return { ...validation, formulae };
}

/**
 * The cells as few rectangles as a simple sweep finds, first the one holding the top-left cell.
 * A loaded range comes back whole; only a cell-by-cell validation can give several.
 */
function rectangles(areas: Area[]): Area[] {
  const cells = new Set<string>();
  for (const a of areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) cells.add(`${r}:${c}`);
  const order = [...cells].map((k) => k.split(":").map(Number)).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const taken = new Set<string>();
  const free = (r: number, c: number) => cells.has(`${r}:${c}`) && !taken.has(`${r}:${c}`);
  const out: Area[] = [];
  for (const [top, left] of order) {
    if (!free(top, left)) continue;
    let right = left;
    while (free(top, right + 1)) right++;
    let bottom = top;
    const rowFree = (r: number) => Array.from({ length: right - left + 1 }, (_, k) => left + k).every((c) => free(r, c));
    while (rowFree(bottom + 1)) bottom++;
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) taken.add(`${r}:${c}`);
    out.push({ top, left, bottom, right });
  }
  return out;
}
