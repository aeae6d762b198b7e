/**
 * Importing a centre's file as sheets (issue 11), on the fake Excel: insertWorksheetsFromBase64 as
 * Excel has it (the file opened as Excel opens it, a taken name renamed «Звіт (2)», the request
 * carrying the base64 under Excel on the web's 5 MB, nothing inserted from a string that is not a
 * workbook, an Excel below 1.13 refusing at the call), the adapter's rename after the centre,
 * and its undo deleting exactly the sheets it added, and only while each is as its file held it.
 */
import fs from "fs";
import path from "path";
import { importRequestBytes, importSheets, largestImportBytes, PAYLOAD_LIMIT_BYTES, readSheet, removeImportedSheets, runExcel } from "../../src/excel";
import { FakeExcel, sheetSnapshot } from "../../src/fake-excel";
import { streamInflate } from "../../src/preview/inflate";
import { unchangedSince } from "../../src/taskpane/state/unchanged-since";
import { typedDates } from "../../src/taskpane/state/centre-files";
import { readWorkbookBytesAsync } from "../../src/xlsx";
import { workbookBytes, putRows } from "../helpers/xlsx";
import { FIXTURES } from "./helpers";

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

/** A centre's file: its report sheet «Звіт» (values, a merged title, a formula) and a cover letter. */
async function centreFile(centre: string, plan: number, fact: number): Promise<string> {
  const bytes = await workbookBytes((wb) => {
    const report = wb.addWorksheet("Звіт");
    putRows(report, [[`Звіт ${centre} центру`], ["за II квартал 2024 року"], [], ["№ з/п", "Найменування заходу", "План", "Факт", "%"], ["1.1", "Лекції", plan, fact]]);
    report.mergeCells("A1:E1");
    report.getCell("E5").value = { formula: "D5/C5*100", result: (fact / plan) * 100 };
    putRows(wb.addWorksheet("Лист"), [["Супровідний лист"]]);
  });
  return base64(bytes);
}

function office(): FakeExcel {
  return FakeExcel.fromJson({ activeSheet: "Звіт", sheets: [{ name: "Звіт", cells: [{ r: 1, c: 1, v: "Власний аркуш управління" }] }] });
}

describe("insertWorksheetsFromBase64 in the fake", () => {
  it("copies the named sheets in at the end, a taken name renamed as Excel names a copy, and answers their ids", async () => {
    const excel = office();
    const file = await centreFile("Бахмутського", 10, 8);
    const ids = await excel.run(async (ctx) => {
      const result = ctx.workbook.insertWorksheetsFromBase64(file, { sheetNamesToInsert: ["Звіт"], positionType: "End" });
      await ctx.sync();
      return result.value;
    });
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Звіт", "Звіт (2)"]);
    expect(ids).toEqual([excel.book.idOf(excel.book.sheets[1])]);
    const copy = excel.book.sheet("Звіт (2)")!;
    expect([copy.cell(5, 3)?.value, copy.cell(5, 4)?.value, copy.cell(5, 5)?.formula]).toEqual([10, 8, "=D5/C5*100"]);
    expect(copy.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 5 }]);
    // The office's own sheet is as it was.
    expect(excel.book.sheet("Звіт")!.cell(1, 1)?.value).toBe("Власний аркуш управління");
  });

  it("inserts every sheet by default, before a given sheet when asked", async () => {
    const excel = office();
    const file = await centreFile("Лиманського", 1, 1);
    await excel.run(async (ctx) => {
      ctx.workbook.insertWorksheetsFromBase64(file, { positionType: "Before", relativeTo: "Звіт" });
      await ctx.sync();
    });
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Звіт (2)", "Лист", "Звіт"]);
  });

  it("fails the sync and inserts nothing for a string that is not base64 or bytes that are not a workbook", async () => {
    for (const text of ["це не base64!", Buffer.from("звичайний текст, не книга").toString("base64")]) {
      const excel = office();
      const run = excel.run(async (ctx) => {
        ctx.workbook.insertWorksheetsFromBase64(text);
        await ctx.sync();
      });
      await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
      expect(excel.book.sheets.map((s) => s.name)).toEqual(["Звіт"]);
    }
  });

  it("on an Excel below ExcelApi 1.13 throws at the call, before anything is sent, as Microsoft's client does", async () => {
    const excel = office();
    excel.book.apiVersion = "1.12";
    const file = await centreFile("Бахмутського", 10, 8);
    await expect(excel.run(async (ctx) => void ctx.workbook.insertWorksheetsFromBase64(file))).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(excel.syncs).toHaveLength(0);
    expect(excel.book.sheets).toHaveLength(1);
  });
});

describe("the adapter's import and its undo", () => {
  it("names each added sheet after its centre, fresh against the names in use, and activates the first", async () => {
    const excel = office();
    excel.book.sheets[0].name = "Бахмут";
    excel.book.activeSheet = "Бахмут";
    const file = await centreFile("Бахмутського", 10, 8);
    const added = await runExcel(excel, (ctx) => importSheets(ctx, { base64: file, sheets: ["Звіт"], names: ["Бахмут"], activate: true }));
    expect(added.names).toEqual(["Бахмут (2)"]);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Бахмут", "Бахмут (2)"]);
    expect(excel.book.activeSheet).toBe("Бахмут (2)");
    expect(excel.book.idOf(excel.book.sheets[1])).toBe(added.ids[0]);
  });

  it("undo deletes exactly the sheets it added, leaves every other sheet as it was, and skips one already gone", async () => {
    const excel = office();
    const before = sheetSnapshot(excel.book.sheet("Звіт")!);
    const first = await runExcel(excel, async (ctx) => importSheets(ctx, { base64: await centreFile("Бахмутського", 10, 8), sheets: ["Звіт", "Лист"], names: ["Бахмут", "Бахмут Лист"] }));
    const second = await runExcel(excel, async (ctx) => importSheets(ctx, { base64: await centreFile("Лиманського", 1, 1), sheets: ["Звіт"], names: ["Лиман"] }));
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Звіт", "Бахмут", "Бахмут Лист", "Лиман"]);
    // The official deleted one of them by hand meanwhile.
    excel.book.sheets.splice(2, 1);
    const removed = await runExcel(excel, (ctx) => removeImportedSheets(ctx, [...first.ids, ...second.ids]));
    expect(removed).toEqual(["Бахмут", "Лиман"]);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Звіт"]);
    expect(sheetSnapshot(excel.book.sheet("Звіт")!)).toEqual(before);
  });

  it("plans the request's size as the fake measures it: the largest file it allows fits under 5 MB, a larger one is refused by Excel", async () => {
    const sheets = ["Звіт"];
    const largest = largestImportBytes(sheets);
    expect(largest).toBeGreaterThan(3.7 * 1024 * 1024);
    expect(importRequestBytes(Math.ceil(largest / 3) * 4, sheets)).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    for (const [size, fits] of [
      [largest, true],
      [largest + 3 * 1024, false],
    ] as const) {
      const excel = office();
      // Bytes that are no workbook: the request's size is what is measured here.
      const text = base64(new Uint8Array(size));
      const run = excel.run(async (ctx) => {
        ctx.workbook.insertWorksheetsFromBase64(text, { sheetNamesToInsert: sheets, positionType: "End" });
        await ctx.sync();
      });
      await expect(run).rejects.toMatchObject({ code: fits ? "InvalidArgument" : "RequestPayloadSizeLimitExceeded" });
      expect(excel.syncs[0].requestBytes <= PAYLOAD_LIMIT_BYTES).toBe(fits);
    }
  });
});

describe("undo tells an untouched sheet from one worked on, for real files", () => {
  const folders = [FIXTURES, path.resolve(__dirname, "../fixtures")];
  const files = folders.flatMap((folder) => fs.readdirSync(folder).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(folder, f)));

  it.each(files.map((f) => [path.basename(f), f]))("%s: every sheet brought in reads back from Excel as the file held it, until a cell is typed in", async (_name, file) => {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const read = await readWorkbookBytesAsync(bytes, { inflate: streamInflate() });
    if (!read.ok) throw new Error(read.problem.kind);
    const excel = office();
    const sheets = read.grids.map((g) => g.name);
    // The typed dates as the pane hands them over: a 1904 file's are put right for this 1900 workbook, or they would read four years off.
    const request = { base64: base64(bytes), sheets, names: sheets, date1904: read.date1904, dates: read.grids.map(typedDates) };
    const added = await runExcel(excel, (ctx) => importSheets(ctx, request));
    for (const [i, id] of added.ids.entries()) {
      const now = await runExcel(excel, (ctx) => readSheet(ctx, id));
      expect(unchangedSince(read.grids[i], now)).toBe(true);
    }
    excel.type(added.names[0], "ZZ999", "дописано");
    expect(unchangedSince(read.grids[0], await runExcel(excel, (ctx) => readSheet(ctx, added.ids[0])))).toBe(false);
  });
});
