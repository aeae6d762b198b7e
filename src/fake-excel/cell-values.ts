/**
 * A fake cell's value as the Excel API shows it (values, valueTypes) and a value an add-in writes
 * as Excel takes it in. Its look (getCellProperties, setCellProperties) is in ./cell-properties.
 */
import type { XlValue } from "../excel/types";
import type { FakeCell, FakeValue } from "./model";

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
