/**
 * The fake Excel (which the pane's tests run on) and the CLI (its package writer) insert a column
 * the same way: every formula on every sheet and every defined name reads the same afterwards.
 */
import { Workbook } from "exceljs";
import type { CellValue as ExcelValue } from "exceljs";
import { nodeCodec, patchCompute } from "../../src/cli/package";
import { readWorkbookBytes } from "../../src/xlsx";
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

/** The CLI inserts a column by patching the package (src/cli/package); read back with src/xlsx's reader. */
async function throughCli(): Promise<{ formulas: Record<string, string[]>; name: string }> {
  const workbook = new Workbook();
  for (const [name, list] of Object.entries(FORMULAS)) {
    const sheet = workbook.addWorksheet(name);
    list.forEach((formula, k) => (sheet.getCell(k + 1, 1).value = { formula, result: 0 } as ExcelValue));
  }
  workbook.definedNames.add(NAME.reference, NAME.name);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  // The column's title goes to H1, right of every formula, so column A keeps only the rewritten formulas.
  const plan = { sheet: REPORT, insertColumns: [{ before: 8, header: "%", headerRows: [1], widen: [] }], writes: [], offers: [] };
  const patched = patchCompute(bytes, REPORT, plan, [], nodeCodec);
  if ("refusal" in patched) throw new Error(`refused: ${patched.refusal.code}`);
  const read = readWorkbookBytes(patched.bytes, { inflate: nodeCodec.inflate });
  if (!read.ok) throw new Error(read.problem.kind);
  const formulas = Object.fromEntries(
    Object.entries(FORMULAS).map(([name, list]) => {
      const grid = read.grids.find((g) => g.name === name)!;
      return [name, list.map((_, k) => (grid.formulas?.[k + 1 - grid.top]?.[1 - grid.left] ?? "").replace(/^=/, ""))];
    }),
  );
  return { formulas, name: read.definedNames.find((n) => n.name === NAME.name)!.formula };
}

describe("inserting a column before H: the fake Excel and the CLI", () => {
  it("rewrite every formula and defined name the same way", async () => {
    const fake = await throughFake();
    const cli = await throughCli();
    expect(fake).toEqual(cli);
    // And the rewrite is Excel's, not merely the same on both sides.
    expect(fake.formulas[REPORT].slice(0, 3)).toEqual(["I7*2", "$I$7+G7+I$7+$I7", "SUM(G4:I9)+SUM(I4:J9)"]);
    expect(fake.formulas[REPORT][10]).toBe("#REF!+G1");
    expect(fake.formulas.Зведення).toEqual(["'Звіт I кв'!I7+H7", "SUM('ЗВІТ I КВ'!$I$7:$J$9)", "'Звіт I кв'!G7:I7", "SUM('Звіт I кв'!C:I)"]);
    expect(fake.name).toBe("'Звіт I кв'!$A$4:$K$5");
  });
});
