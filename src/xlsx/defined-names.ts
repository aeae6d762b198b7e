/**
 * Defined names for the engine: every name with its formula text kept whole, plus its ranges
 * when the formula is nothing but cell or area references on named sheets, written the way
 * exceljs writes them today (`'Звіт I кв'!$A$4:$I$4`, a one-cell area as `$A$4`), so the CLI's
 * form markers read the same either way. A formula such as `SUM('План'!$K$11:$K$49)`, a
 * constant, or whole rows/columns (print titles) has no ranges.
 */
import { cellAddress, inBounds, parseCell } from "./cell-ref";
import type { SheetEntry, WrittenName } from "./workbook";

export interface DefinedName {
  name: string;
  /** Sheet-qualified areas, absolute form; empty when the formula is anything else. */
  ranges: string[];
  /** The formula as written (no leading "="). */
  formula: string;
  /** The sheet a sheet-level name belongs to; absent for workbook-level names. */
  localSheet?: string;
  /** Excel's own hidden names (`_xlnm._FilterDatabase`, add-in names). */
  hidden?: boolean;
}

export function definedNames(written: WrittenName[], sheets: SheetEntry[]): DefinedName[] {
  return written.map((w) => {
    const out: DefinedName = { name: w.name, ranges: rangesOf(w.formula), formula: w.formula };
    if (w.localSheetId !== undefined && sheets[w.localSheetId]) out.localSheet = sheets[w.localSheetId].name;
    if (w.hidden) out.hidden = true;
    return out;
  });
}

/** The references of a union formula ("'A'!$A$1:$B$2,'B'!$C$3"), or [] when it is anything else. */
export function rangesOf(formula: string): string[] {
  const items = splitUnion(formula.trim());
  if (!items) return [];
  const ranges: string[] = [];
  for (const item of items) {
    const range = normaliseReference(item.trim());
    if (!range) return [];
    ranges.push(range);
  }
  return ranges;
}

/** Splits at commas outside quotes and brackets; null when a quote is left open. */
function splitUnion(text: string): string[] | null {
  const items: string[] = [];
  let depth = 0;
  let quoted = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "," && depth === 0) {
      items.push(text.slice(from, i));
      from = i + 1;
    }
  }
  if (quoted) return null;
  items.push(text.slice(from));
  return items;
}

/** `Sheet!A1:B2` or `'My sheet'!$A$1` → exceljs's form; null for anything that is not one area on a sheet. */
function normaliseReference(item: string): string | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!:\s()]+))!(\$?[A-Za-z]{1,3}\$?\d{1,7})(?::(\$?[A-Za-z]{1,3}\$?\d{1,7}))?$/.exec(item);
  if (!m) return null;
  const sheet = m[1] ?? m[2];
  const a = parseCell(m[3]);
  const b = m[4] ? parseCell(m[4]) : a;
  if (!a || !b || !inBounds(a.row, a.col) || !inBounds(b.row, b.col)) return null;
  const top = Math.min(a.row, b.row), bottom = Math.max(a.row, b.row);
  const left = Math.min(a.col, b.col), right = Math.max(a.col, b.col);
  const prefix = /^[a-zA-Z0-9]*$/.test(sheet) ? `${sheet}!` : `'${sheet}'!`;
  const absolute = (row: number, col: number) => cellAddress(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  if (top === bottom && left === right) return `${prefix}${absolute(top, left)}`;
  return `${prefix}${absolute(top, left)}:${absolute(bottom, right)}`;
}
