import path from "node:path";
import { readFileSync } from "node:fs";
import { nameReferences, readWorkbook } from "../../src/cli/workbook-file";
import type { SheetGrid } from "../../src/core/grid";
import { putRows, workbookBytes } from "../helpers/xlsx";

const FIXTURES = path.resolve(__dirname, "../../../shared/fixtures");

/** What the CLI reads from the bytes (src/xlsx's reader), empty workbooks included. */
async function contentsFromBytes(bytes: Uint8Array) {
  const read = readWorkbook(bytes, { allowEmpty: true });
  if (!read.ok) throw new Error(`unreadable: ${read.problem.kind}`);
  return read;
}

/** The value Excel shows at a sheet address, through the grid's offsets. */
function at(grid: SheetGrid, row: number, col: number) {
  return grid.values[row - grid.top]?.[col - grid.left];
}

describe("readWorkbook: cells as Excel shows them", () => {
  it("keeps a merged area's value in its top-left cell only and lists the area", async () => {
    const {
      grids: [grid],
    } = await contentsFromBytes(
      await workbookBytes((wb) => {
        const sheet = wb.addWorksheet("Звіт");
        putRows(sheet, [["Звіт про виконання плану"], [7, "Завдання 1.1"]]);
        sheet.mergeCells("A1:C1");
        sheet.mergeCells("A2:A4");
      }),
    );
    expect(grid.values[0]).toEqual(["Звіт про виконання плану", null, null]);
    expect(at(grid, 2, 1)).toBe(7);
    expect(at(grid, 3, 1)).toBeNull();
    expect(at(grid, 4, 1)).toBeNull();
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 3 },
        { top: 2, left: 1, bottom: 4, right: 1 },
      ]),
    );
    expect(grid.merges).toHaveLength(2);
  });

  it("reads error values and formula results, with the formula text alongside", async () => {
    const {
      grids: [grid],
    } = await contentsFromBytes(
      await workbookBytes((wb) => {
        const sheet = wb.addWorksheet("Аркуш1");
        putRows(sheet, [
          [2, 3, { formula: "SUM(A1:B1)", result: 5 }],
          [{ error: "#N/A" }, null, { formula: "SUM(#REF!)", result: { error: "#REF!" } }],
          [null, null, { formula: "A1*2" }],
        ]);
      }),
    );
    expect(at(grid, 1, 3)).toBe(5);
    expect(at(grid, 2, 1)).toEqual({ error: "#N/A" });
    expect(at(grid, 2, 3)).toEqual({ error: "#REF!" });
    // No cached result: Excel would recalculate, we cannot, so the cell reads as empty.
    expect(at(grid, 3, 3)).toBeNull();
    expect(grid.formulas?.[0][2]).toBe("=SUM(A1:B1)");
    expect(grid.formulas?.[1][2]).toBe("=SUM(#REF!)");
    expect(grid.formulas?.[2][2]).toBe("=A1*2");
    expect(grid.formulas?.[0][0]).toBeNull();
  });

  it("reads a cached result of 0 or FALSE as that value, not as an empty cell", async () => {
    // exceljs's cell.value drops falsy results; a fact computed as 0 must still read as 0.
    const {
      grids: [grid],
    } = await contentsFromBytes(
      await workbookBytes((wb) => {
        putRows(wb.addWorksheet("Звіт"), [[0, 0, { formula: "A1+B1", result: 0 }, { formula: "A1>1", result: false }]]);
      }),
    );
    expect(grid.values[0]).toEqual([0, 0, 0, false]);
  });

  it("returns the workbook's defined names with their ranges", async () => {
    const { definedNames } = await contentsFromBytes(
      await workbookBytes((wb) => {
        putRows(wb.addWorksheet("Звіт I кв"), [["№ з/п"]]);
        wb.definedNames.add("'Звіт I кв'!$A$4:$I$5", "Pokaznyk.quarterly_report.1");
      }),
    );
    expect(definedNames).toEqual([{ name: "Pokaznyk.quarterly_report.1", ranges: ["'Звіт I кв'!$A$4:$I$5"], formula: "'Звіт I кв'!$A$4:$I$5" }]);
    expect(nameReferences(definedNames)).toEqual([{ name: "Pokaznyk.quarterly_report.1", reference: "'Звіт I кв'!$A$4:$I$5" }]);
  });

  it("takes a sheet's own name before the workbook's, and no _xlnm or constant name, as a form stamp", () => {
    const names = [
      { name: "Pokaznyk.annual_plan.1", ranges: ["План!$A$4:$J$5"], formula: "План!$A$4:$J$5" },
      { name: "_xlnm.Print_Titles", ranges: ["План!$A$4:$J$5"], formula: "План!$A$4:$J$5", localSheet: "План" },
      { name: "Ставка", ranges: [], formula: "0.2" },
      { name: "Pokaznyk.annual_plan.1", ranges: ["План!$A$6:$J$7"], formula: "План!$A$6:$J$7", localSheet: "План" },
    ];
    expect(nameReferences(names)).toEqual([
      { name: "Pokaznyk.annual_plan.1", reference: "План!$A$6:$J$7" },
      { name: "Pokaznyk.annual_plan.1", reference: "План!$A$4:$J$5" },
    ]);
  });

  it("translates a shared formula to each cell that uses it", async () => {
    // exceljs's typings omit shareType/ref, which is how it writes a shared formula's master.
    const master = { formula: "A1+B1", result: 3, shareType: "shared", ref: "C1:C2" };
    const {
      grids: [grid],
    } = await contentsFromBytes(
      await workbookBytes((wb) => {
        const sheet = wb.addWorksheet("План");
        putRows(sheet, [
          [1, 2, master],
          [3, 4, { sharedFormula: "C1", result: 7 }],
        ]);
      }),
    );
    expect(at(grid, 2, 3)).toBe(7);
    expect(grid.formulas?.[1][2]).toBe("=A2+B2");
  });

  it("joins rich text runs, shows hyperlink text, keeps numbers stored as text as strings", async () => {
    const when = new Date(Date.UTC(2021, 11, 31));
    const {
      grids: [grid],
    } = await contentsFromBytes(
      await workbookBytes((wb) => {
        const sheet = wb.addWorksheet("Звіт");
        putRows(sheet, [
          [{ richText: [{ text: "1.1.7. " }, { text: "Проведення", font: { bold: true } }, { text: " навчань" }] }],
          [{ text: "Сайт центру", hyperlink: "https://example.org" }],
          ["7", "12,5", 12.5],
          [when, true, ""],
        ]);
      }),
    );
    expect(at(grid, 1, 1)).toBe("1.1.7. Проведення навчань");
    expect(at(grid, 2, 1)).toBe("Сайт центру");
    expect(at(grid, 3, 1)).toBe("7");
    expect(at(grid, 3, 2)).toBe("12,5");
    expect(at(grid, 3, 3)).toBe(12.5);
    expect(at(grid, 4, 1)).toEqual(when);
    expect(at(grid, 4, 2)).toBe(true);
    expect(at(grid, 4, 3)).toBeNull();
  });

  it("starts the grid at the used range and gives an empty sheet an empty grid at A1", async () => {
    const { grids } = await contentsFromBytes(
      await workbookBytes((wb) => {
        putRows(wb.addWorksheet("Таблиця"), [["№ з/п", "Назва заходу"], [1, "Захід"]], 3, 2);
        wb.addWorksheet("Порожній");
      }),
    );
    expect(grids.map((g) => g.name)).toEqual(["Таблиця", "Порожній"]);
    const [table, empty] = grids;
    expect([table.top, table.left]).toEqual([3, 2]);
    expect(table.values).toEqual([["№ з/п", "Назва заходу"], [1, "Захід"]]);
    expect(table.formulas).toBeUndefined();
    expect(empty).toEqual({ name: "Порожній", values: [], top: 1, left: 1, merges: [] });
  });

  it("reads a real fixture: cached #REF! of a broken formula and vertically merged numbers", async () => {
    const {
      grids: [grid],
    } = await contentsFromBytes(readFileSync(path.join(FIXTURES, "report-q3-2021-public.xlsx")));
    expect(grid.name).toBe("Звіт III кв 2021");
    expect(at(grid, 42, 7)).toEqual({ error: "#REF!" });
    expect(grid.formulas?.[42 - grid.top][7 - grid.left]).toBe("=SUM(#REF!)");
    // № з/п is merged over A6:A14: only A6 holds it, as in Excel.
    expect(at(grid, 6, 1)).toBe(1);
    expect(at(grid, 7, 1)).toBeNull();
    expect(grid.merges).toContainEqual({ top: 6, left: 1, bottom: 14, right: 1 });
  });
});
