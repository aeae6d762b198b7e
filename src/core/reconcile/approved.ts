import { valueFor } from "../cells";
import { SheetView } from "../sheet-view";
import { ColumnMap } from "../types";
import { readValue } from "../value";
import type { QuarterNumber } from "./period";

/**
 * What the approved plan sets for a measure in the report's period: a number (the quarter's
 * target, or the sum of the quarters up to it for a running total), a qualitative wording, null
 * when nothing is planned for the period, or undefined when the plan cannot say (no column for
 * the quarter, an invalid value already flagged on the plan).
 */
export type Approved = number | { text: string } | null | undefined;

const QUARTERS = ["q1", "q2", "q3", "q4"] as const;

export function approvedValue(plan: SheetView, columns: ColumnMap, row: number, quarter: QuarterNumber, cumulative: boolean): Approved {
  const first = cumulative ? 1 : quarter;
  let sum: number | null = null;
  let text: string | null = null;
  for (let q = first; q <= quarter; q++) {
    const col = columns[QUARTERS[q - 1]];
    if (col === undefined) return undefined;
    const reading = readValue(valueFor(plan, row, col));
    if (reading.kind === "invalid") return undefined;
    if (reading.kind === "number") sum = (sum ?? 0) + reading.value;
    else if (reading.kind === "text") text ??= reading.text;
  }
  // A word among numbers is invalid on the plan (value-invalid there): nothing to compare with.
  if (sum !== null && text !== null) return undefined;
  if (sum !== null) return sum;
  return text !== null ? { text } : null;
}

/** The same for a checked plan sheet's measure row. */
export function approvedValueFor(plan: { grid: import("../grid").SheetGrid; report: { columns: ColumnMap } }, row: number, quarter: QuarterNumber, cumulative: boolean): Approved {
  return approvedValue(new SheetView(plan.grid), plan.report.columns, row, quarter, cumulative);
}
