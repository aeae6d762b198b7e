/** The lines that end the human-readable report: the files by verdict, then one summary line. */
import type { Lang } from "../core/types";
import { counted } from "../core/messages/format";
import { verdictOf } from "../core/verdict";
import type { Verdict } from "../core/verdict";
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

/**
 * The checked files by verdict, for the office that receives dozens: «Файли: можна надсилати — 2,
 * виправити — 1». Null for fewer than two checked files, where the file's own verdict line says it.
 */
export function verdictTally(outcomes: FileOutcome[], lang: Lang): string | null {
  const { verdictTally } = uiText[lang];
  const verdicts = outcomes.flatMap((o) => (isUnreadable(o) ? [] : [verdictOf(o.reports).verdict]));
  if (verdicts.length < 2) return null;
  const order: Verdict[] = ["ready", "fix", "nothing"];
  const parts = order.filter((v) => verdicts.includes(v)).map((v) => verdictTally.part(v, verdicts.filter((w) => w === v).length));
  return `${verdictTally.heading}: ${parts.join(", ")}`;
}
