/**
 * Importing centres' files as sheets of the open workbook (the office's «Зведення», issue 11):
 * `workbook.insertWorksheetsFromBase64` (ExcelApi 1.13) copies the named sheets of one file in at
 * the end, then each copy is renamed after its centre (and the first activated, when asked). Undoing the
 * import deletes those sheets by id, and only those: they are the add-in's own write.
 *
 * The file travels inside the request as base64, and Excel on the web refuses a request over
 * 5 MB (payload.ts), so a file too large for that is refused before anything is sent: a failed
 * request would say nothing the official can act on. Round trips: 1 to insert, 1 to name.
 */
import { freshSheetName } from "../core/templates";
import { jsonBytes, PAYLOAD_LIMIT_BYTES, WIRE } from "./payload";
import type { XlContext, XlInsertWorksheetOptions } from "./types";

/** The request's own envelope around the base64 text and the options: a method call with its ids, rounded up. */
const ENVELOPE_BYTES = 1024;

export interface ImportFile {
  /** The .xlsx file's bytes as base64. */
  base64: string;
  /** The file's sheets to insert, in its tab order. */
  sheets: string[];
  /** What each inserted sheet should be called (same order); kept fresh against the names in use. */
  names: string[];
  /** Make the first inserted sheet the active one (the first file of several). */
  activate?: boolean;
}

export interface ImportedSheets {
  /** `Worksheet.id` of each inserted sheet: what an undo deletes. */
  ids: string[];
  /** Their names once renamed. */
  names: string[];
}

/** Bytes of the insert request for a file: what Excel on the web measures against its 5 MB. */
export function importRequestBytes(base64Length: number, sheets: string[]): number {
  const options: XlInsertWorksheetOptions = { sheetNamesToInsert: sheets, positionType: "End" };
  return base64Length + jsonBytes(options) + WIRE.call + ENVELOPE_BYTES;
}

/** The largest file, in bytes, whose insert request stays under the limit (base64 takes 4 bytes for 3). */
export function largestImportBytes(sheets: string[]): number {
  return Math.floor(((PAYLOAD_LIMIT_BYTES - importRequestBytes(0, sheets)) * 3) / 4);
}

export async function importSheets(context: XlContext, file: ImportFile): Promise<ImportedSheets> {
  const { workbook } = context;
  const inserted = workbook.insertWorksheetsFromBase64(file.base64, { sheetNamesToInsert: file.sheets, positionType: "End" });
  const sheets = workbook.worksheets;
  sheets.load("items/name,items/id");
  await context.sync();
  const ids = inserted.value;
  // Excel names a copy whose name is taken «Звіт (2)»; the office wants the centre's name instead.
  const mine = new Set(ids);
  const taken = sheets.items.filter((s) => !mine.has(s.id)).map((s) => s.name);
  const names: string[] = [];
  ids.forEach((id, i) => {
    const name = freshSheetName(file.names[i] ?? file.sheets[i], [...taken, ...names]);
    names.push(name);
    const sheet = workbook.worksheets.getItem(id);
    sheet.name = name;
    if (i === 0 && file.activate) sheet.activate();
  });
  await context.sync();
  return { ids, names };
}

/** Deletes the sheets an import added that are still there; answers the names removed. */
export async function removeImportedSheets(context: XlContext, ids: string[]): Promise<string[]> {
  const sheets = ids.map((id) => context.workbook.worksheets.getItemOrNullObject(id));
  for (const sheet of sheets) sheet.load("name");
  await context.sync();
  const present = sheets.filter((s) => !s.isNullObject);
  for (const sheet of present) sheet.delete();
  await context.sync();
  return present.map((s) => s.name);
}
