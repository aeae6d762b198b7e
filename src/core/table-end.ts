import { CellValue } from "./grid";
import { roleOfHeader } from "./header";
import { readValue } from "./value";

/** Roles that only a header names: a data row may mention a measure or an executor, not a «План» cell. */
const VALUE_ROLES = new Set(["plan", "fact", "q1", "q2", "q3", "q4", "total", "percent"]);
/** Share of a row's cells that must read as column wordings for the row to be a header. */
const HEADER_SHARE = 0.6;

/**
 * True when a row below the table reads as the header of a further table (SPEC "several tables on
 * one sheet"): no numbers or dates, most cells name a column, and several different ones — three,
 * or two with a value column («Бюро | План | Факт») after a blank row. Such a row ends the table
 * above; what follows is not its rows.
 */
export function isFurtherHeader(cells: readonly { value: CellValue; text: string }[], afterBlank: boolean): boolean {
  if (cells.length < 2) return false;
  // Every data row with a number or a date is out before any wording is matched: this runs on each row.
  for (const cell of cells) if (cell.value instanceof Date || readValue(cell.value).kind === "number") return false;
  const roles = new Set<string>();
  let named = 0;
  for (const cell of cells) {
    const role = roleOfHeader(cell.text);
    if (role === null) continue;
    named++;
    roles.add(role);
  }
  if (named < cells.length * HEADER_SHARE) return false;
  if (roles.size >= 3) return true;
  return afterBlank && roles.size >= 2 && [...roles].some((r) => VALUE_ROLES.has(r));
}
