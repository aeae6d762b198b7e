/**
 * One exceljs cell -> the value Excel itself shows. exceljs gives formula objects, rich text
 * runs and hyperlink records; the engine wants what an official sees in the cell.
 */
import { ValueType } from "exceljs";
import type { Cell, CellValue as ExcelValue } from "exceljs";
import type { CellValue } from "../../../src/core/grid";

export function displayedValue(cell: Cell): CellValue {
  // exceljs's `cell.value` leaves out a formula's cached result when it is 0, false or ""
  // (its _copyModel keeps only truthy fields); `cell.result` has it.
  if (cell.type === ValueType.Formula) return plain((cell.result as ExcelValue | undefined) ?? null);
  return plain(cell.value);
}

/** The formula as typed in Excel ("=SUM(G5:J5)"), shared formulas translated to this cell; else null. */
export function formulaText(cell: Cell): string | null {
  if (cell.type !== ValueType.Formula) return null;
  // exceljs `formula` already slides a shared formula from its master to this cell.
  const formula = cell.formula;
  return formula ? `=${formula}` : null;
}

function plain(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  // An empty string shows as a blank cell in Excel, so it is empty here too.
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return plain(value.richText.map((run) => run.text).join(""));
  if ("hyperlink" in value) return plain(hyperlinkText(value.text));
  // Formula (own or shared): Excel shows the cached result; none cached reads as empty.
  if ("formula" in value || "sharedFormula" in value) return plain(value.result ?? null);
  return null;
}

/** exceljs types a hyperlink's text as string, but reads rich-text link labels as runs. */
function hyperlinkText(text: unknown): string {
  if (typeof text === "string") return text;
  if (typeof text === "object" && text !== null && "richText" in text && Array.isArray(text.richText)) {
    return text.richText.map((run: { text?: unknown }) => String(run.text ?? "")).join("");
  }
  return "";
}
