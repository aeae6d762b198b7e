/** The `rows` of a --json sheet: what was computed for each measure row, shaped by form (SPEC). */
import type { FormId, MeasureRow } from "../core/types";

export type JsonRow =
  | { row: number; number: string | null; plan: number | null; fact: number | null; percent: number | null }
  | { row: number; number: string | null; quarters: (number | null)[]; total: number | null }
  | {
      row: number;
      number: string | null;
      source: string | null;
      planned: number | null;
      financed: number | null;
      used: number | null;
      percent: number | null;
      deviation: number | null;
    }
  | { row: number; number: string | null };

export function toJsonRow(form: FormId | null, m: MeasureRow): JsonRow {
  const number = m.number ?? null;
  switch (form) {
    case "quarterly-report":
      return { row: m.row, number, plan: finiteOrNull(m.plan), fact: finiteOrNull(m.fact), percent: oneDecimal(m.percent) };
    case "annual-plan":
      return { row: m.row, number, quarters: fourQuarters(m.quarters), total: finiteOrNull(m.total) };
    case "program-execution":
      // Money in тис. грн; percent used = used (financed without a used column) ÷ planned × 100;
      // deviation in the sheet's own sign (used − planned unless its first full row says otherwise).
      return {
        row: m.row,
        number,
        source: m.source ?? null,
        planned: finiteOrNull(m.planned),
        financed: finiteOrNull(m.financed),
        used: finiteOrNull(m.used),
        percent: oneDecimal(m.percent),
        deviation: finiteOrNull(m.deviation),
      };
    default:
      return { row: m.row, number };
  }
}

/** JSON has no NaN or Infinity; anything not a finite number is "missing". */
function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** SPEC: the percentage is shown rounded to one decimal (83.3). */
function oneDecimal(value: number | null | undefined): number | null {
  const finite = finiteOrNull(value);
  return finite === null ? null : Math.round(finite * 10) / 10;
}

/** Always four slots (I..IV), so a consumer can index by quarter. */
function fourQuarters(quarters: (number | null)[] | undefined): (number | null)[] {
  return [0, 1, 2, 3].map((i) => finiteOrNull(quarters?.[i]));
}
