/**
 * Importing centres' files as sheets of the open workbook (the office's «Зведення», issue 11):
 * `workbook.insertWorksheetsFromBase64` (ExcelApi 1.13) copies the named sheets of one file in at
 * the end, then each copy is renamed after its centre (and the first activated, when asked). Undoing the
 * import deletes those sheets by id, and only those: they are the add-in's own write.
 *
 * The file travels inside the request as base64, and Excel on the web refuses a request over
 * 5 MB (payload.ts), so a file too large for that is refused before anything is sent: a failed
 * request would say nothing the official can act on. Round trips: 1 to insert, 1 to name, and
 * for a file of the other date system, one more (per ~3.5 MB) to put its dates right.
 */
import { freshSheetName } from "../core/templates";
import { isDate1904 } from "./dates";
import { jsonBytes, PAYLOAD_LIMIT_BYTES, SYNC_BUDGET_BYTES, WIRE } from "./payload";
import type { XlContext, XlInsertWorksheetOptions } from "./types";

const MS_PER_DAY = 24 * 3600 * 1000;
/** 1 January 1970 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the two date systems' day 0 (30.12.1899 and 1.1.1904). */
const DAYS_1904 = 1462;

/**
 * The request's own envelope around the base64 text and the options: the method call, the sheets'
 * load and DATE(1904,1,1) queued with it. Measured with Microsoft's client (office-js 1.1.110, the
 * real-client harness): 921 bytes; twice that, for a build that writes a little more.
 */
const ENVELOPE_BYTES = 2048;

export interface ImportFile {
  /** The .xlsx file's bytes as base64. */
  base64: string;
  /** The file's sheets to insert, in its tab order. */
  sheets: string[];
  /** What each inserted sheet should be called (same order); kept fresh against the names in use. */
  names: string[];
  /** Make the first inserted sheet the active one (the first file of several). */
  activate?: boolean;
  /** The file counts dates from 1904 (old Excel for Mac's default). */
  date1904?: boolean;
  /** Each inserted sheet's typed dates (same order as `sheets`), 1-based: rewritten when the date systems differ. */
  dates?: { row: number; col: number; date: Date }[][];
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
  // DATE(1904, 1, 1) is 0 in a 1904 workbook and 1462 in a 1900 one (dates.ts).
  const dateSystem = workbook.functions.date(1904, 1, 1);
  dateSystem.load("value");
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
  const target1904 = isDate1904(dateSystem.value);
  if (!!file.date1904 !== target1904) await rewriteDates(context, ids, file.dates ?? [], target1904);
  return { ids, names };
}

/**
 * Excel keeps a copied date's serial number, so a sheet from a workbook of the other date system
 * would show every date four years and a day off (Microsoft: "Differences between the 1900 and the
 * 1904 date system in Excel"). The dates typed in the file are written back as this workbook counts
 * them; formulas are left to recalculate. Planned by size like every other write.
 */
async function rewriteDates(context: XlContext, ids: string[], dates: { row: number; col: number; date: Date }[][], target1904: boolean): Promise<void> {
  const perCell = WIRE.range + WIRE.set + 30;
  let planned = 0;
  for (const [i, id] of ids.entries()) {
    const sheet = context.workbook.worksheets.getItem(id);
    for (const { row, col, date } of dates[i] ?? []) {
      sheet.getRangeByIndexes(row - 1, col - 1, 1, 1).values = [[toSerial(date, target1904)]];
      planned += perCell;
      if (planned >= SYNC_BUDGET_BYTES) {
        await context.sync();
        planned = 0;
      }
    }
  }
  if (planned > 0) await context.sync();
}

/** A Date (UTC, as the reader gives it) as a serial of the workbook's date system. */
function toSerial(date: Date, date1904: boolean): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DAYS_1904 : 0);
  return Math.abs(serial - Math.round(serial)) < 1e-9 ? Math.round(serial) : serial;
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

/** Every sheet's name, in tab order: which of the sheets the pane once read are still there. */
export async function allSheetNames(context: XlContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return sheets.items.map((s) => s.name);
}
