/**
 * The lines that frame the human-readable report: one line per file before the details, and at
 * the end the files by verdict, then one summary line.
 */
import type { Lang, SheetReport } from "../core/types";
import { counted, formatNumber } from "../core/messages/format";
import { verdictOf } from "../core/verdict";
import type { Verdict } from "../core/verdict";
import type { Palette } from "./colour";
import { officeText } from "./office-text";
import { isUnreadable } from "./outcome";
import type { FileOutcome } from "./outcome";
import { describeProblem } from "./read-problem";
import { fileTitle } from "./sheet-title";
import type { SheetTitle } from "./sheet-title";
import { printable } from "./terminal-text";
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
  // Every file named counts: one that could not be read is no less the office's to chase.
  const unreadable = outcomes.length - verdicts.length;
  if (outcomes.length < 2 || verdicts.length === 0) return null;
  const order: Verdict[] = ["ready", "fix", "nothing"];
  const parts = order.filter((v) => verdicts.includes(v)).map((v) => verdictTally.part(v, verdicts.filter((w) => w === v).length));
  if (unreadable > 0) parts.push(verdictTally.unreadable(unreadable));
  return `${verdictTally.heading}: ${parts.join(", ")}`;
}

/**
 * Mean execution over the measures of all these sheets, each capped at 100 % and rounded to one
 * decimal: the sheet roll-up's own measure (core/rollup.ts), taken over the whole file.
 */
export function executionOf(reports: readonly SheetReport[]): number | null {
  let capped = 0;
  let executed = 0;
  for (const report of reports) {
    for (const m of report.measures) {
      if (typeof m.percent !== "number" || !Number.isFinite(m.percent)) continue;
      capped += Math.min(m.percent, 100);
      executed++;
    }
  }
  return executed > 0 ? Math.round((capped / executed) * 10) / 10 : null;
}

/**
 * A summary line's longest file name and organisation, in characters. A longer path keeps its end
 * (the file's own name tells the files apart), a longer organisation its start.
 */
const FILE_MAX = 60;
const ORGANISATION_MAX = 48;

/**
 * One line per file, before any detail, for the office that receives dozens: its verdict mark,
 * name, organisation, form and period, errors and warnings, and overall execution. An unreadable
 * file has its line too, so the lines are the files, in order.
 */
export function fileLines(outcomes: readonly FileOutcome[], lang: Lang, palette: Palette): string[] {
  const text = officeText[lang];
  const names = outcomes.map((o) => keepEnd(printable(o.file), FILE_MAX));
  const organisations = outcomes.map((o) => (isUnreadable(o) ? "" : cut(printable(fileTitle(o.reports, o.titles ?? []).organisation ?? "—"), ORGANISATION_MAX)));
  const nameWidth = Math.max(...names.map((n) => n.length));
  const columns = outcomes.map((o, k) => (isUnreadable(o) ? null : fileColumns(o.reports, o.titles ?? [], organisations[k], lang)));
  // Each column as wide as its widest entry, so the office's eye runs down a column.
  const widths = [0, 1, 2].map((i) => Math.max(0, ...columns.map((c) => (c === null ? 0 : c.parts[i].length))));
  return outcomes.map((o, k) => {
    const name = names[k].padEnd(nameWidth);
    const c = columns[k];
    if (isUnreadable(o) || c === null) return palette.severity("error", `! ${name}  ${isUnreadable(o) ? text.unreadable(describeProblem(o.problem, lang)) : ""}`);
    const parts = c.parts.map((p, i) => (i < widths.length && i < c.parts.length - 1 ? p.padEnd(widths[i]) : p));
    const line = `${MARK[c.verdict]} ${name}  ${parts.join("  ")}`.trimEnd();
    return c.verdict === "fix" ? palette.severity("error", line) : c.verdict === "ready" ? line : palette.dim(line);
  });
}

/** A checked file's columns: organisation, form and period, errors and warnings, execution (if any). */
function fileColumns(reports: SheetReport[], titles: SheetTitle[], organisation: string, lang: Lang): { verdict: Verdict; parts: string[] } {
  const text = officeText[lang];
  const { nouns } = uiText[lang];
  const { verdict, counts } = verdictOf(reports);
  const { period } = fileTitle(reports, titles);
  const form = reports.find((r) => r.form !== null)?.form ?? null;
  const what = form === null ? text.noForm : [text.formShort[form], period ? text.period(period) : ""].filter((s) => s !== "").join(" ");
  const execution = executionOf(reports);
  const parts = [organisation, what, `${counted(counts.error, nouns.errors, lang)}, ${counted(counts.warning, nouns.warnings, lang)}`];
  if (execution !== null) parts.push(text.execution(formatNumber(execution, lang, { fractionDigits: 1 })));
  return { verdict, parts };
}

const MARK: Record<Verdict, string> = { ready: "✔", fix: "✘", nothing: "○" };

function keepEnd(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `…${chars.slice(chars.length - max + 1).join("")}`;
}

function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
