/**
 * Issue 10's adapter calls through Microsoft's own client library: reading every sheet of a
 * workbook, and keeping acceptances in a custom XML part, do to the workbook exactly what they do
 * on the fake directly, with no request the client would not send to Excel.
 */
import type { Acceptance } from "../../../src/core";
import { readAcceptances, readWorkbookForCheck, runExcel, saveAcceptances } from "../../../src/excel";
import { fixtureJson } from "../helpers";
import { HARNESS_GAP } from "./bridge";
import { FakeExcel, workbookToJson } from "./fake";
import { RealClientExcel } from "./host";

const A: Acceptance = { sheet: "План 2022", cell: "K21", rule: "total-missing", value: "", reason: "за потребою", at: "2026-12-03T12:00:00.000Z" };

it("reads the workbook and keeps acceptances as on the fake", async () => {
  const json = await fixtureJson("plan-2022-public");
  const real = RealClientExcel.fromJson(JSON.parse(JSON.stringify(json)));
  const fake = FakeExcel.fromJson(JSON.parse(JSON.stringify(json)));
  for (const host of [real, fake]) {
    const read = await runExcel(host, (ctx) => readWorkbookForCheck(ctx));
    expect(read.sheets.map((s) => s.grid.name)).toEqual(["План 2022", "Примітки"]);
    await runExcel(host, (ctx) => saveAcceptances(ctx, [A]));
    await runExcel(host, (ctx) => saveAcceptances(ctx, [A, { ...A, cell: "K22" }]));
    await expect(runExcel(host, (ctx) => readAcceptances(ctx))).resolves.toEqual([A, { ...A, cell: "K22" }]);
  }
  expect(workbookToJson(real.book)).toEqual(workbookToJson(fake.book));
  expect(real.syncs.filter((s) => s.error === HARNESS_GAP)).toEqual([]);
});
