import { MoneyReading } from "./money";

/** How a sheet writes its deviation: used − planned (overspend positive) or planned − used. */
export type DeviationSign = "used-minus-planned" | "planned-minus-used";

const TOLERANCE = 0.001;

export interface MoneyRow {
  planned: MoneyReading;
  used: MoneyReading;
  deviation: MoneyReading;
}

/**
 * SPEC `deviation-mismatch`: the sheet's first row with all three numbers decides the sign. A row
 * whose used equals its planned cannot tell the two apart, so the first row that can decides;
 * used − planned where none can, or where the deciding row matches neither.
 */
export function sheetSign(rows: Iterable<MoneyRow>): DeviationSign {
  for (const { planned, used, deviation } of rows) {
    if (planned.kind !== "number" || used.kind !== "number" || deviation.kind !== "number") continue;
    if (Math.abs(used.value - planned.value) <= TOLERANCE) continue;
    return Math.abs(deviation.value - (planned.value - used.value)) <= TOLERANCE ? "planned-minus-used" : "used-minus-planned";
  }
  return "used-minus-planned";
}

/** The deviation the sheet's sign gives, as its formula computes it (no rounding). */
export function deviationOf(planned: number, used: number, sign: DeviationSign): number {
  return sign === "used-minus-planned" ? used - planned : planned - used;
}

export function deviationDiffers(typed: number, expected: number): boolean {
  // Money to three decimals (гривні in тис. грн): a difference past 0.001 is a different figure.
  return Math.abs(typed - expected) > TOLERANCE + 1e-9;
}
