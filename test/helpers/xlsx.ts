/** Builds small .xlsx workbooks for tests with exceljs, the way an official's file would look on disk. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import type { CellValue as ExcelValue, Worksheet } from "exceljs";

/** A fresh temp folder per test file, removed by the returned cleanup. */
export function makeTempDir(prefix = "pokaznyk-test-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes a workbook whose sheets are filled by `fill`; returns the file path. */
export async function writeWorkbook(path: string, fill: (workbook: Workbook) => void): Promise<string> {
  const workbook = new Workbook();
  fill(workbook);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Puts rows of plain values into a sheet starting at `top`/`left` (1-based). */
export function putRows(sheet: Worksheet, rows: ExcelValue[][], top = 1, left = 1): void {
  rows.forEach((cells, i) =>
    cells.forEach((value, j) => {
      if (value !== undefined && value !== null) sheet.getCell(top + i, left + j).value = value;
    }),
  );
}

/** The workbook as .xlsx bytes, for reading back in memory without touching the disk. */
export async function workbookBytes(fill: (workbook: Workbook) => void): Promise<Buffer> {
  const workbook = new Workbook();
  fill(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

