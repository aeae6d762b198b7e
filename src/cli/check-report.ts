/**
 * `check --report RESULT.xlsx`: the destination is looked at before any file is checked (an
 * existing file is refused unless --force, as every -o is), its rows drawn as each file is checked
 * (report-rows.ts), and written once the run is done, through a temporary file (safe-output.ts). exceljs comes from its own chunk only here.
 */
import type { Lang } from "../core/types";
import { acceptedDestination } from "./destination";
import type { CliIo } from "./io";
import { officeText } from "./office-text";
import { errorDetail } from "./read-problem";
import type { ReportRowSource } from "./report-rows";
import { writeAtomically } from "./safe-output";
import type { Destination } from "./safe-output";
import { errorLine, printable } from "./terminal-text";
import { isCheckReport } from "./own-output";
import { readWorkbookFile } from "./workbook-file";
import { uiText } from "./ui-text";

/** Where the report may go, or null (the reason already said on stderr). */
export async function reportDestination(file: string, force: boolean, lang: Lang, io: CliIo): Promise<Destination | null> {
  const destination = await acceptedDestination(file, { force, extension: ".xlsx" }, lang, io, "--report");
  if (destination === null || destination.replacedMode === null) return destination;
  // --force replaces an earlier results table, never a workbook of the office's or a centre's
  // (a report file named by mistake, perhaps one of the files being checked).
  const read = await readWorkbookFile(file, { allowEmpty: true });
  if (read.ok && isCheckReport(read.grids)) return destination;
  io.stderr.write(errorLine(officeText[lang].notAResultsTable(printable(file))));
  return null;
}

/** Writes the report; false when it could not be written (the reason said on stderr). */
export async function writeReport(destination: Destination, rows: ReportRowSource, lang: Lang, io: CliIo, today: Date = new Date()): Promise<boolean> {
  const { reportWorkbook } = await import(/* webpackChunkName: "exceljs" */ "./xlsx/write-report");
  const bytes = await reportWorkbook(rows, officeText[lang].report, today);
  try {
    await writeAtomically(destination, bytes);
    return true;
  } catch (err) {
    io.stderr.write(errorLine(uiText[lang].cannotWrite(destination.path, errorDetail(err))));
    return false;
  }
}
