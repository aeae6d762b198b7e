/**
 * Strings a consolidation keeps past its file, copied. A reader cuts each cell's text out of the
 * whole XML part it parsed, and V8 keeps such a cut as a view that holds its parent alive: one
 * note or title kept from a centre kept that file's whole shared-strings part (~20 KB for a
 * 100-row report), so a thousand centres held twenty megabytes of XML nobody would read again.
 */
import type { CellValue } from "../grid";

/** A copy of `text` that holds nothing but itself (JSON.parse makes a fresh string). */
export function ownText(text: string): string {
  return text === "" ? text : (JSON.parse(JSON.stringify(text)) as string);
}

export function ownValue(value: CellValue): CellValue {
  return typeof value === "string" ? ownText(value) : value;
}

export function ownTextOrNull(text: string | null): string | null {
  return text === null ? null : ownText(text);
}
