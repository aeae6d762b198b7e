/** How the pane orders and counts findings. Pure: no React, no Excel. */
import { ruleCatalogue } from "../../core";
import type { Finding, RuleId, Severity } from "../../core/types";
import { SEVERITIES } from "../../core/verdict";


export interface FindingGroup {
  rule: RuleId;
  severity: Severity;
  findings: Finding[];
}

/** Groups by rule: errors first, then warnings, then tips; rules in catalogue order; rows top-down. */
export function groupFindings(findings: Finding[]): FindingGroup[] {
  const order = Object.keys(ruleCatalogue) as RuleId[];
  const byRule = new Map<RuleId, Finding[]>();
  for (const finding of findings) {
    const list = byRule.get(finding.rule) ?? [];
    list.push(finding);
    byRule.set(finding.rule, list);
  }
  return [...byRule.entries()]
    .map(([rule, list]) => ({
      rule,
      severity: list[0].severity,
      findings: [...list].sort((a, b) => a.row - b.row || a.col - b.col),
    }))
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || order.indexOf(a.rule) - order.indexOf(b.rule),
    );
}

/** A stable key for a finding across re-checks. */
export function findingKey(finding: Finding): string {
  return `${finding.rule}@${finding.sheet}!${finding.cell}`;
}
