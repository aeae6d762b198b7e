/**
 * `pokaznyk check FILE… [--json]`: runs the engine over each file's sheets and prints one report,
 * human or JSON. One bad file never stops the others; it gets one line on stderr.
 */
import { applyAcceptances, checkSheet, reconcileReports, withReconciliation } from "../core";
import type { Acceptance, CheckedSheet } from "../core";
import { acceptancesIn } from "./acceptances-file";
import type { Lang, SheetReport } from "../core/types";
import { stampedOptions } from "../core/templates";
import { paletteFor } from "./colour";
import { renderHuman } from "./human-output";
import type { CliIo } from "./io";
import { toJsonDocument } from "./json-output";
import { EXIT_CANNOT, exitStatus, isUnreadable } from "./outcome";
import type { FileOutcome } from "./outcome";
import { describeProblem, messageOf } from "./read-problem";
import type { ReadProblem } from "./read-problem";
import type { StrayCells } from "../xlsx";
import { errorLine, writeJson } from "./terminal-text";
import { nameReferences, readWorkbookFile } from "./workbook-file";

export interface CheckRequest {
  files: string[];
  json: boolean;
  /** --all: every finding on its own line in the human output. */
  all?: boolean;
  /** --plan: a workbook whose annual plan the reports are reconciled with (SPEC "Reconciliation"). */
  plan?: string;
  /** --mark-dir: where the marked copies of the files with findings go. */
  markDir?: string;
  lang: Lang;
}

export async function runCheck(request: CheckRequest, io: CliIo): Promise<number> {
  const { json, lang } = request;
  let plans: CheckedSheet[] = [];
  if (request.plan !== undefined) {
    const read = await checkedSheets(request.plan);
    if ("problem" in read) {
      // Without the plan asked for, the reconciliation the official expects would silently be missing.
      io.stderr.write(errorLine(`${request.plan}: ${describeProblem(read.problem, lang)}`));
      return EXIT_CANNOT;
    }
    plans = read.sheets;
  }
  const outcomes = await checkFiles(request.files, plans);
  for (const o of outcomes) {
    if (isUnreadable(o)) io.stderr.write(errorLine(`${o.file}: ${describeProblem(o.problem, lang)}`));
  }
  if (json) writeJson(io.stdout, toJsonDocument(outcomes, lang));
  else io.stdout.write(renderHuman(outcomes, lang, paletteFor(io.stdout.isTTY), { all: request.all }));
  // --mark-dir: each file with findings given back marked (mark-copies.ts); a copy not written is status 2.
  if (request.markDir !== undefined && !(await (await import(/* webpackMode: "eager" */ "./mark-copies")).markInto(request.markDir, outcomes, lang, io, !json))) return EXIT_CANNOT;
  return exitStatus(outcomes);
}

/** Files are checked one after another, in the order given, so output order is stable. */
async function checkFiles(files: string[], plans: CheckedSheet[]): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await checkFile(file, plans));
  return outcomes;
}

export async function checkFile(file: string, plans: CheckedSheet[]): Promise<FileOutcome> {
  const read = await checkedSheets(file);
  if ("problem" in read) return { file, problem: read.problem };
  // Each report is reconciled with an annual plan of its year: one in its own workbook, or --plan's.
  const reconciled = reconcileReports(read.sheets, [...read.sheets, ...plans]);
  const reports: SheetReport[] = read.sheets.map((s) => applyAcceptances(withReconciliation(s.report, reconciled.get(s.report.sheet)), read.acceptances, s.grid));
  return read.strays.length > 0 ? { file, reports, strays: read.strays } : { file, reports };
}

/** Every sheet of a workbook file with what checking it said, or why the file could not be checked. */
async function checkedSheets(file: string): Promise<{ sheets: CheckedSheet[]; strays: StrayCells[]; acceptances: Acceptance[] } | { problem: ReadProblem }> {
  const loaded = await readWorkbookFile(file);
  if (!loaded.ok) return { problem: loaded.problem };
  const sheets: CheckedSheet[] = [];
  const stamps = nameReferences(loaded.definedNames);
  for (const grid of loaded.grids) {
    try {
      sheets.push({ grid, report: checkSheet(grid, stampedOptions(stamps, grid.name)) });
    } catch (err) {
      // An engine failure on one sheet must not hide the other files; it counts as "could not check".
      return { problem: { kind: "check-failed", detail: `«${grid.name}»: ${messageOf(err)}` } };
    }
  }
  return { sheets, strays: loaded.strays, acceptances: acceptancesIn(loaded.bytes) };
}
