/**
 * The default, human-readable report: file, then sheet, then findings, then one summary line.
 * File names, sheet names and messages pass through printable(): they carry the sender's text.
 */
import type { Finding, Lang, SheetReport } from "../core/types";
import { isUnreadable } from "./outcome";
import type { FileOutcome } from "./outcome";
import type { Palette } from "./colour";
import { counted, formatNumber } from "../core/messages/format";
import { verdictOf } from "../core/verdict";
import { strayLines } from "./stray-cells";
import { summaryLine } from "./summary";
import { findingMessage, printable } from "./terminal-text";
import { uiText } from "./ui-text";

export function renderHuman(outcomes: FileOutcome[], lang: Lang, palette: Palette): string {
  const lines: string[] = [];
  for (const outcome of outcomes) {
    // Unreadable files already got their one-line reason on stderr; the summary counts them.
    if (isUnreadable(outcome)) continue;
    lines.push(palette.bold(printable(outcome.file)));
    for (const report of outcome.reports) lines.push(...renderSheet(report, lang, palette), ...strayLines(outcome, report.sheet, lang));
    lines.push(`  ${verdict(outcome.reports, lang, palette)}`, "");
  }
  lines.push(summaryLine(outcomes, lang));
  return lines.join("\n") + "\n";
}

function renderSheet(report: SheetReport, lang: Lang, palette: Palette): string[] {
  const text = uiText[lang];
  const sheet = text.sheet(printable(report.sheet));
  if (report.form === null) return [`  ${sheet} — ${palette.dim(text.notAForm)}`];
  const lines = [`  ${sheet} — ${text.formRecognised(text.formNames[report.form], report.headerRow)}`];
  lines.push(`    ${tallyLine(report, lang)}`);
  const findings = [...report.findings].sort(byPosition);
  if (findings.length === 0) lines.push(`    ${palette.dim(text.noFindings)}`);
  const cellWidth = Math.max(0, ...findings.map((f) => f.cell.length));
  const severityWidth = Math.max(...Object.values(text.severity).map((s) => s.length));
  for (const f of findings) {
    const severity = palette.severity(f.severity, text.severity[f.severity].padEnd(severityWidth));
    lines.push(`    ${f.cell.padEnd(cellWidth)}  ${severity}  ${printable(oneLine(findingMessage(f, lang)))}`);
  }
  return lines;
}

/** The receiving office reads dozens of files: each ends with whether it may go up as it is. */
function verdict(reports: SheetReport[], lang: Lang, palette: Palette): string {
  const text = uiText[lang];
  const { verdict, counts } = verdictOf(reports);
  const line = text.verdict(verdict, counted(counts.error, text.nouns.errors, lang));
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
