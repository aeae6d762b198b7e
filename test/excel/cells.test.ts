import { runExcel, selectCell, writeNote } from "../../src/excel";
import { FakeExcel, sheetSnapshot } from "../../src/fake-excel";
import { fixtureExcel } from "./helpers";

const SHEET = "Звіт III кв 2021";

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const excel = await fixtureExcel("plan-2022-public");
    excel.book.activeSheet = "Примітки";
    await runExcel(excel, (ctx) => selectCell(ctx, "План 2022", "J17"));
    expect(excel.book.activeSheet).toBe("План 2022");
    expect(excel.book.selection).toEqual({ sheet: "План 2022", area: { top: 17, left: 10, bottom: 17, right: 10 } });
    expect(excel.syncs).toHaveLength(1);
  });

  it("says the sheet is gone when it was renamed", async () => {
    const excel = await fixtureExcel("plan-2022-public");
    await expect(runExcel(excel, (ctx) => selectCell(ctx, "План 2021", "A1"))).rejects.toMatchObject({ kind: "not-found" });
  });
});

describe("writeNote", () => {
  let excel: FakeExcel;
  beforeEach(async () => {
    excel = await fixtureExcel("report-q3-2021-public");
  });
  const note = (row: number) => excel.book.sheet(SHEET)!.cell(row, 8)?.value ?? null;

  it("writes into an empty note cell in two syncs", async () => {
    const result = await runExcel(excel, (ctx) => writeNote(ctx, SHEET, "H7", "Перенесено на наступний квартал"));
    expect(result).toEqual({ status: "written" });
    expect(note(7)).toBe("Перенесено на наступний квартал");
    expect(excel.syncs).toHaveLength(2);
  });

  it("leaves an occupied cell alone until told to overwrite", async () => {
    await runExcel(excel, (ctx) => writeNote(ctx, SHEET, "H7", "перше"));
    const again = await runExcel(excel, (ctx) => writeNote(ctx, SHEET, "H7", "друге"));
    expect(again).toEqual({ status: "occupied", existing: "перше" });
    expect(note(7)).toBe("перше");
    await runExcel(excel, (ctx) => writeNote(ctx, SHEET, "H7", "друге", { overwrite: true }));
    expect(note(7)).toBe("друге");
  });

  it("treats a cell of spaces as empty", async () => {
    excel.book.sheet(SHEET)!.setValue(7, 8, "   ");
    const result = await runExcel(excel, (ctx) => writeNote(ctx, SHEET, "H7", "Скасовано"));
    expect(result.status).toBe("written");
  });

  it("keeps text that Excel would read as a formula or a number as text", async () => {
    await runExcel(excel, (ctx) => writeNote(ctx, SHEET, "H7", "=не формула"));
    expect(note(7)).toBe("=не формула");
    await runExcel(excel, (ctx) => writeNote(ctx, SHEET, "H35", "12"));
    expect(note(35)).toBe("12");
  });

  it("touches nothing but the one cell", async () => {
    const before = sheetSnapshot(excel.book.sheet(SHEET)!);
    await runExcel(excel, (ctx) => writeNote(ctx, SHEET, "H7", "x"));
    const after = sheetSnapshot(excel.book.sheet(SHEET)!);
    delete after.H7;
    expect(after).toEqual(before);
  });

  it("refuses a protected sheet with a clear kind, writing nothing", async () => {
    excel.book.sheet(SHEET)!.protected = true;
    await expect(runExcel(excel, (ctx) => writeNote(ctx, SHEET, "H7", "x"))).rejects.toMatchObject({ kind: "protected" });
    expect(note(7)).toBeNull();
  });

  it("refuses while the user edits a cell", async () => {
    excel.book.cellEditMode = true;
    await expect(runExcel(excel, (ctx) => writeNote(ctx, SHEET, "H7", "x"))).rejects.toMatchObject({ kind: "cell-edit" });
  });
});
