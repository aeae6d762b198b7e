import { ExcelFailure, readSheet, runExcel, toFailure } from "../../src/excel";
import { FakeExcel } from "../../src/fake-excel";

describe("runExcel", () => {
  it("says so when Excel lacks the API set, before sending anything", async () => {
    const excel = FakeExcel.fromJson({ sheets: [{ name: "S", cells: [] }] });
    excel.book.apiVersion = "1.12";
    const failure = await runExcel(excel, (ctx) => readSheet(ctx)).catch((e) => e);
    expect(failure).toBeInstanceOf(ExcelFailure);
    expect(failure).toMatchObject({ kind: "api-unsupported", detail: { api: "ExcelApi 1.13" } });
    expect(excel.syncs).toHaveLength(0);
  });

  it.each([
    [{ code: "InvalidOperationInCellEditMode", message: "Excel is in cell-editing mode." }, "cell-edit"],
    [{ code: "AccessDenied", message: "The cell is protected" }, "protected"],
    [{ code: "RequestPayloadSizeLimitExceeded", message: "..." }, "payload"],
    [{ code: "GeneralException", debugInfo: { code: "ResponsePayloadSizeLimitExceeded" } }, "payload"],
    [{ code: "ApiNotFound", message: "The API you are trying to use could not be found." }, "api-unsupported"],
    [{ code: "ItemNotFound", message: "The requested resource doesn't exist." }, "not-found"],
    [{ code: "InactiveWorkbook", message: "Кілька книг відкрито, і ця втратила фокус." }, "inactive-workbook"],
    [{ code: "InvalidArgument", debugInfo: { code: "InsertDeleteConflict" } }, "insert-conflict"],
    [{ code: "MergedRangeConflict", message: "..." }, "insert-conflict"],
    [{ code: "PivotTableRangeConflict", message: "..." }, "insert-conflict"],
    [{ code: "ItemAlreadyExists", message: "..." }, "already-exists"],
    [{ code: "ApiNotAvailable", message: "..." }, "api-unsupported"],
    [{ code: "GeneralException", message: "An internal error has occurred." }, "general"],
    [new Error("boom"), "unknown"],
  ])("maps %p to %s", (error, kind) => {
    expect(toFailure(error).kind).toBe(kind);
  });

  it.each([
    // Office translates messages, never codes: a Ukrainian Office's words must not be guessed at.
    [{ code: "InvalidArgument", message: "Excel is in cell edit mode" }, "unknown"],
    [{ code: "InvalidArgument", message: "The sheet is protected" }, "unknown"],
    [{ message: "The request payload size has exceeded the limit" }, "unknown"],
  ])("reads %p by its code only, as %s", (error, kind) => {
    expect(toFailure(error).kind).toBe(kind);
  });
});

describe("runExcel counts round trips", () => {
  it("reports the syncs the batch made, the same number Excel (the fake) saw", async () => {
    const excel = FakeExcel.fromJson({ sheets: [{ name: "S", cells: [{ r: 1, c: 1, v: 1 }, { r: 1, c: 2, f: "=A1", v: 1 }] }] });
    let stats = { syncs: -1, milliseconds: -1 };
    await runExcel(excel, (ctx) => readSheet(ctx), { onStats: (s) => (stats = s) });
    expect(stats.syncs).toBe(excel.syncs.length);
    expect(stats.syncs).toBe(1);
    expect(stats.milliseconds).toBeGreaterThanOrEqual(0);
  });

  it("reports them after a failure too", async () => {
    const excel = FakeExcel.fromJson({ sheets: [{ name: "S", cells: [] }] });
    excel.book.cellEditMode = true;
    let syncs = -1;
    await expect(runExcel(excel, (ctx) => readSheet(ctx), { onStats: (s) => (syncs = s.syncs) })).rejects.toBeInstanceOf(ExcelFailure);
    expect(syncs).toBe(1);
  });
});
