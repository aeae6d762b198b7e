/** Generated grids (generate.ts) written as .xlsx by exceljs, the way the reader benchmark and tests need them. */
import { Workbook } from "exceljs";
import type { CellValue as ExcelValue } from "exceljs";
import type { SheetGrid } from "../src/core/grid";

export async function gridsToXlsx(grids: SheetGrid[]): Promise<Buffer> {
  const workbook = new Workbook();
  for (const grid of grids) {
    const sheet = workbook.addWorksheet(grid.name);
    grid.values.forEach((line, i) => {
      const row = sheet.getRow(grid.top + i);
      line.forEach((value, j) => {
        if (value !== null) row.getCell(grid.left + j).value = value as ExcelValue;
      });
    });
    for (const m of grid.merges) sheet.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
