/**
 * The harness itself: the adapter run through Microsoft's own client library (RealClientExcel)
 * does to a workbook exactly what it does on the fake directly (FakeExcel), and Excel's errors
 * reach it as from Excel. If these hold, the bytes payloads.test.ts measures are those of a run
 * that went to its real end.
 */
import fs from "fs";
import { buildTemplate, checkSheet, planCompute, TEMPLATE_IDS, type ComputeOptions } from "../../../src/core";
import { insertTemplate, markCells, markedCells, readSheetForCheck, runExcel, unmarkAll, writeEditPlan, type ExcelHost } from "../../../src/excel";
import { FIXTURES, fixtureJson } from "../helpers";
import { HARNESS_GAP } from "./bridge";
import { FakeExcel, sheetSnapshot, workbookToJson, type WorkbookJson } from "./fake";
import { RealClientExcel, type RealClientOptions } from "./host";

const FIXTURE_NAMES = fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx")).map((f) => f.replace(/\.xlsx$/, ""));
const DETAILS = { organisation: "Краматорського місцевого центру", year: 2025, quarter: 2 as const, responsible: "Іваненко І. І." };

const made: RealClientExcel[] = [];

/** The same workbook twice: behind the real client and in the fake alone. */
function pair(json: WorkbookJson, options?: RealClientOptions): { real: RealClientExcel; fake: FakeExcel } {
  const real = RealClientExcel.fromJson(JSON.parse(JSON.stringify(json)), options);
  made.push(real);
  return { real, fake: FakeExcel.fromJson(JSON.parse(JSON.stringify(json))) };
}

/** Runs a batch on both; returns both results and the adapter's sync counts. */
async function both<T>(hosts: { real: ExcelHost; fake: ExcelHost }, batch: Parameters<typeof runExcel<T>>[1]) {
  const syncs = { real: 0, fake: 0 };
  const real = await runExcel(hosts.real, batch, { onStats: (s) => (syncs.real = s.syncs) });
  const fake = await runExcel(hosts.fake, batch, { onStats: (s) => (syncs.fake = s.syncs) });
  return { real, fake, syncs };
}

afterEach(() => {
  // Every request was answered from the fake, never refused for want of a bridge.
  const gaps = made.flatMap((host) => host.syncs.filter((s) => s.error === HARNESS_GAP));
  made.length = 0;
  expect(gaps).toEqual([]);
});

describe.each(FIXTURE_NAMES)("%s through the real client", (name) => {
  it("reads every sheet as the fake reads it, in as many syncs", async () => {
    const json = await fixtureJson(name);
    const hosts = pair(json);
    for (const sheet of json.sheets) {
      const { real, fake, syncs } = await both(hosts, (ctx) => readSheetForCheck(ctx, sheet.name));
      expect(real).toEqual(fake);
      expect(syncs.real).toBe(syncs.fake);
    }
  });

  it("computes as on the fake (and adds the % column where a report lacks it)", async () => {
    const hosts = pair(await fixtureJson(name));
    const options: ComputeOptions = { addPercentColumn: true };
    const { real: read } = await both(hosts, (ctx) => readSheetForCheck(ctx));
    const plan = planCompute(read.grid, checkSheet(read.grid, read.options), options);
    const { real, fake } = await both(hosts, (ctx) => writeEditPlan(ctx, plan, { accepted: plan.offers, read: read.grid }));
    expect(real).toEqual(fake);
    expect(workbookToJson(hosts.real.book)).toEqual(workbookToJson(hosts.fake.book));
  });
});

describe("marks through the real client", () => {
  const SHEET = "Звіт III кв 2021";
  const MARKS = [
    { cell: "H7", severity: "error" as const },
    { cell: "G20", severity: "warning" as const },
    { cell: "G22", severity: "error" as const },
    { cell: "G31", severity: "info" as const },
  ];

  it("marks, counts and unmarks as on the fake, and gives every look back", async () => {
    const json = await fixtureJson("report-q3-2021-public");
    const sheetJson = json.sheets.find((s) => s.name === SHEET)!;
    sheetJson.styles = [...(sheetJson.styles ?? []), { fill: { color: "#FFFF00", pattern: "Solid" }, font: { color: "#FF0000" } }];
    sheetJson.cells.find((c) => c.r === 20 && c.c === 7)!.s = sheetJson.styles.length - 1;
    const hosts = pair(json);
    const before = sheetSnapshot(hosts.real.book.sheet(SHEET)!);

    const marked = await both(hosts, (ctx) => markCells(ctx, SHEET, MARKS));
    expect(marked.real).toEqual(marked.fake);
    expect(marked.syncs.real).toBe(marked.syncs.fake);
    expect(workbookToJson(hosts.real.book)).toEqual(workbookToJson(hosts.fake.book));
    expect((await both(hosts, (ctx) => markedCells(ctx))).real).toEqual({ [SHEET]: 4 });

    const unmarked = await both(hosts, (ctx) => unmarkAll(ctx));
    expect(unmarked.real).toEqual({ restored: 4 });
    expect(workbookToJson(hosts.real.book)).toEqual(workbookToJson(hosts.fake.book));
    expect(sheetSnapshot(hosts.real.book.sheet(SHEET)!)).toEqual(before);
  });
});

describe.each(TEMPLATE_IDS)("template %s through the real client", (id) => {
  it("inserts the same sheet as on the fake, print setup included", async () => {
    const hosts = pair({ sheets: [{ name: "Аркуш1", cells: [] }] });
    const { real, fake } = await both(hosts, (ctx) => insertTemplate(ctx, id, DETAILS));
    expect(real).toEqual(fake);
    expect(real.skipped).toEqual([]);
    expect(workbookToJson(hosts.real.book)).toEqual(workbookToJson(hosts.fake.book));
    expect(hosts.real.book.sheet(buildTemplate(id, DETAILS, ["Аркуш1"], 1).name)?.pageLayout.orientation).toBe("Landscape");
  });
});

describe("what the real client does on its own", () => {
  it("cuts a write of more than 1,500 cells into chunks (getBoundingRect), and the whole of it lands", async () => {
    const hosts = pair({ sheets: [{ name: "Аркуш1", cells: [] }] });
    const formulas = Array.from({ length: 3100 }, (_, i) => [i, `=A${i + 1}*2`]);
    await both(hosts, async (ctx) => {
      ctx.workbook.worksheets.getItem("Аркуш1").getRangeByIndexes(0, 0, formulas.length, 2).formulas = formulas;
      await ctx.sync();
    });
    expect(hosts.real.syncs[0].actions).toBeGreaterThan(10);
    expect(workbookToJson(hosts.real.book)).toEqual(workbookToJson(hosts.fake.book));
    expect(hosts.real.book.sheets[0].cell(3100, 2)).toMatchObject({ formula: "=A3100*2", value: 6198 });
  });

  it("keeps the ranges a batch makes and releases them in one last request", async () => {
    const { real } = pair(await fixtureJson("plan-2022-public"));
    await runExcel(real, async (ctx) => {
      const range = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:B2");
      range.load("values");
      await ctx.sync();
    });
    expect(real.syncs).toHaveLength(2);
    expect(real.syncs[1]).toMatchObject({ actions: 2, objectPaths: 1 });
  });
});

describe("Excel's answers reach the adapter as from Excel", () => {
  it("a missing sheet is ItemNotFound; a null object is isNullObject", async () => {
    const { real } = pair(await fixtureJson("plan-2022-public"));
    await expect(runExcel(real, (ctx) => readSheetForCheck(ctx, "Немає такого"))).rejects.toMatchObject({ kind: "not-found", cause: { code: "ItemNotFound" } });
    // No marks setting yet: getItemOrNullObject answers null, the adapter reads isNullObject.
    expect(await runExcel(real, (ctx) => markedCells(ctx))).toEqual({});
  });

  it("a write to a protected sheet is AccessDenied, and what came before it in the batch is done", async () => {
    const { real } = pair(await fixtureJson("plan-2022-public"));
    const sheet = real.book.sheets[0];
    sheet.protected = true;
    await expect(
      runExcel(real, async (ctx) => {
        ctx.workbook.settings.add("before", "done");
        ctx.workbook.worksheets.getItem(sheet.name).getRange("B7").values = [["x"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ kind: "protected", cause: { code: "AccessDenied" } });
    expect(real.book.settings.get("before")).toBe("done");
  });

  it("with enforceLimit, a request over 5 MB is refused as Excel on the web refuses it, and nothing is written", async () => {
    const { real } = pair({ sheets: [{ name: "Аркуш1", cells: [] }] }, { enforceLimit: true });
    const write = runExcel(real, async (ctx) => {
      ctx.workbook.worksheets.getItem("Аркуш1").getRange("A1").values = [["x".repeat(5_300_000)]];
      await ctx.sync();
    });
    await expect(write).rejects.toMatchObject({ kind: "payload", cause: { code: "RequestPayloadSizeLimitExceeded" } });
    expect(real.book.sheets[0].cell(1, 1)).toBeUndefined();
    expect(real.syncs[0].requestBytes).toBeGreaterThan(5_300_000);
  });

  it("a response over 5 MB is refused", async () => {
    const { real } = pair({ sheets: [{ name: "Аркуш1", cells: [{ r: 1, c: 1, v: "x".repeat(5_300_000) }] }] }, { enforceLimit: true });
    const read = runExcel(real, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Аркуш1").getRange("A1");
      range.load("values");
      await ctx.sync();
      return range.values;
    });
    await expect(read).rejects.toMatchObject({ kind: "payload", cause: { code: "ResponsePayloadSizeLimitExceeded" } });
    expect(real.syncs[0].error).toBe("ResponsePayloadSizeLimitExceeded");
  });
});
