/** The parts of the fake that writing relies on: recalculation, column inserts, names, new sheets. */
import { readSheetForCheck, runExcel } from "../../src/excel";
import { FakeExcel } from "../../src/fake-excel";
import { computeFormula } from "../../src/fake-excel/calc";
import { shiftColumns } from "../../src/core/formula";
import { fixtureExcel } from "../excel/helpers";

const book = () =>
  FakeExcel.fromJson({
    sheets: [
      {
        name: "A",
        cells: [
          { r: 1, c: 1, v: 4 },
          { r: 1, c: 2, v: "3" },
          { r: 1, c: 3, v: "За потребою" },
          { r: 2, c: 1, v: "x", s: 0 },
          { r: 3, c: 9, v: "note" },
        ],
        styles: [{ font: { bold: true } }],
        merges: ["A5:I5"],
      },
      { name: "B c", cells: [{ r: 1, c: 1, f: "='A'!I3", v: "note" }] },
    ],
    names: [{ name: "Pokaznyk.quarterly_report.1", formula: "='A'!$A$4:$I$4" }],
  });

describe("fake Excel: recalculation", () => {
  const excel = book();
  const sheet = excel.book.sheet("A")!;
  const calc = (f: string) => computeFormula(f, excel.book, sheet);

  it("computes Pokaznyk's own formulas the way Excel does", () => {
    expect(calc("=SUM(A1:C1)")).toBe(4); // text and words are skipped by SUM over a range
    expect(calc("=SUM(VALUE(0&A1),VALUE(0&B1),VALUE(0&D1))")).toBe(7);
    expect(calc('=IFERROR(IF(AND(LEN(B1)>0,VALUE(A1)>0,VALUE(B1)>=0),VALUE(B1)/VALUE(A1),""),"")')).toBe(0.75);
    expect(calc('=IFERROR(IF(AND(LEN(D1)>0,VALUE(A1)>0),VALUE(D1)/VALUE(A1),""),"")')).toBe("");
    expect(calc('=IF(COUNT(A1,D1)=0,"",SUM(A1,D1))')).toBe(4);
    expect(calc('=AND(ISNUMBER($A1),$A1>0,LEN(TRIM($I4))=0)')).toBe(true);
    expect(calc("=A1/D1")).toEqual({ error: "#DIV/0!" });
    expect(calc("=SUM(#REF!)")).toEqual({ error: "#REF!" });
    expect(calc("=1+2*3^2-(4-1)")).toBe(16);
    expect(calc('=C1="за потребою"')).toBe(true);
  });

  it("keeps the cached value of what it cannot compute", () => {
    expect(calc("=VLOOKUP(A1,B:C,2,FALSE)")).toBeUndefined();
    expect(calc("=A:A")).toBeUndefined();
  });

  it("recalculates after a write, on every sheet", async () => {
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("A").getRange("D1:E1").formulas = [["=A1*2", "=D1+1"]];
      await ctx.sync();
    });
    expect(sheet.cell(1, 4)?.value).toBe(8);
    expect(sheet.cell(1, 5)?.value).toBe(9);
  });
});

describe("fake Excel: inserting whole columns", () => {
  it("moves cells, merges, widths, formulas and names right; the new column takes the left column's look", async () => {
    const excel = book();
    excel.book.sheet("A")!.columnWidths = [10, 20, 30];
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("A").getRange("B:B").insert("Right");
      await ctx.sync();
    });
    const sheet = excel.book.sheet("A")!;
    expect(sheet.cell(1, 3)?.value).toBe("3");
    expect(sheet.cell(1, 2)?.value ?? null).toBeNull();
    expect(sheet.cell(3, 10)?.value).toBe("note");
    expect(sheet.cell(2, 2)).toEqual({ value: null, style: { font: { bold: true } } });
    expect(sheet.merges).toEqual([{ top: 5, left: 1, bottom: 5, right: 10 }]);
    expect(sheet.columnWidths).toEqual([10, 10, 20, 30]);
    expect(excel.book.sheet("B c")!.cell(1, 1)?.formula).toBe("='A'!J3");
    expect(excel.book.names[0].formula).toBe("='A'!$A$4:$J$4");
  });

  it("shifts only references to the sheet, never text in quotes", () => {
    expect(shiftColumns('=IF(H8>0,"H8",I8)', "S", "S", 8, 1)).toBe('=IF(I8>0,"H8",J8)');
    expect(shiftColumns("=Other!H8+H8", "S", "S", 8, 1)).toBe("=Other!H8+I8");
    expect(shiftColumns("=SUM(F6:I6)", "S", "Other", 8, 1)).toBe("=SUM(F6:I6)");
  });
});

describe("fake Excel: sheets and names", () => {
  it("refuses a sheet name in use or not allowed, and a name in use", async () => {
    const excel = book();
    await expect(excel.run(async (ctx) => void ctx.workbook.worksheets.add("a"))).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(excel.run(async (ctx) => void ctx.workbook.worksheets.add("a/b"))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(excel.run(async (ctx) => void ctx.workbook.names.add("pokaznyk.quarterly_report.1", "=A!A1"))).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(excel.run(async (ctx) => void ctx.workbook.names.add("A1", "=A!A1"))).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("reads the workbook's form markers in the same sync as the sheet", async () => {
    const excel = await fixtureExcel("report-q1-2020-kramatorsk");
    excel.book.names.push({ name: "Pokaznyk.quarterly_report.7", formula: "='Звіт I кв 2020'!$A$3:$H$4" }, { name: "Other", formula: "='Звіт I кв 2020'!$A$1" });
    const { options } = await runExcel(excel, (ctx) => readSheetForCheck(ctx));
    expect(options).toEqual({ form: "quarterly-report", headerRow: 4 });
    expect(excel.syncs).toHaveLength(1);
  });
});
