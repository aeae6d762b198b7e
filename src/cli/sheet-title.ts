/**
 * Whose sheet it is and what period it covers, read once from its title while the grid is still
 * at hand (the grids are not kept: a run over a thousand files holds only what it reports).
 * The period is reconciliation's reading (core/reconcile/period.ts); for a plan only its year.
 */
import { organisationOf, periodOf } from "../core";
import type { CheckedSheet, SheetReport } from "../core";

export interface SheetPeriod {
  year: number | null;
  /** The last quarter a report covers; null for a plan or a title that names none. */
  quarter: 1 | 2 | 3 | 4 | null;
  /** A report's figures run from the start of the year (`з початку року`, `за 9 місяців`). */
  cumulative: boolean;
}

export interface SheetTitle {
  organisation: string | null;
  period: SheetPeriod | null;
}

export function sheetTitle(sheet: CheckedSheet): SheetTitle {
  const { form, headerRow } = sheet.report;
  return { organisation: organisationOf(sheet.grid, headerRow), period: form === null ? null : periodIn(sheet) };
}

function periodIn(sheet: CheckedSheet): SheetPeriod | null {
  const read = periodOf(sheet);
  const period: SheetPeriod =
    sheet.report.form === "quarterly-report" ? { year: read.year, quarter: read.quarter, cumulative: read.cumulative } : { year: read.year, quarter: null, cumulative: false };
  return period.year === null && period.quarter === null ? null : period;
}

/**
 * The file's organisation and period: its first form's that names them (a cover sheet's title
 * names the centre too), so a workbook of a report and its plan reads as the report's.
 */
export function fileTitle(reports: readonly SheetReport[], titles: readonly SheetTitle[]): SheetTitle {
  const order = reports.map((r, k) => ({ form: r.form !== null, title: titles[k] })).sort((a, b) => Number(b.form) - Number(a.form));
  return {
    organisation: order.find((o) => o.title?.organisation)?.title.organisation ?? null,
    period: order.find((o) => o.title?.period)?.title.period ?? null,
  };
}
