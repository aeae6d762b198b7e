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
import { findingMessage, writeJsonPieces } from "./terminal-text";
import { catalogues } from "../core/messages";
import type { OutputStream } from "./io";
import { releaseGarbage } from "./memory";
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
  /** Those files' paths, in path order (additive). */
  skippedFiles: string[];
  /** Files left unread as Pokaznyk's own output: this run's --mark-dir or --report inside a folder checked, an earlier results table (additive). */
  ownOutputs: string[];
  /** Only with --errors-only, --severity or --rule: the findings left out of the lists (counts keep them). */
  hidden?: number;
}

export interface JsonOptions {
  filter?: FindingFilter;
  skipped?: readonly string[];
  /** Known only once every file is read (a results table is told by its sheets): give the same array, filled as the run goes. */
  own?: readonly string[];
}

export function toJsonDocument(outcomes: FileOutcome[], lang: Lang, options: JsonOptions = {}): JsonDocument {
  let hidden = 0;
  const files = outcomes.map((o): JsonFile => {
    const file = toJsonFile(o, lang, options.filter);
    hidden += file.hidden;
    return file.json;
  });
  return { files, skipped: options.skipped?.length ?? 0, skippedFiles: [...(options.skipped ?? [])], ownOutputs: [...(options.own ?? [])], ...(isFiltering(options.filter) ? { hidden } : {}) };
}

/** One file of the document, and how many of its findings the filter left out of it. */
export function toJsonFile(o: FileOutcome, lang: Lang, filter?: FindingFilter): { json: JsonFile; hidden: number } {
  if (isUnreadable(o)) return { json: { file: o.file, error: describeProblem(o.problem, lang), sheets: [] }, hidden: 0 };
  let hidden = 0;
  const { verdict, counts } = verdictOf(o.reports);
  const titles = o.titles ?? [];
  const { organisation, period } = fileTitle(o.reports, titles);
  const sheets = o.reports.map((r, k) => {
    const shown = filteredReport(r, filter);
    hidden += shown.hidden;
    // Counts are the whole sheet's, whatever the filter left in `findings`.
    return { ...toJsonSheet(shown.report, titles[k], lang), counts: sheetVerdict(r).counts, ...ignoredCells(o, r.sheet) };
  });
  return { json: { file: o.file, verdict, counts, organisation, period, sheets }, hidden };
}

/**
 * The document written file by file as each is checked, so a run of thousands keeps none of their
 * rows: the same text writeJson gives the whole document (each file written by it, re-indented
 * to its place in `files`). `skipped` is known before the first file; `hidden` comes after them.
 */
export class JsonDocumentWriter {
  private files = 0;
  private hidden = 0;
  private pending = "";

  constructor(
    private readonly stream: OutputStream,
    private readonly lang: Lang,
    private readonly options: JsonOptions = {},
  ) {}

  add(outcome: FileOutcome): void {
    // What checking a big workbook left behind goes before its rows are written (memory.ts; nothing after small ones).
    releaseGarbage();
    const file = toJsonFile(outcome, this.lang, this.options.filter);
    this.hidden += file.hidden;
    // writeJson's text ends in a newline; inside the document the file sits two levels in.
    this.emit(this.files === 0 ? '{\n  "files": [\n    ' : ",\n    ");
    writeJsonPieces({ write: (piece: string) => this.emit(piece) }, file.json, "    ", "");
    this.files++;
  }

  end(): void {
    const hidden = isFiltering(this.options.filter) ? `,\n  "hidden": ${this.hidden}` : "";
    const skipped = this.options.skipped ?? [];
    const list = (files: readonly string[]) => (files.length === 0 ? "[]" : `[\n    ${files.map((f) => JSON.stringify(f)).join(",\n    ")}\n  ]`);
    this.emit(
      `${this.files === 0 ? '{\n  "files": []' : "\n  ]"},\n  "skipped": ${skipped.length},\n  "skippedFiles": ${list(skipped)},\n  "ownOutputs": ${list(this.options.own ?? [])}${hidden}\n}\n`,
    );
    this.stream.write(this.pending);
    this.pending = "";
  }

  /** Written in pieces of about JSON_PIECE characters, as writeJson writes. */
  private emit(text: string): void {
    this.pending += text;
    if (this.pending.length < JSON_PIECE) return;
    this.stream.write(this.pending);
    this.pending = "";
  }
}

const JSON_PIECE = 1 << 16;

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
