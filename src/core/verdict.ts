/**
 * The verdict of SPEC ("The verdict"): may this file — in the add-in, this workbook — go up as it
 * is? Decided here once; the task pane and the command line only show it (as frictionless-ts keeps
 * `valid` in its report rather than in each reporter).
 */
import type { Severity, SheetReport } from "./types";

/** `fix`: an error somewhere; `nothing`: no errors, but nothing was checked; `ready`: may be sent. */
export type Verdict = "ready" | "fix" | "nothing";

export type SeverityCounts = Record<Severity, number>;

/** Most serious first: the order findings and counts are shown in. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export function countBySeverity(findings: readonly { severity: Severity }[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

export function addCounts(a: SeverityCounts, b: SeverityCounts): SeverityCounts {
  return { error: a.error + b.error, warning: a.warning + b.warning, info: a.info + b.info };
}

/**
 * A form holds something to check when it has measure rows. (A sheet that is not a form, or a
 * template nobody has filled in yet, gives the official nothing to send.)
 */
export function isChecked(report: SheetReport): boolean {
  return report.form !== null && report.measures.length > 0;
}

export interface VerdictOf {
  verdict: Verdict;
  counts: SeverityCounts;
}

export function sheetVerdict(report: SheetReport): VerdictOf {
  return verdictOf([report]);
}

/** One verdict over every sheet of a file or workbook. */
export function verdictOf(reports: readonly SheetReport[]): VerdictOf {
  let counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const report of reports) counts = addCounts(counts, countBySeverity(report.findings));
  const verdict: Verdict = counts.error > 0 ? "fix" : reports.some(isChecked) ? "ready" : "nothing";
  return { verdict, counts };
}

/** The sheets that stand between the official and sending: those with errors, in tab order. */
export function sheetsToFix(reports: readonly SheetReport[]): string[] {
  return reports.filter((r) => r.findings.some((f) => f.severity === "error")).map((r) => r.sheet);
}
