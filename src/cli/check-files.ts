/** Runs the engine over each file's sheets; one bad file never stops the others. */
import { checkSheet } from "../core";
import type { SheetReport } from "../core/types";
import { stampedOptions } from "../core/templates";
import { nameReferences } from "./xlsx/read-workbook";
import { checkableWorkbookFromFile } from "./xlsx/load-workbook-file";
import { messageOf } from "./read-problem";
import type { FileOutcome } from "./outcome";

/** Files are checked one after another, in the order given, so output order is stable. */
export async function checkFiles(files: string[]): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await checkFile(file));
  return outcomes;
}

async function checkFile(file: string): Promise<FileOutcome> {
  const loaded = await checkableWorkbookFromFile(file);
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
  return { file, reports };
}
