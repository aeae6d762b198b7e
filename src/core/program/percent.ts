import { MoneyReading } from "./money";

/** Percent used: used ÷ planned × 100, one decimal, when both are valid numbers and planned > 0. */
export function percentUsed(planned: MoneyReading, used: MoneyReading): number | null {
  if (planned.kind !== "number" || used.kind !== "number" || planned.value <= 0) return null;
  const percent = Math.round((used.value / planned.value) * 1000) / 10;
  return Number.isFinite(percent) ? percent : null;
}

/**
 * Whether a typed `% використання` says the same as used ÷ planned. Published reports type it in
 * percent units with one decimal (95,3) or leave Excel's fraction under a percent format (0.953):
 * either reading counts. It agrees within what its own rounding explains: half a unit of its last
 * typed decimal (95 for 95.4, 95.3 for 95.34), never less than 0.05 (a fraction's many digits).
 * `exact` is the unrounded percentage.
 */
export function typedPercentAgrees(typed: number, exact: number): { agrees: boolean; shown: number } {
  const readings = [typed, typed * 100];
  for (const shown of readings) {
    if (Math.abs(shown - exact) <= tolerance(shown) + 1e-9) return { agrees: true, shown };
  }
  // The reading nearer the computed figure is how the cell most likely shows: 0.8 as 80 %, 75 as 75 %.
  const shown = Math.abs(typed * 100 - exact) < Math.abs(typed - exact) ? Math.round(typed * 100 * 1000) / 1000 : typed;
  return { agrees: false, shown };
}

function tolerance(shown: number): number {
  const digits = decimals(shown);
  return digits === 0 ? 0.5 : Math.max(0.05, 0.5 * 10 ** -digits);
}

function decimals(value: number): number {
  const text = String(value);
  if (/e/i.test(text)) return 20;
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}
