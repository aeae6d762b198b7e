import { CellValue } from "../grid";
import { fold } from "../text";
import { readValue, ValueReading } from "../value";

/**
 * How a money cell of a programme execution report reads (SPEC: тис. грн, decimal comma). A lone
 * `х` is the published "not applicable" mark (SPEC: it fills text cells of total rows), read like
 * a dash: nothing there. A word where a sum should stand cannot be added up (`text-money`).
 */
export type MoneyReading =
  | ValueReading
  | { kind: "invalid"; reason: "text-money"; shown: string };

const NOT_APPLICABLE = /^[хx]+$/u;

export function isNotApplicable(cell: CellValue): boolean {
  return typeof cell === "string" && NOT_APPLICABLE.test(fold(cell));
}

/** Planned, financed and used money: a non-negative number, empty, a dash or `х`. */
export function readMoney(cell: CellValue): MoneyReading {
  if (isNotApplicable(cell)) return { kind: "empty", dash: true };
  const reading = readValue(cell);
  if (reading.kind === "text") return { kind: "invalid", reason: "text-money", shown: reading.text };
  return reading;
}

// "- 1153,903", "−12,5", "+ 3": the sign written apart from the digits, as published reports do.
const SIGNED_TEXT = /^([+\-‐‑–—−])\s*(.+)$/u;

/**
 * A deviation may be negative, typed as a number or as text with a space after the minus
 * (`- 1153,903`): that is a number, not an invalid value. Returns the signed number, or the
 * reading that says why there is none.
 */
export function readDeviation(cell: CellValue): MoneyReading {
  if (typeof cell === "number" && Number.isFinite(cell)) return { kind: "number", value: cell, asText: false };
  if (typeof cell === "string") {
    const signed = SIGNED_TEXT.exec(cell.trim());
    if (signed) {
      const rest = readValue(signed[2]);
      if (rest.kind === "number") return { kind: "number", value: signed[1] === "+" ? rest.value : -rest.value, asText: true };
    }
  }
  return readMoney(cell);
}
