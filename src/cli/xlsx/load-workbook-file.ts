/**
 * From a path on disk (or the bytes read from it) to a loaded exceljs workbook, turning every way
 * a file can be unreadable into a ReadProblem. The only place exceljs loads a package; reading the
 * loaded workbook as grids is read-workbook.ts's, called once, never calling back. Which files are
 * read at all, and what they are, is input-file.ts's.
 *
 * exceljs (and read-workbook.ts, which needs it) is imported when a package is unpacked, not when
 * this file is: `check` of files that turn out unreadable, `--help` and `--version` never load it.
 */
import type { Workbook } from "exceljs";
import { keepNameScopes } from "./defined-names";
import type { WorkbookContents } from "./read-workbook";

/** The exceljs workbook in an .xlsx's bytes. Throws whatever exceljs throws on a bad file. */
export async function workbookFromBytes(data: Buffer): Promise<Workbook> {
  const { Workbook } = await import("exceljs");
  const workbook = new Workbook();
  keepNameScopes(workbook);
  // exceljs types its input as its own ArrayBuffer-like `Buffer`; a fresh ArrayBuffer satisfies it.
  await workbook.xlsx.load(new Uint8Array(data).buffer);
  return workbook;
}

/** Every sheet of an .xlsx's bytes as a grid, and its names. Throws whatever exceljs throws on a bad file. */
export async function contentsFromBytes(data: Buffer): Promise<WorkbookContents> {
  const { contentsOf } = await import("./read-workbook");
  return contentsOf(await workbookFromBytes(data));
}
