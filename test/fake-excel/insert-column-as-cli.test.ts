/**
 * The fake Excel (which the pane's tests run on) and the CLI (exceljs) insert a column the same
 * way: every formula on every sheet and every defined name reads the same afterwards.
 */
import { Workbook } from "exceljs";
import type { CellValue as ExcelValue } from "exceljs";
import { insertColumn } from "../../src/cli/xlsx/insert-column";
import { FakeExcel, type WorkbookJson } from "../../src/fake-excel";

const REPORT = "Звіт I кв";

/** Formulas on each sheet, all in column A (left of the insert, so the cells themselves stay). */
const FORMULAS: Record<string, string[]> = {
  [REPORT]: [
    "H7*2",
    "$H$7+G7+H$7+$H7",
    "SUM(G4:H9)+SUM(H4:I9)",
    "COUNTA(H:H)+SUM($A:$I)",
    "SUM(5:5)+SUM($4:$6)",
    'IF(H7="H7 тут","""H7""",H7)',
    "LOG10(H7)+ATAN2(H1,I1)",
    "Pokaznyk.total*1E5+AB7+SUM(#REF!)",
    "SUM(Таблиця1[План])+H7",
    "'Звіт I кв'!H7+Інший!H7+'Інший аркуш'!H7",
    "XFD1+G1",
    "SUM( H7 , G7 )",
  ],
  Зведення: ["'Звіт I кв'!H7+H7", "SUM('ЗВІТ I КВ'!$H$7:$I$9)", "'Звіт I кв'!G7:H7", "SUM('Звіт I кв'!C:H)"],
};
const NAME = { name: "Pokaznyk.quarterly_report.1", reference: `'${REPORT}'!$A$4:$J$5` };

async function throughFake(): Promise<{ formulas: Record<string, string[]>; name: string }> {
  const json: WorkbookJson = {
    sheets: Object.entries(FORMULAS).map(([name, formulas]) => ({ name, cells: formulas.map((f, k) => ({ r: k + 1, c: 1, f: `=${f}` })) })),
    names: [{ name: NAME.name, formula: `=${NAME.reference}` }],
  };
  const excel = FakeExcel.fromJson(json);
  await excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(REPORT).getRange("H:H").insert("Right");
    await ctx.sync();
  });
  const formulas = Object.fromEntries(
    Object.entries(FORMULAS).map(([name, list]) => [name, list.map((_, k) => (excel.book.sheet(name)!.cell(k + 1, 1)?.formula ?? "").replace(/^=/, ""))]),
  );
  return { formulas, name: excel.book.names[0].formula.replace(/^=/, "") };
}

function throughCli(): { formulas: Record<string, string[]>; name: string } {
  const workbook = new Workbook();
  for (const [name, list] of Object.entries(FORMULAS)) {
    const sheet = workbook.addWorksheet(name);
    list.forEach((formula, k) => (sheet.getCell(k + 1, 1).value = { formula, result: 0 } as ExcelValue));
  }
  workbook.definedNames.add(NAME.reference, NAME.name);
  insertColumn(workbook, workbook.getWorksheet(REPORT)!, 8);
  const formulas = Object.fromEntries(
    Object.entries(FORMULAS).map(([name, list]) => [name, list.map((_, k) => workbook.getWorksheet(name)!.getCell(k + 1, 1).formula ?? "")]),
  );
  return { formulas, name: workbook.definedNames.model[0].ranges[0] };
}

describe("inserting a column before H: the fake Excel and the CLI", () => {
  it("rewrite every formula and defined name the same way", async () => {
    const fake = await throughFake();
    const cli = throughCli();
    expect(fake).toEqual(cli);
    // And the rewrite is Excel's, not merely the same on both sides.
    expect(fake.formulas[REPORT].slice(0, 3)).toEqual(["I7*2", "$I$7+G7+I$7+$I7", "SUM(G4:I9)+SUM(I4:J9)"]);
    expect(fake.formulas[REPORT][10]).toBe("#REF!+G1");
    expect(fake.formulas.Зведення).toEqual(["'Звіт I кв'!I7+H7", "SUM('ЗВІТ I КВ'!$I$7:$J$9)", "'Звіт I кв'!G7:I7", "SUM('Звіт I кв'!C:I)"]);
    expect(fake.name).toBe("'Звіт I кв'!$A$4:$K$5");
  });
});
