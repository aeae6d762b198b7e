/**
 * The import's request as Microsoft's own client library builds it (real-client harness): the
 * base64 file, the options and the envelope around them. The adapter refuses a file before
 * sending when importRequestBytes says its request would pass 5 MB; here that estimate is held to
 * the exact body Excel on the web would receive, for the largest file the adapter lets through.
 */
import { importRequestBytes, importSheets, largestImportBytes, PAYLOAD_LIMIT_BYTES, runExcel } from "../../src/excel";
import { putRows, workbookBytes } from "../helpers/xlsx";
import { RealClientExcel } from "./real-client/host";

function office(): RealClientExcel {
  return RealClientExcel.fromJson({ activeSheet: "Аркуш1", sheets: [{ name: "Аркуш1", cells: [{ r: 1, c: 1, v: "Зведення" }] }] }, { enforceLimit: true });
}

describe("the insert request through the real client", () => {
  it("brings a centre's report in and renames it, the insert request carrying the base64 and under 1 KB more", async () => {
    const excel = office();
    const bytes = await workbookBytes((wb) => putRows(wb.addWorksheet("Звіт"), [["Звіт Лиманського центру"], ["№ з/п", "Найменування заходу", "План", "Факт"], ["1.1", "Лекції", 1, 2]]));
    const base64 = Buffer.from(bytes).toString("base64");
    const added = await runExcel(excel, (ctx) => importSheets(ctx, { base64, sheets: ["Звіт"], names: ["Лиман"], activate: true }));
    expect(added.names).toEqual(["Лиман"]);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Аркуш1", "Лиман"]);
    expect(excel.book.sheet("Лиман")?.cell(3, 4)?.value).toBe(2);
    // The estimate is never below the real body: the body carries the base64 and a little more.
    const insert = excel.syncs[0];
    expect(insert.requestBytes - base64.length).toBeGreaterThan(0);
    expect(insert.requestBytes - base64.length).toBeLessThan(1024);
    expect(importRequestBytes(base64.length, ["Звіт"])).toBeGreaterThanOrEqual(insert.requestBytes);
    console.info(`insert request: ${insert.requestBytes} bytes for ${base64.length} of base64 (envelope ${insert.requestBytes - base64.length}); estimate ${importRequestBytes(base64.length, ["Звіт"])}`);
  });

  it("sends the largest file the adapter allows in one request under Excel on the web's 5 MB", async () => {
    const excel = office();
    const largest = largestImportBytes(["Звіт"]);
    // Not a workbook: the request's size is what is measured, and Excel answers it with an error.
    const base64 = Buffer.alloc(largest).toString("base64");
    await expect(runExcel(excel, (ctx) => importSheets(ctx, { base64, sheets: ["Звіт"], names: ["Лиман"] }))).rejects.toMatchObject({ kind: "unknown" });
    expect(excel.syncs[0].error).toBe("InvalidArgument");
    expect(excel.syncs[0].requestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    console.info(`largest file ${largest} bytes: request ${excel.syncs[0].requestBytes} of ${PAYLOAD_LIMIT_BYTES}`);
  });
});
