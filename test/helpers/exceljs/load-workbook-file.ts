/**
 * exceljs's reading of an .xlsx, as the CLI read files before src/xlsx's reader replaced it: kept
 * in the tests as the independent reference the reader is diffed against cell by cell
 * (test/xlsx/grid-diff.test.ts), and as a second opinion on what compute and template write.
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
