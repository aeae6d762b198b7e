/**
 * Writes a workbook to a destination safe-output.ts has accepted: exceljs makes the bytes, and
 * writeAtomically puts them in place through a random, exclusively created temporary file beside
 * it, flushed and renamed, with the replaced file's permissions; Ctrl+C removes the temporary file.
 */
import type { Workbook } from "exceljs";
import { writeAtomically } from "../safe-output";
import type { Destination } from "../safe-output";

export async function saveWorkbook(workbook: Workbook, destination: Destination): Promise<void> {
  await writeAtomically(destination, Buffer.from(await workbook.xlsx.writeBuffer()));
}
