/**
 * The default, human-readable report: with two files or more, one line per file first (summary.ts);
 * then file, sheet, findings (narrowed by a --severity or --rule filter, which says what it hid),
 * then one summary line.
 * Findings of one rule repeated over many cells of a sheet (core/groups.ts, from GROUP_MIN) are
 * one line with the cells as ranges and a count, unless `--all` asks for every one; JSON is never
 * grouped. File names, sheet names and messages pass through printable(): they carry the sender's text.
 */
import type { Finding, Lang, SheetReport } from "../core/types";
import { groupFindings, groupSummary } from "../core/groups";
import type { FindingGroup } from "../core/groups";
import { isUnreadable } from "./outcome";
import type { FileOutcome } from "./outcome";
import type { Palette } from "./colour";
import { counted, formatNumber } from "../core/messages/format";
import { sheetsToFix, verdictOf } from "../core/verdict";
import { computeFixFor } from "./fix-hints";
import { strayLines } from "./stray-cells";
import { fileLines, summaryLine, verdictTally } from "./summary";
import { filteredReport, isFiltering } from "./finding-filter";
import type { FindingFilter } from "./finding-filter";
import { officeText } from "./office-text";
import { cutQuote, findingMessage, printable } from "./terminal-text";
import { uiText } from "./ui-text";
import { catalogues } from "../core/messages";

export interface HumanOptions {
  /** `--all`: every finding on its own line, none grouped. */
  all?: boolean;
  /** --errors-only, --severity, --rule: which findings the details list. */
  filter?: FindingFilter;
  /** Files in the folders given that are not workbooks, left unread. */
  skipped?: readonly string[];
  /** Files left unread as Pokaznyk's own output (own-output.ts). */
  own?: readonly string[];
}

/** A grouped line names at most this many ranges of cells, then "…" (its count says how many cells). */
const RANGES_SHOWN = 3;
/** The widest cell column of a listing, in characters. */
const PLACE_MAX = 20;

export function renderHuman(outcomes: FileOutcome[], lang: Lang, palette: Palette, options: HumanOptions = {}): string {
  const details = outcomes.map((o) => fileDetails(o, lang, palette, options));
  return humanHead(outcomes, lang, palette) + details.map((d) => d.text).join("") + humanTail(outcomes, details, lang, palette, options);
}

/** What one file adds to the listing below the table of files, and what the lines at the end count of it. */
export interface FileDetails {
  /** Its lines, each ending in a newline; "" for an unreadable file or one the filter left nothing of. */
  text: string;
  /** Whether some of its lines stand for a group of findings. */
  grouped: boolean;
  /** Its findings the filter left out. */
  hidden: number;
}

/**
 * One file's details, drawn as soon as it is checked: `check` keeps this text, not the file's
 * findings and measures, until the table of files above it can be written.
 */
export function fileDetails(outcome: FileOutcome, lang: Lang, palette: Palette, options: HumanOptions = {}): FileDetails {
  const { filter } = options;
  const filtering = isFiltering(filter);
  // Unreadable files already got their one-line reason on stderr; the summary counts them.
  if (isUnreadable(outcome)) return { text: "", grouped: false, hidden: 0 };
  const shown = outcome.reports.map((report) => filteredReport(report, filter));
  const hidden = shown.reduce((sum, s) => sum + s.hidden, 0);
  // Filtered, a file or sheet with nothing left to show is left out: the table above has its verdict.
  if (filtering && shown.every((s) => s.report.findings.length === 0)) return { text: "", grouped: false, hidden };
  const lines = [palette.bold(printable(outcome.file))];
  let grouped = false;
  for (const { report } of shown) {
    if (filtering && report.findings.length === 0) continue;
    const sheet = renderSheet(report, lang, palette, options.all === true);
    grouped ||= sheet.grouped;
    lines.push(...sheet.lines, ...strayLines(outcome, report.sheet, lang));
  }
  lines.push(`  ${verdict(outcome.reports, lang, palette)}`, "");
  // join() makes one flat string: kept, it holds none of the pieces (cell text) it was made of.
  return { text: `${lines.join("\n")}\n`, grouped, hidden };
}

/** The table of files, one line each, that comes before any detail (with two files or more). */
export function humanHead(outcomes: readonly FileOutcome[], lang: Lang, palette: Palette): string {
  // The office reads the table of files first, then looks into the files it needs to.
  return outcomes.length > 1 ? `${fileLines(outcomes, lang, palette).join("\n")}\n\n` : "";
}

/** The lines after the details: the notes they need, the files by verdict, the summary line. */
export function humanTail(outcomes: FileOutcome[], details: readonly Omit<FileDetails, "text">[], lang: Lang, palette: Palette, options: HumanOptions = {}): string {
  const office = officeText[lang];
  const lines: string[] = [];
  const hidden = details.reduce((sum, d) => sum + d.hidden, 0);
  // Said once, where it is needed: how to see each cell of the grouped lines.
  if (details.some((d) => d.grouped)) lines.push(palette.dim(uiText[lang].groupedNote), "");
  if (hidden > 0) lines.push(palette.dim(office.hidden(counted(hidden, office.nouns.findings, lang))));
  if (options.skipped?.length) lines.push(namedLine(options.skipped, officeText[lang].skipped));
  if (options.own?.length) lines.push(namedLine(options.own, officeText[lang].own));
  const tally = verdictTally(outcomes, lang);
  if (tally !== null) lines.push(tally);
  lines.push(summaryLine(outcomes, lang));
  return `${lines.join("\n")}\n`;
}

/** Files left unread are named up to this many: enough to spot a report sent as .xls, short for a folder of scans. */
const FILES_NAMED = 3;

/** How many files were left unread, and which: a report sent as .xls or .ods should not pass unseen. */
function namedLine(files: readonly string[], say: (count: number, named: string[], more: number) => string): string {
  const named = files.slice(0, FILES_NAMED);
  return printable(say(files.length, named, files.length - named.length));
}

/** One line of a sheet's listing: a finding, or a group of them shown as one. */
type Entry = { kind: "finding"; finding: Finding } | { kind: "group"; group: FindingGroup };

function renderSheet(report: SheetReport, lang: Lang, palette: Palette, all: boolean): { lines: string[]; grouped: boolean } {
  const text = uiText[lang];
  const sheet = text.sheet(printable(report.sheet));
  if (report.form === null) {
    const lines = [`  ${sheet} — ${palette.dim(text.notAForm)}`];
    // What the sheet nearly is and lacks, so the official knows which column to rename.
    if (report.nearly) lines.push(`    ${printable(catalogues[lang].nearly(report.nearly))}`);
    return { lines, grouped: false };
  }
  const lines = [`  ${sheet} — ${text.formRecognised(text.formNames[report.form], report.headerRow)}`];
  lines.push(`    ${tallyLine(report, lang)}`);
  if (report.findings.length === 0) lines.push(`    ${palette.dim(text.noFindings)}`);
  const entries = entriesOf(report, all);
  const places = entries.map((e) => (e.kind === "finding" ? e.finding.cell : rangeList(e.group)));
  // One column for cells and ranges, as wide as the widest up to PLACE_MAX: a longer range list overflows it.
  const placeWidth = Math.max(0, ...places.map((p) => p.length).filter((n) => n <= PLACE_MAX));
  const severityWidth = Math.max(...Object.values(text.severity).map((s) => s.length));
  entries.forEach((entry, k) => {
    const first = entry.kind === "finding" ? entry.finding : entry.group.findings[0];
    const severity = palette.severity(first.severity, text.severity[first.severity].padEnd(severityWidth));
    const what = entry.kind === "finding" ? oneLine(findingMessage(entry.finding, lang)) : groupLine(entry.group, lang);
    const reason = entry.kind === "finding" && first.accepted ? cutQuote(oneLine(first.accepted.reason)) : null;
    const accepted = first.accepted ? ` ${palette.dim(printable(`(${text.accepted(reason)})`))}` : "";
    lines.push(`    ${printable(places[k]).padEnd(placeWidth)}  ${severity}  ${printable(what)}${accepted}`);
  });
  return { lines, grouped: entries.some((e) => e.kind === "group") };
}

/**
 * The sheet's findings top-down, left to right; unless `all`, each repeated group (GROUP_MIN or
 * more of one rule) is one entry standing where its first cell is.
 */
function entriesOf(report: SheetReport, all: boolean): Entry[] {
  const groups = all ? [] : groupFindings(report.findings, [report]).filter((g) => g.repeated);
  const inGroup = new Set(groups.flatMap((g) => g.findings));
  const entries: Entry[] = [
    ...report.findings.filter((f) => !inGroup.has(f)).map((finding): Entry => ({ kind: "finding", finding })),
    ...groups.map((group): Entry => ({ kind: "group", group })),
  ];
  const at = (e: Entry) => (e.kind === "finding" ? e.finding : e.group.findings[0]);
  return entries.sort((a, b) => byPosition(at(a), at(b)));
}

/** "F6:F17, G6:G17" or "D12, D15, D18, …": the group's cells, cut after RANGES_SHOWN ranges. */
function rangeList(group: FindingGroup): string {
  const shown = group.ranges.slice(0, RANGES_SHOWN).join(", ");
  return group.ranges.length > RANGES_SHOWN ? `${shown}, …` : shown;
}

/** «Числа збережено як текст: 24 клітинки у стовпцях «План», «Факт»», and the compute command that fixes them, if there is one. */
function groupLine(group: FindingGroup, lang: Lang): string {
  const text = uiText[lang];
  const summary = groupSummary(group, lang);
  const fix = group.accepted ? null : computeFixFor(group.findings);
  return fix === null ? summary : `${summary} — ${text.fixWith(fix)}`;
}

/** The receiving office reads dozens of files: each ends with whether it may go up as it is. */
function verdict(reports: SheetReport[], lang: Lang, palette: Palette): string {
  const text = uiText[lang];
  const { verdict, counts, accepted } = verdictOf(reports);
  const acceptedCount = accepted.warning + accepted.info;
  const line = text.verdict({
    verdict,
    errors: counted(counts.error, text.nouns.errors, lang),
    warnings: counts.warning > 0 ? counted(counts.warning, text.nouns.warnings, lang) : null,
    accepted: acceptedCount > 0 ? counted(acceptedCount, text.nouns.findings, lang) : null,
    // In a workbook of several sheets, which of them stand between the official and sending.
    sheets: reports.length > 1 ? sheetsToFix(reports).map(printable) : [],
    why: reports.some((r) => r.form !== null) ? "empty-form" : "no-form",
  });
  if (verdict === "fix") return palette.severity("error", line);
  return verdict === "ready" ? palette.bold(line) : palette.dim(line);
}

function tallyLine(report: SheetReport, lang: Lang): string {
  const text = uiText[lang];
  const parts = [counted(report.measures.length, text.measures, lang)];
  const execution = report.rollup?.sheet?.execution;
  if (typeof execution === "number") parts.push(text.execution(formatNumber(execution, lang, { fractionDigits: 1 })));
  return parts.join(", ");
}

function byPosition(a: Finding, b: Finding): number {
  return a.row - b.row || a.col - b.col;
}

/** A message is one line in this listing even if a template holds a line break. */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, " ");
}
