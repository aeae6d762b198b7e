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

/**
 * A form holds something to check unless it is empty (SPEC `form-empty`: a fresh template, or a
 * form none of whose measures holds a value yet). A sheet that is not a form has nothing either.
 */
export function isChecked(report: SheetReport): boolean {
  return report.form !== null && !report.findings.some((f) => f.rule === "form-empty");
}

export interface VerdictOf {
  verdict: Verdict;
  /** Findings that count: every one not accepted by the official. */
  counts: SeverityCounts;
  /** Warnings and tips the official accepted (core/acceptances.ts): shown apart, never against the verdict. */
  accepted: SeverityCounts;
}

export function sheetVerdict(report: SheetReport): VerdictOf {
  return verdictOf([report]);
}

/** One verdict over every sheet of a file or workbook. */
export function verdictOf(reports: readonly SheetReport[]): VerdictOf {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  const accepted: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const report of reports) {
    for (const finding of report.findings) (finding.accepted ? accepted : counts)[finding.severity]++;
  }
  const verdict: Verdict = counts.error > 0 ? "fix" : reports.some(isChecked) ? "ready" : "nothing";
  return { verdict, counts, accepted };
}

/** The sheets that stand between the official and sending: those with errors, in tab order. */
export function sheetsToFix(reports: readonly SheetReport[]): string[] {
  return reports.filter((r) => r.findings.some((f) => f.severity === "error" && !f.accepted)).map((r) => r.sheet);
}
