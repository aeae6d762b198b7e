/** The one summary line that ends the human-readable report. */
import type { Finding, Lang } from "../core/types";
import { isUnreadable } from "./outcome";
import type { FileOutcome } from "./outcome";
import { counted } from "./plural";
import { uiText } from "./ui-text";

export function summaryLine(outcomes: FileOutcome[], lang: Lang): string {
  const { nouns, summary, unreadable } = uiText[lang];
  const reports = outcomes.flatMap((o) => (isUnreadable(o) ? [] : o.reports));
  const findings = reports.flatMap((r) => r.findings);
  const bySeverity = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  const unreadableCount = outcomes.filter(isUnreadable).length;
  const files = counted(outcomes.length, nouns.files, lang) + (unreadableCount > 0 ? ` (${unreadable(unreadableCount)})` : "");
  const parts = [
    files,
    counted(reports.length, nouns.sheets, lang),
    counted(bySeverity("error"), nouns.errors, lang),
    counted(bySeverity("warning"), nouns.warnings, lang),
    counted(bySeverity("info"), nouns.info, lang),
  ];
  return `${summary}: ${parts.join(", ")}`;
}
