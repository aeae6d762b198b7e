/**
 * A fake cell as the Excel API shows it (values, valueTypes, getCellProperties) and a value an
 * add-in writes as Excel takes it in (setValues, setCellProperties).
 */
import type { XlCellProperties, XlValue } from "../excel/types";
import { DEFAULT_FILL, DEFAULT_FONT_COLOR, type FakeCell, type FakeValue } from "./model";

export function excelValue(cell: FakeCell | undefined): XlValue {
  const value = cell?.value ?? null;
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return value;
}

export function valueType(cell: FakeCell | undefined): string {
  const value = cell?.value ?? null;
  if (value === null) return cell?.formula ? "String" : "Empty";
  if (typeof value === "object") return "Error";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

/** What Excel does with a value an add-in writes: it reads it like typing. */
export function typed(input: XlValue): { value: FakeValue; formula?: string } {
  if (input === null || input === undefined || input === "") return { value: null };
  if (typeof input !== "string") return { value: input as FakeValue };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.startsWith("=")) return { value: null, formula: input };
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(input)) return { value: Number(input) };
  if (/^#(REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!)$/.test(input)) return { value: { error: input } };
  return { value: input };
}

function fillOf(cell: FakeCell | undefined) {
  return cell?.style?.fill ?? DEFAULT_FILL;
}

function fontColorOf(cell: FakeCell | undefined): string {
  return cell?.style?.font?.color ?? DEFAULT_FONT_COLOR;
}

export interface CellPropertiesLoad {
  format: { fill: { color: true; pattern: true; patternColor: true }; font: { color: true } };
}

/** One cell's answer to getCellProperties: the fill and font colour asked for. */
export function cellProperties(cell: FakeCell | undefined, options: CellPropertiesLoad): XlCellProperties {
  const fill = fillOf(cell);
  const props: XlCellProperties = { format: {} };
  if (options.format.fill) props.format!.fill = { color: fill.color, pattern: fill.pattern, patternColor: fill.patternColor ?? "#000000" };
  if (options.format.font) props.format!.font = { color: fontColorOf(cell) };
  return props;
}

/** setCellProperties on one cell: a colour without a pattern is a solid fill; "None" removes the fill. */
export function applyCellProperties(cell: FakeCell, props: XlCellProperties): void {
  if (!props.format) return;
  const { fill, font } = props.format;
  if (fill) {
    const current = fillOf(cell);
    const pattern = fill.pattern ?? (fill.color ? "Solid" : current.pattern);
    const next = { ...current, ...fill, pattern };
    if (next.color) next.color = next.color.toUpperCase();
    cell.style = { ...cell.style, fill: next };
    if (pattern === "None") delete cell.style.fill;
  }
  if (font?.color) cell.style = { ...cell.style, font: { ...cell.style?.font, color: font.color.toUpperCase() } };
}
