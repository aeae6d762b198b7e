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

  // Failed before: the OrNullObject wrapper swallowed the failure and gave a null object.
  it("fails the sync, not a null object, when a range starts more than 512 merged areas", async () => {
    const merges = Array.from({ length: 513 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    const excel = FakeExcel.fromJson({ sheets: [{ name: "M", cells: [{ r: 1, c: 1, v: "x" }], merges }] });
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("M").getRange("A1:B1026").getMergedAreasOrNullObject().load("address");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    await excel.run(async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem("M").getRange("A1:B1024").getMergedAreasOrNullObject();
      areas.load("address");
      await ctx.sync();
      expect(areas.address.split(",")).toHaveLength(512);
    });
  });

  // Failed before: the fake wrote A5:XFD5 and A:A as cells.
  it("writes whole rows and whole columns in addresses as Excel does (5:5, B:C)", async () => {
    const excel = FakeExcel.fromJson({ sheets: [{ name: "Звіт 1", cells: [{ r: 5, c: 1, v: "Заголовок" }], merges: ["A5:XFD5", "B7:C1048576"] }] });
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Звіт 1");
      const merges = sheet.getRange("A1:D20").getMergedAreasOrNullObject();
      merges.load("address");
      const row = sheet.getRange("5:5");
      const columns = sheet.getRange("B:C");
      row.load("address");
      columns.load("address");
      await ctx.sync();
      expect(merges.address).toBe("'Звіт 1'!5:5,'Звіт 1'!B7:C1048576");
      expect(row.address).toBe("'Звіт 1'!5:5");
      expect(columns.address).toBe("'Звіт 1'!B:C");
    });
  });

  it("keeps dates as Excel does: a serial number with a date format, DATE in the workbook's date system", async () => {
    for (const date1904 of [false, true]) {
      const excel = FakeExcel.fromJson({
        date1904,
        sheets: [{ name: "D", styles: [{ numFmt: "dd.mm.yyyy" }], cells: [{ r: 1, c: 1, v: 44561, s: 0 }, { r: 1, c: 2, v: "31.12.2021" }, { r: 2, c: 1, v: 3 }] }],
      });
      await excel.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem("D").getRange("A1:B2");
        range.load("values, numberFormat");
        const numbers = range.getSpecialCellsOrNullObject("Constants", "Numbers");
        numbers.load("address");
        const day0 = ctx.workbook.functions.date(1904, 1, 1);
        const first = ctx.workbook.functions.date(1900, 1, 1);
        const march = ctx.workbook.functions.date(1900, 3, 1);
        const last = ctx.workbook.functions.date(2021, 12, 31);
        for (const result of [day0, first, march, last]) result.load("value");
        await ctx.sync();
        expect(range.values).toEqual([[44561, "31.12.2021"], [3, ""]]);
        expect(range.numberFormat).toEqual([["dd.mm.yyyy", "General"], ["General", "General"]]);
        expect(numbers.address).toBe("D!A1:A2");
        if (date1904) expect([day0.value, last.value]).toEqual([0, 43099]);
        else expect([day0.value, first.value, march.value, last.value]).toEqual([1462, 1, 61, 44561]);
      });
    }
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
    expect(seen).toEqual(["WorksheetActivated Б"]);
    excel.book.activate("Б"); // already active
    excel.book.activate("А"); // the preview's sheet tab
    await tick();
    expect(seen).toEqual(["WorksheetActivated Б", "WorksheetActivated А"]);
    result.remove();
    await result.context.sync();
    excel.book.activate("Б");
    await tick();
    expect(seen).toHaveLength(2);
  });
});
