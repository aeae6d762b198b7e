/** The --json document of SPEC "The command line contract": the shape other tools consume. */
import type { Finding, Lang, SheetReport } from "../core/types";
import { sheetVerdict, verdictOf } from "../core/verdict";
import type { SeverityCounts, Verdict } from "../core/verdict";
import { toJsonRow } from "./json-rows";
import type { JsonRow } from "./json-rows";
import { isUnreadable } from "./outcome";
import type { FileOutcome } from "./outcome";
import { describeProblem } from "./read-problem";
import { ignoredCells } from "./stray-cells";
import { findingMessage } from "./terminal-text";
import { catalogues } from "../core/messages";
import { filteredReport, isFiltering } from "./finding-filter";
import type { FindingFilter } from "./finding-filter";
import { fileTitle } from "./sheet-title";
import type { SheetPeriod, SheetTitle } from "./sheet-title";

export interface JsonFinding {
  rule: string;
  severity: string;
  cell: string;
  row: number;
  message: string;
  /** Only on a warning or tip the official accepted (its cell unchanged since): why and when. */
  accepted?: { reason: string; at: string };
}

/** Findings by severity, accepted ones left out: what the verdict is decided on (SPEC, additive). */
export type JsonCounts = SeverityCounts;

/** A sheet's or file's period (additive): reconciliation's reading of the title; a plan's has only the year. */
export type JsonPeriod = SheetPeriod;

export interface JsonSheet {
  sheet: string;
  form: string | null;
  headerRow: number | null;
  /** The centre or body the title names, as written (additive); null when it names none. */
  organisation: string | null;
  period: JsonPeriod | null;
  counts: JsonCounts;
  findings: JsonFinding[];
  rows: JsonRow[];
  /** A sheet that is not a form but nearly one: which, where its header ends, what it lacks, said in one line (additive). */
  nearly?: { form: string; headerRow: number; missing: string[]; message: string };
  /** Far cells left out of the sheet's grid and not checked (additive; only when there are any). */
  ignoredCells?: { count: number; cells: string[] };
}

/**
 * A checked file carries its `verdict` and `counts` (SPEC "The verdict"). An unreadable file carries
 * `error` (the same one-line reason as on stderr), no sheets, and neither a verdict nor counts:
 * nothing was checked, so a script must not take it for `nothing` nor sum zeros for it.
 */
export interface JsonFile {
  file: string;
  error?: string;
  verdict?: Verdict;
  counts?: JsonCounts;
  /** The file's organisation and period: its first form's that names them (additive). */
  organisation?: string | null;
  period?: JsonPeriod | null;
  sheets: JsonSheet[];
}

export interface JsonDocument {
  files: JsonFile[];
  /** Files in the folders or patterns given that are not workbooks, left unread (additive). */
  skipped: number;
  /** Only with --errors-only, --severity or --rule: the findings left out of the lists (counts keep them). */
  hidden?: number;
}

export interface JsonOptions {
  filter?: FindingFilter;
  skipped?: number;
}

export function toJsonDocument(outcomes: FileOutcome[], lang: Lang, options: JsonOptions = {}): JsonDocument {
  let hidden = 0;
  const files = outcomes.map((o): JsonFile => {
    if (isUnreadable(o)) return { file: o.file, error: describeProblem(o.problem, lang), sheets: [] };
    const { verdict, counts } = verdictOf(o.reports);
    const titles = o.titles ?? [];
    const { organisation, period } = fileTitle(o.reports, titles);
    const sheets = o.reports.map((r, k) => {
      const shown = filteredReport(r, options.filter);
      hidden += shown.hidden;
      // Counts are the whole sheet's, whatever the filter left in `findings`.
      return { ...toJsonSheet(shown.report, titles[k], lang), counts: sheetVerdict(r).counts, ...ignoredCells(o, r.sheet) };
    });
    return { file: o.file, verdict, counts, organisation, period, sheets };
  });
  return { files, skipped: options.skipped ?? 0, ...(isFiltering(options.filter) ? { hidden } : {}) };
}

function toJsonSheet(report: SheetReport, title: SheetTitle | undefined, lang: Lang): JsonSheet {
  return {
    sheet: report.sheet,
    form: report.form,
    headerRow: report.headerRow,
    organisation: title?.organisation ?? null,
    period: title?.period ?? null,
    counts: sheetVerdict(report).counts,
    // Every finding, one by one, accepted ones too: JSON is never grouped (scripts count and filter).
    findings: report.findings.map((f) => toJsonFinding(f, lang)),
    rows: report.measures.map((m) => toJsonRow(report.form, m)),
    ...(report.nearly ? { nearly: { ...report.nearly, message: catalogues[lang].nearly(report.nearly) } } : {}),
  };
}

function toJsonFinding(finding: Finding, lang: Lang): JsonFinding {
  const json: JsonFinding = { rule: finding.rule, severity: finding.severity, cell: finding.cell, row: finding.row, message: findingMessage(finding, lang) };
  if (finding.accepted) json.accepted = { reason: finding.accepted.reason, at: finding.accepted.at };
  return json;
}
