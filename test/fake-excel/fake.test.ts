/** The fake must behave like Excel where the adapter relies on it, or adapter tests prove nothing. */
import { FakeExcel, FakeExcelError } from "../../src/fake-excel";
import type { XlContext } from "../../src/excel/types";

const book = () =>
  FakeExcel.fromJson({
    sheets: [
      { name: "A", cells: [{ r: 1, c: 1, v: "x" }, { r: 2, c: 2, v: 5, f: "=2+3" }], merges: ["A3:B3"] },
      { name: "B", cells: [] },
    ],
  });

describe("fake Excel: proxy semantics", () => {
  it("refuses to read a property before load and sync", async () => {
    const excel = book();
    await excel.run(async (ctx: XlContext) => {
      const range = ctx.workbook.worksheets.getItem("A").getRange("A1");
      expect(() => range.values).toThrow(/not available/);
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await ctx.sync();
      expect(range.values).toEqual([["x"]]);
      expect(() => range.address).toThrow(/not available/);
    });
  });

  it("holds what was read at sync time, not live values", async () => {
    const excel = book();
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("A").getRange("A1");
      range.load("values");
      await ctx.sync();
      excel.book.sheet("A")!.setValue(1, 1, "changed");
      expect(range.values).toEqual([["x"]]);
    });
  });

  it("runs commands in order: a write then a load sees the write", async () => {
    const excel = book();
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("A").getRange("C1");
      range.values = [["new"]];
      range.load("values, formulas, address");
      await ctx.sync();
      expect(range.values).toEqual([["new"]]);
      expect(range.address).toBe("A!C1");
    });
    expect(excel.syncs).toHaveLength(1);
  });

  it("keeps the commands before a failing one done", async () => {
    const excel = book();
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("A").getRange("D1").values = [["done"]];
        ctx.workbook.worksheets.getItem("missing").activate();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(excel.book.sheet("A")!.cell(1, 4)?.value).toBe("done");
  });

  it("reports formulas, values, null objects and merges as Excel does", async () => {
    const excel = book();
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("A");
      const used = sheet.getUsedRange(true);
      used.load("address, rowCount, columnCount, values, formulas");
      const merges = used.getMergedAreasOrNullObject();
      merges.load("address");
      const formulas = used.getSpecialCellsOrNullObject("Formulas");
      formulas.load("address");
      const none = ctx.workbook.worksheets.getItem("B").getUsedRange(true).getSpecialCellsOrNullObject("Formulas");
      none.load("address");
      await ctx.sync();
      expect(used.address).toBe("A!A1:B2");
      expect(used.values).toEqual([["x", ""], ["", 5]]);
      expect(used.formulas).toEqual([["x", ""], ["", "=2+3"]]);
      expect(merges.isNullObject).toBe(true); // A3:B3 lies outside the used range (values only)
      expect(formulas.address).toBe("A!B2");
      expect(none.isNullObject).toBe(true);
    });
  });

  it("refuses a response over 5 MB and counts bytes", async () => {
    const cells = Array.from({ length: 60000 }, (_, i) => ({ r: i + 1, c: 1, v: "ж".repeat(50) }));
    const excel = FakeExcel.fromJson({ sheets: [{ name: "Big", cells }] });
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Big").getRange("A1:A60000").load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(excel.syncs[0].responseBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("throws errors shaped like OfficeExtension.Error", () => {
    const error = new FakeExcelError("InvalidOperationInCellEditMode", "x");
    expect(error).toMatchObject({ code: "InvalidOperationInCellEditMode", name: "RichApi.Error" });
  });
});

describe("fake Excel: worksheets.onActivated", () => {
  const twoSheets = () => FakeExcel.fromJson({ sheets: [{ name: "А", cells: [] }, { name: "Б", cells: [] }] });
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

  it("fires after the batch for activate() and for a sheet tab, not for the active sheet, and stops on remove", async () => {
    const excel = twoSheets();
    const seen: string[] = [];
    const result = await excel.run(async (ctx) => {
      const handler = ctx.workbook.worksheets.onActivated.add(async (args) => void seen.push(`${args.type} ${args.worksheetId}`));
      await ctx.sync();
      return handler;
    });
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Б").activate();
      await ctx.sync();
      expect(seen).toEqual([]); // events arrive later, never inside the batch
    });
    await tick();
    // Excel's event carries the sheet's id (a GUID), never its name.
    const [a, b] = excel.book.sheets.map((s) => s.id);
    expect(seen).toEqual([`WorksheetActivated ${b}`]);
    excel.book.activate("Б"); // already active
    excel.book.activate("А"); // the preview's sheet tab
    await tick();
    expect(seen).toEqual([`WorksheetActivated ${b}`, `WorksheetActivated ${a}`]);
    result.remove();
    await result.context.sync();
    excel.book.activate("Б");
    await tick();
    expect(seen).toHaveLength(2);
  });
});
