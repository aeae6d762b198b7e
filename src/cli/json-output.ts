/** The --json document of SPEC "The command line contract": the shape other tools consume. */
import type { Finding, Lang, SheetReport } from "../core/types";
import { toJsonRow } from "./json-rows";
import type { JsonRow } from "./json-rows";
import { isUnreadable } from "./outcome";
import type { FileOutcome } from "./outcome";
import { describeProblem } from "./read-problem";
import { ignoredCells } from "./stray-cells";
import { findingMessage } from "./terminal-text";

export interface JsonFinding {
  rule: string;
  severity: string;
  cell: string;
  row: number;
  message: string;
}

export interface JsonSheet {
  sheet: string;
  form: string | null;
  headerRow: number | null;
  findings: JsonFinding[];
  rows: JsonRow[];
  /** Far cells left out of the sheet's grid and not checked (additive; only when there are any). */
  ignoredCells?: { count: number; cells: string[] };
}

/** An unreadable file carries `error` (the same one-line reason as on stderr) and no sheets. */
export interface JsonFile {
  file: string;
  error?: string;
  sheets: JsonSheet[];
}

export interface JsonDocument {
  files: JsonFile[];
}

export function toJsonDocument(outcomes: FileOutcome[], lang: Lang): JsonDocument {
  return {
    files: outcomes.map((o): JsonFile =>
      isUnreadable(o)
        ? { file: o.file, error: describeProblem(o.problem, lang), sheets: [] }
        : { file: o.file, sheets: o.reports.map((r) => ({ ...toJsonSheet(r, lang), ...ignoredCells(o, r.sheet) })) },
    ),
  };
}

function toJsonSheet(report: SheetReport, lang: Lang): JsonSheet {
  return {
    sheet: report.sheet,
    form: report.form,
    headerRow: report.headerRow,
    findings: report.findings.map((f) => toJsonFinding(f, lang)),
    rows: report.measures.map((m) => toJsonRow(report.form, m)),
  };
}

function toJsonFinding(finding: Finding, lang: Lang): JsonFinding {
  return { rule: finding.rule, severity: finding.severity, cell: finding.cell, row: finding.row, message: findingMessage(finding, lang) };
}
