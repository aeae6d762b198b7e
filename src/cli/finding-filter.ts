/**
 * `--errors-only`, `--severity error|warning|info` and `--rule ID[,ID]`: which findings the listing
 * shows. A filter narrows what is listed, never what is counted: the summary, the verdicts and the
 * exit status still see every finding, and the listing says how many the filter hid.
 */
import { SEVERITIES } from "../core/verdict";
import type { Finding, Severity, SheetReport } from "../core/types";

export interface FindingFilter {
  /** That severity and the more serious ones. */
  severity?: Severity;
  /** Only these rule ids. */
  rules?: readonly string[];
}

export function isFiltering(filter: FindingFilter | undefined): filter is FindingFilter {
  return filter !== undefined && (filter.severity !== undefined || filter.rules !== undefined);
}

export function shows(filter: FindingFilter | undefined, finding: Finding): boolean {
  if (!isFiltering(filter)) return true;
  if (filter.severity !== undefined && SEVERITIES.indexOf(finding.severity) > SEVERITIES.indexOf(filter.severity)) return false;
  return filter.rules === undefined || filter.rules.includes(finding.rule);
}

/** The report with only the findings the filter shows, and how many it hid. */
export function filteredReport(report: SheetReport, filter: FindingFilter | undefined): { report: SheetReport; hidden: number } {
  if (!isFiltering(filter)) return { report, hidden: 0 };
  const findings = report.findings.filter((f) => shows(filter, f));
  return { report: findings.length === report.findings.length ? report : { ...report, findings }, hidden: report.findings.length - findings.length };
}
