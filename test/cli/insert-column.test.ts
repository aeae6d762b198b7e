/**
 * insertColumn against what Excel does on "Insert column", written to .xlsx and read back, for
 * each thing exceljs's own spliceColumns gets wrong (see src/cli/xlsx/insert-column.ts).
 */
import { Workbook } from "exceljs";
import type { CellValue as ExcelValue, Worksheet } from "exceljs";
import { insertColumn } from "../../src/cli/xlsx/insert-column";
import { regroupValidations } from "../../src/cli/xlsx/validation-ranges";

const red = { style: "thin" as const, color: { argb: "FFFF0000" } };
const thin = { style: "thin" as const };

/** Column H (8) is where the new column goes; everything from H on moves right. */
function sample(): Workbook {
  const wb = new Workbook();
  const s = wb.addWorksheet("Звіт");
  s.getColumn(7).width = 11;
  s.getColumn(8).width = 30;
  s.getColumn(9).width = 12;
  s.getCell("A1").value = "Звіт про виконання плану";
  for (let c = 1; c <= 8; c++) s.getCell(1, c).style = { font: { bold: true }, border: { bottom: thin } };
  s.mergeCells("A1:H1");
  s.getCell("A4").value = "№ з/п";
  s.mergeCells("A4:A5");
  s.getCell("G4").value = "Значення";
  s.mergeCells("G4:H4");
  s.getCell("H6").value = "примітка на двох стовпцях";
  s.getCell("H6").style = { border: { left: thin } };
  s.getCell("I6").style = { border: { right: red } };
  s.mergeCellsWithoutStyle("H6:I6");
  s.getCell("G7").value = { formula: 'H7&""', result: "примітка" } as ExcelValue;
  s.getCell("H7").value = "примітка";
  s.getCell("I7").value = 5;
  s.getCell("J7").value = { formula: "I7*2", result: 10 } as ExcelValue;
  s.getCell("G7").style = { fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } } };
  for (const row of [8, 9, 10]) s.getCell(row, 9).value = row;
  s.fillFormula("K8:K10", "I8+1", [9, 10, 11]);
  (s as unknown as { dataValidations: { add(range: string, v: object): void } }).dataValidations.add("I7:I10", {
    type: "custom",
    allowBlank: true,
    formulae: ["AND(ISNUMBER(I7),I7>=0)"],
  });
  s.addConditionalFormatting({ ref: "A7:J10", rules: [{ type: "expression", priority: 1, formulae: ["$I7>0"], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFF8D7DA" } } } }] });
  s.pageSetup.printArea = "A1:J20";
  wb.definedNames.add("'Звіт'!$A$4:$J$5", "Pokaznyk.quarterly_report.1");
  wb.addWorksheet("Зведення").getCell("A1").value = { formula: "'Звіт'!I7+Звіт!B2+'Зведення'!I7", result: 5 } as ExcelValue;
  return wb;
}

async function roundTrip(wb: Workbook): Promise<Workbook> {
  const back = new Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back;
}

describe("insertColumn", () => {
  let sheet: Worksheet;
  let other: Worksheet;
  let workbook: Workbook;

  beforeAll(async () => {
    // As the CLI does: from a file, validations regrouped, then the insert, then saved.
    workbook = await roundTrip(sample());
    workbook.worksheets.forEach(regroupValidations);
    insertColumn(workbook, workbook.getWorksheet("Звіт") as Worksheet, 8);
    workbook = await roundTrip(workbook);
    sheet = workbook.getWorksheet("Звіт") as Worksheet;
    other = workbook.getWorksheet("Зведення") as Worksheet;
  });

  it("widens merges it falls inside and moves the ones to its right", () => {
    expect(sheet.model.merges.slice().sort()).toEqual(["A1:I1", "A4:A5", "G4:I4", "I6:J6"]);
    expect(sheet.getCell("I6").value).toBe("примітка на двох стовпцях");
  });

  it("keeps the borders of every cell a moved merge covers", () => {
    expect(sheet.getCell("I6").border).toEqual({ left: { style: "thin" } });
    expect(sheet.getCell("J6").border).toEqual({ right: { style: "thin", color: { argb: "FFFF0000" } } });
    expect(sheet.getCell("I1").font).toEqual({ bold: true });
  });

  it("moves values and styles right, and formats the new cells like their left neighbours", () => {
    expect([sheet.getCell("I7").value, sheet.getCell("J7").value]).toEqual(["примітка", 5]);
    expect(sheet.getCell("H7").value).toBeNull();
    expect(sheet.getCell("H7").fill).toEqual(sheet.getCell("G7").fill);
    expect(sheet.getCell("H1").isMerged).toBe(true);
    expect([7, 8, 9, 10].map((c) => sheet.getColumn(c).width)).toEqual([11, 11, 30, 12]);
  });

  it("rewrites formulas that point past it, on this sheet and on others", () => {
    expect(sheet.getCell("G7").formula).toBe('I7&""');
    expect(sheet.getCell("K7").formula).toBe("J7*2");
    expect(other.getCell("A1").formula).toBe("'Звіт'!J7+Звіт!B2+'Зведення'!I7");
  });

  it("keeps each moved shared formula's own text and result", () => {
    expect([8, 9, 10].map((r) => [sheet.getCell(r, 12).formula, sheet.getCell(r, 12).result])).toEqual([
      ["J8+1", 9],
      ["J9+1", 10],
      ["J10+1", 11],
    ]);
  });

  it("moves validations, conditional formats, the print area and defined names with their cells", () => {
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
    expect(Object.keys(validations).sort()).toEqual(["J10", "J7", "J8", "J9"]);
    expect(validations.J7.formulae).toEqual(["AND(ISNUMBER(J7),J7>=0)"]);
    const formats = (sheet as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(formats.map((f) => [f.ref, f.rules[0].formulae[0]])).toEqual([["A7:K10", "$J7>0"]]);
    expect(sheet.pageSetup.printArea).toBe("A1:K20");
    expect(workbook.definedNames.model).toEqual([{ name: "Pokaznyk.quarterly_report.1", ranges: ["'Звіт'!$A$4:$K$5"] }]);
  });
});
