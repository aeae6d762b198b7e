/**
 * Which sheets of a workbook make the year's annual report (issue 12, in the pane): the quarterly
 * reports of the year the official's sheet reports on. A sheet whose title names no quarter (an
 * annual report made earlier, a summary) is not a quarter and is left out rather than refused, so
 * making the annual report again does not trip over the last one.
 */
import { periodOf } from "../reconcile/reconcile";
import type { CheckedSheet } from "../reconcile/reconcile";

export interface YearQuarters {
  /** The year taken (from the chosen sheet's title or name); null when it names none. */
  year: number | null;
  /** The quarterly reports of that year, in tab order. */
  sheets: CheckedSheet[];
}

/** The quarter reports of `chosen`'s year among `sheets` (which should include `chosen`). */
export function yearQuarters(sheets: readonly CheckedSheet[], chosen: string): YearQuarters {
  const reports = sheets.filter((s) => s.report.form === "quarterly-report");
  const own = reports.find((s) => s.grid.name === chosen);
  const year = own ? periodOf(own).year : null;
  const taken = reports.filter((s) => {
    const period = periodOf(s);
    // A sheet naming no year goes with any year: its title may simply not say it.
    return period.quarter !== null && (year === null || period.year === null || period.year === year);
  });
  return { year, sheets: taken };
}
