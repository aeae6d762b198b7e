import { CellValue, isCellError } from "./grid";

/**
 * How a plan, fact, quarter or total cell reads. `number` covers numbers stored as text too;
 * `text` is a qualitative wording (no digits); `invalid` is what no one can compute with.
 */
export type ValueReading =
  | { kind: "empty"; dash?: true }
  | { kind: "number"; value: number; asText: boolean }
  | { kind: "text"; text: string }
  | { kind: "invalid"; reason: "error" | "negative" | "mixed" | "not-a-number"; shown: string };

const EMPTY: ValueReading = { kind: "empty" };
const DASH: ValueReading = { kind: "empty", dash: true };

// "7", "12,5", "1 234", "1 234,5", "+3", "-2" (spaces of any kind as thousands separators).
const NUMERIC_TEXT = /^[+-]?(\d{1,3}([ \u00a0\u202f]\d{3})+|\d+)([.,]\d+)?$/;
const HAS_DIGIT = /\d/;
const DASH_ONLY = /^[-‐‑–—−]+$/;
const HAS_LETTER = /\p{L}/u;

export function readValue(cell: CellValue): ValueReading {
  if (cell === null || cell === undefined) return EMPTY;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return { kind: "invalid", reason: "error", shown: String(cell) };
    if (cell < 0) return { kind: "invalid", reason: "negative", shown: String(cell) };
    return { kind: "number", value: cell, asText: false };
  }
  if (typeof cell === "boolean") return { kind: "invalid", reason: "not-a-number", shown: cell ? "TRUE" : "FALSE" };
  if (cell instanceof Date) return { kind: "invalid", reason: "not-a-number", shown: cell.toISOString().slice(0, 10) };
  if (isCellError(cell)) return { kind: "invalid", reason: "error", shown: cell.error };
  const text = cell.trim();
  if (text === "") return EMPTY;
  // A lone dash is how officials leave a quarter blank on purpose; as a fact it answers nothing.
  if (DASH_ONLY.test(text)) return DASH;
  if (NUMERIC_TEXT.test(text)) {
    const value = Number(text.replace(/[ \u00a0\u202f+]/g, "").replace(",", "."));
    if (value < 0) return { kind: "invalid", reason: "negative", shown: text };
    return { kind: "number", value, asText: true };
  }
  if (!HAS_DIGIT.test(text)) return { kind: "text", text };
  return { kind: "invalid", reason: HAS_LETTER.test(text) ? "mixed" : "not-a-number", shown: text };
}

/** A cell's text as a person reads it (numbers as written, errors by name). */
export function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cell.error;
}
