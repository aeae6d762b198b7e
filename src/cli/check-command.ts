/**
 * `pokaznyk check FILE… [--json]`: runs the engine over each file's sheets and prints one report,
 * human or JSON. One bad file never stops the others; it gets one line on stderr.
 */
import { checkSheet } from "../core";
import type { Lang, SheetReport } from "../core/types";
import { stampedOptions } from "../core/templates";
import { paletteFor } from "./colour";
import { renderHuman } from "./human-output";
import type { CliIo } from "./io";
import { toJsonDocument } from "./json-output";
import { exitStatus, isUnreadable } from "./outcome";
import type { FileOutcome } from "./outcome";
import { describeProblem, messageOf } from "./read-problem";
import { errorLine, writeJson } from "./terminal-text";
import { nameReferences, readWorkbookFile } from "./workbook-file";

export interface CheckRequest {
  files: string[];
  json: boolean;
  /** --all: every finding on its own line in the human output. */
  all?: boolean;
  lang: Lang;
}

export async function runCheck(request: CheckRequest, io: CliIo): Promise<number> {
  const { json, lang } = request;
  const outcomes = await checkFiles(request.files);
  for (const o of outcomes) {
    if (isUnreadable(o)) io.stderr.write(errorLine(`${o.file}: ${describeProblem(o.problem, lang)}`));
  }
  if (json) writeJson(io.stdout, toJsonDocument(outcomes, lang));
  else io.stdout.write(renderHuman(outcomes, lang, paletteFor(io.stdout.isTTY), { all: request.all }));
  return exitStatus(outcomes);
}

/** Files are checked one after another, in the order given, so output order is stable. */
async function checkFiles(files: string[]): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await checkFile(file));
  return outcomes;
}

async function checkFile(file: string): Promise<FileOutcome> {
  const loaded = await readWorkbookFile(file);
  if (!loaded.ok) return { file, problem: loaded.problem };
  const reports: SheetReport[] = [];
  const stamps = nameReferences(loaded.definedNames);
  for (const grid of loaded.grids) {
    try {
      reports.push(checkSheet(grid, stampedOptions(stamps, grid.name)));
    } catch (err) {
      // An engine failure on one sheet must not hide the other files; it counts as "could not check".
      return { file, problem: { kind: "check-failed", detail: `«${grid.name}»: ${messageOf(err)}` } };
    }
  }
  return loaded.strays.length > 0 ? { file, reports, strays: loaded.strays } : { file, reports };
}
