/**
 * `pokaznyk check FILE|FOLDER|PATTERN… [--json] [--report RESULT.xlsx]`: runs the engine over each
 * file's sheets and prints one report, human or JSON, and the --report workbook if asked. One bad
 * file never stops the others; it gets one line on stderr.
 */
import { stat } from "node:fs/promises";
import { applyAcceptances, checkSheet, reconcileReports, withReconciliation } from "../core";
import type { Acceptance, CheckedSheet } from "../core";
import { acceptancesIn } from "./acceptances-file";
import type { Lang, SheetReport } from "../core/types";
import { stampedOptions } from "../core/templates";
import { reportDestination, writeReport } from "./check-report";
import { paletteFor } from "./colour";
import type { FindingFilter } from "./finding-filter";
import { fileDetails, humanHead, humanTail } from "./human-output";
import type { FileDetails, HumanOptions } from "./human-output";
import type { Palette } from "./colour";
import { expandInputs } from "./inputs";
import type { CliIo } from "./io";
import { JsonDocumentWriter } from "./json-output";
import { keptFile } from "./kept-report";
import { EXIT_CANNOT, exitStatus, isUnreadable } from "./outcome";
import type { FileOutcome } from "./outcome";
import { officeText } from "./office-text";
import { isCheckReport } from "./own-output";
import { progressOn } from "./progress";
import { describeProblem, messageOf } from "./read-problem";
import type { ReadProblem } from "./read-problem";
import { sheetTitle } from "./sheet-title";
import type { StrayCells } from "../xlsx";
import { errorLine, printable } from "./terminal-text";
import { ReportRowsBuilder } from "./report-rows";
import { Spool } from "./spool";
import { nameReferences, readWorkbookFile } from "./workbook-file";

export interface CheckRequest {
  /** Files, folders (every workbook in them) and patterns (`вхідні/*.xlsx`), as given. */
  files: string[];
  json: boolean;
  /** --all: every finding on its own line in the human output. */
  all?: boolean;
  /** --plan: a workbook whose annual plan the reports are reconciled with (SPEC "Reconciliation"). */
  plan?: string;
  /** --mark-dir: where the marked copies of the files with findings go. */
  markDir?: string;
  /** --errors-only, --severity, --rule: which findings are listed (never which are counted). */
  filter?: FindingFilter;
  /** --report: the results as a workbook to sort and filter. */
  report?: string;
  /** --force: --report may replace an existing file. */
  force?: boolean;
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
  // Refused before the run, not after checking a thousand files.
  if (request.markDir !== undefined && (await isFile(request.markDir))) {
    io.stderr.write(errorLine(officeText[lang].markDirIsFile(printable(request.markDir))));
    return EXIT_CANNOT;
  }
  const destination = request.report === undefined ? null : await reportDestination(request.report, request.force === true, lang, io);
  if (request.report !== undefined && destination === null) return EXIT_CANNOT;

  // This run's own output, put inside a folder being checked, is no centre's file (own-output.ts).
  const ownPaths = [request.markDir, request.report].filter((p): p is string => p !== undefined);
  const inputs = await expandInputs(request.files, process.platform, ownPaths);
  // Said for the marked copies only: a results table is told by its sheets in any later run, a marked copy is not.
  const markDirInside = inputs.passOverInside.find((p) => p === request.markDir);
  if (markDirInside !== undefined) io.stderr.write(errorLine(officeText[lang].markDirInside(printable(markDirInside))));
  const own = [...inputs.passed];
  // The JSON run is for scripts: nothing but the document and the one-line reasons.
  const progress = progressOn(io.stderr, json ? 0 : inputs.files.length);
  const options = { filter: request.filter, skipped: inputs.skipped, own };
  const palette = paletteFor(io.stdout.isTTY);
  const human = { all: request.all, ...options };
  // Each file's output is drawn as soon as it is checked (the JSON written, the details and report
  // rows kept as text), and of the file itself only what the table of files and the end read is
  // kept: a thousand files' measures and findings held to the end were most of the run's memory.
  const document = json ? new JsonDocumentWriter(io.stdout, lang, options) : null;
  // Each file's details, set aside in order (on disk past a few hundred files) until the table of files is written.
  const details: Omit<FileDetails, "text">[] = [];
  const detailText = new Spool();
  const rows = destination === null ? null : new ReportRowsBuilder(lang);
  const outcomes: FileOutcome[] = [];
  for (const [k, input] of inputs.files.entries()) {
    progress.step(k, input.file);
    // Files are checked one after another, in the order listed, so output order is stable.
    const outcome = "problem" in input ? input : await checkInput(input.file, plans);
    if ("ownReport" in outcome) {
      own.push(outcome.file);
      continue;
    }
    document?.add(outcome);
    if (!json) {
      const { text, ...counted } = fileDetails(outcome, lang, palette, human);
      details.push(counted);
      detailText.append(text);
    }
    rows?.add(outcome);
    outcomes.push(isUnreadable(outcome) ? outcome : keptFile(outcome, request.markDir !== undefined));
  }
  progress.end();
  for (const o of outcomes) {
    if (isUnreadable(o)) io.stderr.write(errorLine(`${o.file}: ${describeProblem(o.problem, lang)}`));
  }
  if (document !== null) document.end();
  else await writeHuman(io.stdout, outcomes, { counts: details, text: detailText }, lang, palette, human);
  if (destination !== null && rows !== null) {
    if (!(await writeReport(destination, rows, lang, io))) return EXIT_CANNOT;
    // On stdout with the listing; beside a JSON document it would spoil it.
    if (!json) io.stdout.write(`${printable(officeText[lang].reportWritten(destination.path))}\n`);
  }
  // --mark-dir: each file with findings given back marked (mark-copies.ts); a copy not written is status 2.
  if (request.markDir !== undefined && !(await (await import(/* webpackMode: "eager" */ "./mark-copies")).markInto(request.markDir, outcomes, lang, io, !json, request.force === true))) return EXIT_CANNOT;
  return exitStatus(outcomes);
}

/** The human listing: the table of files, each file's details as drawn when it was checked, the last lines. */
async function writeHuman(
  stdout: CliIo["stdout"],
  outcomes: FileOutcome[],
  details: { counts: Omit<FileDetails, "text">[]; text: Spool },
  lang: Lang,
  palette: Palette,
  options: HumanOptions,
): Promise<void> {
  stdout.write(humanHead(outcomes, lang, palette));
  for await (const piece of details.text.pieces()) stdout.write(piece);
  stdout.write(humanTail(outcomes, details.counts, lang, palette, options));
}

export async function checkFile(file: string, plans: CheckedSheet[]): Promise<FileOutcome> {
  const outcome = await checkInput(file, plans, false);
  return "ownReport" in outcome ? { file, reports: [] } : outcome;
}

/** A file checked, or found to be a results table an earlier `check --report` wrote (left unchecked, named under the listing). */
async function checkInput(file: string, plans: CheckedSheet[], passReports = true): Promise<FileOutcome | { file: string; ownReport: true }> {
  const read = await checkedSheets(file, passReports);
  if ("problem" in read) return { file, problem: read.problem };
  if ("ownReport" in read) return { file, ownReport: true };
  // Each report is reconciled with an annual plan of its year: one in its own workbook, or --plan's.
  const reconciled = reconcileReports(read.sheets, [...read.sheets, ...plans]);
  const reports: SheetReport[] = read.sheets.map((s) => applyAcceptances(withReconciliation(s.report, reconciled.get(s.report.sheet)), read.acceptances, s.grid));
  // Read from the title now: the grids are not kept past this file.
  const titles = read.sheets.map(sheetTitle);
  return read.strays.length > 0 ? { file, reports, strays: read.strays, titles } : { file, reports, titles };
}

/** Every sheet of a workbook file with what checking it said, or why the file could not be checked. */
type SheetsRead = { sheets: CheckedSheet[]; strays: StrayCells[]; acceptances: Acceptance[] } | { problem: ReadProblem };
async function checkedSheets(file: string): Promise<SheetsRead>;
async function checkedSheets(file: string, passReports: boolean): Promise<SheetsRead | { ownReport: true }>;
async function checkedSheets(file: string, passReports = false): Promise<SheetsRead | { ownReport: true }> {
  const loaded = await readWorkbookFile(file);
  if (!loaded.ok) return { problem: loaded.problem };
  if (passReports && isCheckReport(loaded.grids)) return { ownReport: true };
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

/** Whether the path names something that is there and is no folder. */
async function isFile(path: string): Promise<boolean> {
  try {
    return !(await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
