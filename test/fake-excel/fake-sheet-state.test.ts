/**
 * What the fake keeps of a sheet beyond values, as Excel keeps it: the sheet's id, the looks
 * getCellProperties reports (theme tints, the automatic text colour), per-cell protection and the
 * add-in's settings.
 */
import { FakeExcel, sheetSnapshot, workbookFromJson, workbookToJson, type WorkbookJson } from "../../src/fake-excel";
import type { XlContext } from "../../src/excel/types";

const book = (extra: Partial<WorkbookJson["sheets"][number]> = {}) =>
  FakeExcel.fromJson({
    sheets: [
      {
        name: "Звіт",
        cells: [
          { r: 1, c: 1, v: "тема", s: 0 },
          { r: 1, c: 2, v: "чорний", s: 1 },
          { r: 1, c: 3, v: "авто" },
          { r: 2, c: 1, v: 5, s: 2 },
          { r: 2, c: 2, v: 6, s: 3 },
        ],
        styles: [
          { fill: { color: "#4472C4", pattern: "Solid", tintAndShade: 0.6 }, font: { color: "#44546A", tintAndShade: -0.25 } },
          { font: { color: "#000000" } },
          { locked: false },
          { locked: false, fill: { color: "#FFFF00", pattern: "Solid" } },
        ],
        ...extra,
      },
      { name: "Інший", cells: [] },
    ],
  });

async function run<T>(excel: FakeExcel, batch: (ctx: XlContext) => Promise<T>): Promise<T> {
  return excel.run(batch);
}

const LOOK = { format: { fill: { color: true, pattern: true, tintAndShade: true }, font: { color: true, tintAndShade: true }, protection: true } } as const;

describe("fake Excel: Worksheet.id", () => {
  it("is a GUID kept across a rename and a save, and getItem takes it as well as the name", async () => {
    const excel = book();
    const ids = await run(excel, async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/id,items/name");
      await ctx.sync();
      return sheets.items.map((s) => s.id);
    });
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(id).toMatch(/^\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}$/);
    excel.book.sheets[0].name = "Звіт (2)";
    const renamed = await run(excel, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem(ids[0]);
      sheet.load("name,id");
      await ctx.sync();
      return [sheet.name, sheet.id];
    });
    expect(renamed).toEqual(["Звіт (2)", ids[0]]);
    const reopened = workbookFromJson(JSON.parse(JSON.stringify(workbookToJson(excel.book))));
    expect(reopened.sheets.map((s) => s.id)).toEqual(ids);
  });

  it("gives a new sheet an id of its own", async () => {
    const excel = book();
    const id = await run(excel, async (ctx) => {
      const sheet = ctx.workbook.worksheets.add("Новий");
      sheet.load("id");
      await ctx.sync();
      return sheet.id;
    });
    expect(excel.book.sheets.filter((s) => s.id === id).map((s) => s.name)).toEqual(["Новий"]);
  });
});

describe("fake Excel: looks as getCellProperties reports them", () => {
  it("reports a theme tint apart from its colour, and automatic text as black", async () => {
    const excel = book();
    const props = await run(excel, async (ctx) => {
      const result = ctx.workbook.worksheets.getItem("Звіт").getRange("A1:C1").getCellProperties(LOOK);
      await ctx.sync();
      return result.value[0];
    });
    expect(props[0].format).toEqual({
      fill: { color: "#4472C4", pattern: "Solid", tintAndShade: 0.6 },
      font: { color: "#44546A", tintAndShade: -0.25 },
      protection: { formulaHidden: false, locked: true },
    });
    // An explicit black and the automatic colour read the same.
    expect(props[1].format?.font).toEqual({ color: "#000000", tintAndShade: 0 });
    expect(props[2].format?.font).toEqual({ color: "#000000", tintAndShade: 0 });
    expect(props[2].format?.fill).toEqual({ color: "#FFFFFF", pattern: "None", tintAndShade: 0 });
  });

  it("sets tints, drops a tint when a colour is set, and never sets the automatic colour back", async () => {
    const excel = book();
    const sheet = excel.book.sheet("Звіт")!;
    await run(excel, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Звіт");
      ws.getRange("A1").setCellProperties([[{ format: { fill: { color: "#FFC7CE" }, font: { color: "#9C0006" } } }]]);
      ws.getRange("C1").setCellProperties([[{ format: { fill: { color: "#4472C4", pattern: "Solid", tintAndShade: 0.8 } } }]]);
      await ctx.sync();
    });
    expect(sheet.cell(1, 1)?.style?.fill).toEqual({ color: "#FFC7CE", pattern: "Solid" });
    expect(sheet.cell(1, 1)?.style?.font).toEqual({ color: "#9C0006" });
    expect(sheet.cell(1, 3)?.style?.fill).toEqual({ color: "#4472C4", pattern: "Solid", tintAndShade: 0.8 });
    for (const color of ["Automatic", "", "#12345"]) {
      await expect(
        run(excel, async (ctx) => {
          ctx.workbook.worksheets.getItem("Звіт").getRange("C1").setCellProperties([[{ format: { font: { color } } }]]);
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    expect(sheet.cell(1, 3)?.style?.font).toBeUndefined();
  });

  it("shows the automatic colour and an explicit black apart in a snapshot", () => {
    const snapshot = sheetSnapshot(book().book.sheet("Звіт")!);
    expect(snapshot.B1.fontColor).toBe("#000000");
    expect(snapshot.C1.fontColor).toBeUndefined();
    expect(snapshot.A1).toMatchObject({ fill: { tintAndShade: 0.6 }, fontColor: "#44546A", fontTint: -0.25 });
  });
});

describe("fake Excel: protection per cell and per kind of change", () => {
  const protectedBook = (options = {}) => book({ protected: true, protectionOptions: options });
  const attempt = (excel: FakeExcel, work: (ctx: XlContext) => void) =>
    run(excel, async (ctx) => {
      work(ctx);
      await ctx.sync();
    });
  const ws = (ctx: XlContext) => ctx.workbook.worksheets.getItem("Звіт");

  it("takes values into unlocked cells and refuses locked ones", async () => {
    const excel = protectedBook();
    await attempt(excel, (ctx) => void (ws(ctx).getRange("A2:B2").values = [[7, 8]]));
    expect(excel.book.sheet("Звіт")!.cell(2, 1)?.value).toBe(7);
    await expect(attempt(excel, (ctx) => void (ws(ctx).getRange("A2:A3").values = [[1], [2]]))).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(attempt(excel, (ctx) => void (ws(ctx).getRange("C1").formulas = [["=1"]]))).rejects.toMatchObject({ code: "AccessDenied" });
    expect(excel.book.sheet("Звіт")!.cell(3, 1)).toBeUndefined();
  });

  it("refuses formats, inserts and merges unless the sheet allows them", async () => {
    const excel = protectedBook();
    const format = (ctx: XlContext) => ws(ctx).getRange("A2").setCellProperties([[{ format: { fill: { color: "#FFC7CE" } } }]]);
    for (const work of [
      format,
      (ctx: XlContext) => void (ws(ctx).getRange("A2").format.fill.color = "#FFC7CE"),
      (ctx: XlContext) => void (ws(ctx).getRange("A2").numberFormat = [["0.0%"]]),
      (ctx: XlContext) => void ws(ctx).getRange("B:B").insert("Right"),
      (ctx: XlContext) => ws(ctx).getRange("A2:B2").merge(),
    ]) {
      await expect(attempt(excel, work)).rejects.toMatchObject({ code: "AccessDenied" });
    }
    const allowed = protectedBook({ allowFormatCells: true, allowInsertColumns: true });
    await attempt(allowed, format);
    await attempt(allowed, (ctx) => void (ws(ctx).getRange("C1").numberFormat = [["0.0%"]])); // a locked cell's format
    await attempt(allowed, (ctx) => void ws(ctx).getRange("B:B").insert("Right"));
    await expect(attempt(allowed, (ctx) => ws(ctx).getRange("A2:B2").merge())).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("loads the sheet's options and each range's lock, null when mixed", async () => {
    const excel = protectedBook({ allowFormatCells: true });
    const seen = await run(excel, async (ctx) => {
      const sheet = ws(ctx);
      sheet.protection.load("protected,options");
      const ranges = ["A2:B2", "A1:B1", "A1:A2"].map((a) => sheet.getRange(a).load("format/protection/locked") as ReturnType<typeof sheet.getRange>);
      await ctx.sync();
      return { protected: sheet.protection.protected, options: sheet.protection.options, locked: ranges.map((r) => r.format.protection.locked) };
    });
    expect(seen.protected).toBe(true);
    expect(seen.options).toMatchObject({ allowFormatCells: true, allowInsertColumns: false });
    expect(seen.locked).toEqual([false, true, null]);
  });
});

describe("fake Excel: the add-in's settings", () => {
  it("loads every setting with its value", async () => {
    const excel = book();
    excel.book.settings.set("a", "1");
    excel.book.settings.set("b", { x: 2 });
    const items = await run(excel, async (ctx) => {
      const settings = ctx.workbook.settings;
      settings.load("items/key,items/value");
      await ctx.sync();
      return settings.items.map((s) => [s.key, s.value]);
    });
    expect(items).toEqual([
      ["a", "1"],
      ["b", { x: 2 }],
    ]);
  });
});
