/** How the pane names a finding. Pure: no React, no Excel. */
import type { Finding } from "../../core/types";

/** A stable key for a finding across re-checks. */
export function findingKey(finding: Finding): string {
  return `${finding.rule}@${finding.sheet}!${finding.cell}`;
}
