/**
 * Writes a workbook next to its destination first and renames it into place, so an interrupted
 * run never leaves a half-written file where the official's workbook was.
 */
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Workbook } from "exceljs";

export async function saveWorkbook(workbook: Workbook, file: string): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, Buffer.from(await workbook.xlsx.writeBuffer()));
    await rename(temporary, file);
  } catch (err) {
    await rm(temporary, { force: true });
    throw err;
  }
}
