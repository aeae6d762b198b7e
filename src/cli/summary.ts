/** The one summary line that ends the human-readable report. */
import type { Lang } from "../core/types";
import { counted } from "../core/messages/format";
import { verdictOf } from "../core/verdict";
import { isUnreadable } from "./outcome";
import type { FileOutcome } from "./outcome";
import { uiText } from "./ui-text";

export function summaryLine(outcomes: FileOutcome[], lang: Lang): string {
  const { nouns, summary, unreadable } = uiText[lang];
  const reports = outcomes.flatMap((o) => (isUnreadable(o) ? [] : o.reports));
  const { counts } = verdictOf(reports);
  const unreadableCount = outcomes.filter(isUnreadable).length;
  const files = counted(outcomes.length, nouns.files, lang) + (unreadableCount > 0 ? ` (${unreadable(unreadableCount)})` : "");
  const parts = [
    files,
    counted(reports.length, nouns.sheets, lang),
    counted(counts.error, nouns.errors, lang),
    counted(counts.warning, nouns.warnings, lang),
    counted(counts.info, nouns.info, lang),
  ];
  return `${summary}: ${parts.join(", ")}`;
}
