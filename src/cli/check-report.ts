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
import { errorLine } from "./terminal-text";
import { uiText } from "./ui-text";

/** Where the report may go, or null (the reason already said on stderr). */
export function reportDestination(file: string, force: boolean, lang: Lang, io: CliIo): Promise<Destination | null> {
  return acceptedDestination(file, { force, extension: ".xlsx" }, lang, io);
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
