import { MARK_STYLE, MARKS_SETTING, markCells, markedCells, runExcel, unmarkAll, SYNC_BUDGET_BYTES } from "../../src/excel";
import { FakeExcel, sheetSnapshot, workbookToJson } from "../../src/fake-excel";
import { bigReport, fixtureExcel } from "./helpers";

const SHEET = "Звіт III кв 2021";

async function withLooks(): Promise<FakeExcel> {
  const excel = await fixtureExcel("report-q3-2021-public");
  const sheet = excel.book.sheet(SHEET)!;
  // Cells with looks of their own: a yellow fill, a patterned fill, a red font.
  sheet.touch(7, 8).style = { fill: { color: "#FFFF00", pattern: "Solid" } };
  sheet.touch(20, 7).style = { fill: { color: "#C0C0C0", pattern: "Gray25", patternColor: "#FF0000" }, font: { color: "#0000FF" } };
  sheet.touch(22, 7).style = { font: { color: "#FF0000", bold: true } };
  return excel;
}

const MARKS = [
  { cell: "H7", severity: "error" as const },
  { cell: "G20", severity: "error" as const },
  { cell: "G22", severity: "warning" as const },
  { cell: "G22", severity: "error" as const },
  { cell: "G31", severity: "info" as const },
];

describe("markCells and unmarkAll", () => {
  it("colours cells by their worst severity without changing a value, in two syncs", async () => {
    const excel = await withLooks();
    const sheet = excel.book.sheet(SHEET)!;
    const before = sheetSnapshot(sheet);
    const result = await runExcel(excel, (ctx) => markCells(ctx, SHEET, MARKS));
    expect(result).toEqual({ marked: 4 });
    expect(excel.syncs).toHaveLength(2);
    const after = sheetSnapshot(sheet);
    expect(after.G22.fill).toEqual({ color: MARK_STYLE.error.fill, pattern: "Solid" });
    expect(after.G22.fontColor).toBe(MARK_STYLE.error.font);
    expect(after.G31.fill?.color).toBe(MARK_STYLE.info.fill);
    for (const address of Object.keys(before)) {
      expect([address, after[address].value, after[address].formula]).toEqual([address, before[address].value, before[address].formula]);
    }
    expect(excel.book.settings.has(MARKS_SETTING)).toBe(true);
  });

  it("restores every marked cell exactly, in two syncs", async () => {
    const excel = await withLooks();
    const sheet = excel.book.sheet(SHEET)!;
    const before = sheetSnapshot(sheet);
    await runExcel(excel, (ctx) => markCells(ctx, SHEET, MARKS));
    excel.resetStats();
    const result = await runExcel(excel, (ctx) => unmarkAll(ctx));
    expect(result).toEqual({ restored: 4 });
    expect(excel.syncs).toHaveLength(2);
    expect(sheetSnapshot(sheet)).toEqual(before);
    expect(excel.book.settings.has(MARKS_SETTING)).toBe(false);
  });

  it("restores after the workbook was saved and opened again", async () => {
    const excel = await withLooks();
    const before = sheetSnapshot(excel.book.sheet(SHEET)!);
    await runExcel(excel, (ctx) => markCells(ctx, SHEET, MARKS));
    const reopened = FakeExcel.fromJson(JSON.parse(JSON.stringify(workbookToJson(excel.book))));
    expect(await runExcel(reopened, (ctx) => markedCells(ctx))).toEqual({ [SHEET]: 4 });
    await runExcel(reopened, (ctx) => unmarkAll(ctx));
    expect(sheetSnapshot(reopened.book.sheet(SHEET)!)).toEqual(before);
  });

  it("marking again keeps the first saved look and gives back cells no longer marked", async () => {
    const excel = await withLooks();
    const sheet = excel.book.sheet(SHEET)!;
    const before = sheetSnapshot(sheet);
    await runExcel(excel, (ctx) => markCells(ctx, SHEET, MARKS));
    await runExcel(excel, (ctx) => markCells(ctx, SHEET, [{ cell: "H7", severity: "warning" }]));
    const now = sheetSnapshot(sheet);
    expect(now.G20).toEqual(before.G20);
    expect(now.H7.fill?.color).toBe(MARK_STYLE.warning.fill);
    await runExcel(excel, (ctx) => unmarkAll(ctx));
    expect(sheetSnapshot(sheet)).toEqual(before);
  });

  it("marking nothing takes the marks off that sheet", async () => {
    const excel = await withLooks();
    const before = sheetSnapshot(excel.book.sheet(SHEET)!);
    await runExcel(excel, (ctx) => markCells(ctx, SHEET, MARKS));
    await runExcel(excel, (ctx) => markCells(ctx, SHEET, []));
    expect(sheetSnapshot(excel.book.sheet(SHEET)!)).toEqual(before);
    expect(await runExcel(excel, (ctx) => markedCells(ctx))).toEqual({});
  });

  it("unmarking with no marks does nothing", async () => {
    const excel = await withLooks();
    expect(await runExcel(excel, (ctx) => unmarkAll(ctx))).toEqual({ restored: 0 });
    expect(excel.syncs).toHaveLength(1);
  });

  it("refuses a protected sheet before touching anything", async () => {
    const excel = await withLooks();
    const sheet = excel.book.sheet(SHEET)!;
    const before = sheetSnapshot(sheet);
    sheet.protected = true;
    await expect(runExcel(excel, (ctx) => markCells(ctx, SHEET, MARKS))).rejects.toMatchObject({ kind: "protected" });
    expect(sheetSnapshot(sheet)).toEqual(before);
    expect(excel.book.settings.has(MARKS_SETTING)).toBe(false);
  });

  it("marks and unmarks 20,000 cells in chunks under the budget", async () => {
    const excel = FakeExcel.fromJson(bigReport({ rows: 20000 }));
    const sheet = excel.book.sheets[0];
    const before = sheetSnapshot(sheet);
    const marks = Array.from({ length: 20000 }, (_, i) => ({ cell: `G${i + 2}`, severity: "error" as const }));
    await runExcel(excel, (ctx) => markCells(ctx, sheet.name, marks));
    const worst = Math.max(...excel.syncs.map((s) => Math.max(s.requestBytes, s.responseBytes)));
    expect(worst).toBeLessThan(SYNC_BUDGET_BYTES);
    expect(sheetSnapshot(sheet).G20001.fill?.color).toBe(MARK_STYLE.error.fill);
    excel.resetStats();
    await runExcel(excel, (ctx) => unmarkAll(ctx));
    expect(Math.max(...excel.syncs.map((s) => s.requestBytes))).toBeLessThan(SYNC_BUDGET_BYTES);
    expect(sheetSnapshot(sheet)).toEqual(before);
  });
});
