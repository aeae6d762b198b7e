/** The batched writer on the fake: fixtures, refusals, and the round trips of a 20,000-row Compute. */
import { checkSheet, planCompute, type ComputeOptions } from "../../src/core";
import { readSheetForCheck, runExcel, writeEditPlan, SYNC_BUDGET_BYTES, type RunStats } from "../../src/excel";
import { FakeExcel } from "../../src/fake-excel";
import { fixtureExcel } from "./helpers";
import { bigPlan, bigReportWithoutPercent } from "./big-sheets";

async function computeOn(excel: FakeExcel, options: ComputeOptions & { accept?: boolean; sheet?: string } = {}) {
  const { grid, options: checkOptions } = await runExcel(excel, (ctx) => readSheetForCheck(ctx, options.sheet));
  const report = checkSheet(grid, checkOptions);
  const plan = planCompute(grid, report, options);
  excel.resetStats();
  let stats: RunStats = { syncs: 0, milliseconds: 0 };
  const result = await runExcel(excel, (ctx) => writeEditPlan(ctx, plan, { accepted: options.accept ? plan.offers : [] }), { onStats: (s) => (stats = s) });
  return { report, plan, result, stats, syncs: [...excel.syncs] };
}

async function recheck(excel: FakeExcel, sheet?: string) {
  const { grid, options } = await runExcel(excel, (ctx) => readSheetForCheck(ctx, sheet));
  return checkSheet(grid, options);
}

describe("Compute on the fixtures", () => {
  it("plan-2022-public: live SUMs into the empty total, offers for typed totals; accepted, no total-mismatch remains", async () => {
    const excel = await fixtureExcel("plan-2022-public");
    const first = await computeOn(excel);
    expect(first.plan.offers.map((o) => [o.cell, o.current, o.write.value])).toEqual([["K16", 12, 16], ["K40", 20, 16]]);
    const sheet = excel.book.sheet("План 2022")!;
    // The one empty total got its formula, and Excel (the fake) computed it.
    const [write] = first.plan.writes;
    expect(sheet.cell(write.row, write.col)).toMatchObject({ formula: write.formula, value: write.value });
    // Typed totals are untouched until the user accepts.
    expect(sheet.cell(16, 11)?.value).toBe(12);
    expect((await recheck(excel)).findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["K16", "K40"]);

    const second = await computeOn(excel, { accept: true });
    expect(sheet.cell(16, 11)).toMatchObject({ formula: "=SUM(G16:J16)", value: 16 });
    expect(second.result.written).toBe(3);
    const after = await recheck(excel);
    expect(after.findings.filter((f) => f.rule === "total-mismatch" || f.rule === "total-missing")).toEqual([]);
  });

  it("Kramatorsk: adds «% виконання» after «Факт», moves the note right, writes zero-safe formulas in percent format", async () => {
    const excel = await fixtureExcel("report-q1-2020-kramatorsk");
    const sheet = excel.book.active();
    const noteBefore = sheet.cell(8, 8)?.value;
    const { plan, stats } = await computeOn(excel, { addPercentColumn: true });
    expect(plan.insertColumns).toEqual([{ before: 8, header: "% виконання", headerRows: [4], widen: [{ top: 3, left: 6, bottom: 3, right: 7 }] }]);
    expect(sheet.cell(4, 8)?.value).toBe("% виконання");
    // "Значення показників…" now stands over План, Факт and the new column.
    expect(sheet.merges).toContainEqual({ top: 3, left: 6, bottom: 3, right: 8 });
    expect(sheet.cell(8, 9)?.value).toBe(noteBefore);
    expect(sheet.cell(6, 8)?.formula).toBe(plan.writes.find((w) => w.row === 6)?.formula);
    expect(sheet.cell(6, 8)?.formula).toMatch(/F6.*G6/);
    expect(sheet.cell(6, 8)?.style?.numFmt).toBe("0.0%");
    for (const w of plan.writes) {
      const cell = sheet.cell(w.row, w.col)!;
      if (typeof w.value === "number") expect(cell.value).toBeCloseTo(w.value, 12);
      else expect(cell.value).toBe("");
    }
    // No target to check first (the column is new): the insert and the writes take one sync.
    expect(stats.syncs).toBe(1);
    const after = await recheck(excel);
    expect(after.columns).toMatchObject({ plan: 6, fact: 7, percent: 8, note: 9 });
    expect(after.findings.map((f) => f.rule)).not.toContain("shortfall-unexplained");
  });

  it("a second Compute rewrites only its own formulas, and never a percentage the user typed", async () => {
    const excel = await fixtureExcel("report-q1-2020-kramatorsk");
    await computeOn(excel, { addPercentColumn: true });
    const sheet = excel.book.active();
    sheet.setValue(6, 8, 0.5); // the user typed over one formula
    const again = await computeOn(excel);
    expect(again.plan.insertColumns).toEqual([]);
    expect(again.plan.writes.some((w) => w.row === 6)).toBe(false);
    expect(sheet.cell(6, 8)).toMatchObject({ value: 0.5 });
    expect(sheet.cell(6, 8)?.formula).toBeUndefined();
  });
});

describe("the writer refuses rather than overwrite", () => {
  it("writes nothing when a target changed after the check", async () => {
    const excel = await fixtureExcel("plan-2022-public");
    const { grid, options } = await runExcel(excel, (ctx) => readSheetForCheck(ctx));
    const plan = planCompute(grid, checkSheet(grid, options));
    const sheet = excel.book.active();
    sheet.setValue(16, 11, 13); // typed meanwhile
    const [write] = plan.writes;
    await expect(runExcel(excel, (ctx) => writeEditPlan(ctx, plan, { accepted: plan.offers }))).rejects.toMatchObject({ kind: "changed", detail: { cell: "K16" } });
    expect(sheet.cell(write.row, write.col)?.formula).toBeUndefined();
    expect(sheet.cell(40, 11)?.value).toBe(20);
  });

  it("says the sheet is protected before writing anything", async () => {
    const excel = await fixtureExcel("plan-2022-public");
    const { grid, options } = await runExcel(excel, (ctx) => readSheetForCheck(ctx));
    const plan = planCompute(grid, checkSheet(grid, options));
    excel.book.active().protected = true;
    await expect(runExcel(excel, (ctx) => writeEditPlan(ctx, plan))).rejects.toMatchObject({ kind: "protected" });
  });
});

describe("Compute on 20,000 rows: round trips and payload", () => {
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

  it("an annual plan: totals in one write after one check, both well under 5 MB", async () => {
    const excel = FakeExcel.fromJson(bigPlan(20000));
    const read = await runExcel(excel, (ctx) => readSheetForCheck(ctx));
    const readSyncs = excel.syncs.length;
    const report = checkSheet(read.grid, read.options);
    const plan = planCompute(read.grid, report);
    expect(plan.writes.length).toBe(15000);
    expect(plan.offers.length).toBe(500);
    excel.resetStats();
    await runExcel(excel, (ctx) => writeEditPlan(ctx, plan, { accepted: plan.offers, read: read.grid }));
    const { syncs } = excel;
    expect(syncs.length).toBeLessThanOrEqual(3);
    for (const s of syncs) {
      expect(s.requestBytes).toBeLessThan(SYNC_BUDGET_BYTES);
      expect(s.responseBytes).toBeLessThan(SYNC_BUDGET_BYTES);
    }
    // A figure for the notes: the read's and the writer's syncs and their sizes.
    console.info(`20,000-row plan: read ${readSyncs} syncs; write ${syncs.length} syncs, ${syncs.map((s) => `${kb(s.requestBytes)} up / ${kb(s.responseBytes)} down`).join("; ")}`);
    const after = await recheck(excel);
    expect(after.findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });

  it("a report: the % column inserted and filled in a few syncs, each under budget", async () => {
    const excel = FakeExcel.fromJson(bigReportWithoutPercent(20000));
    const read = await runExcel(excel, (ctx) => readSheetForCheck(ctx));
    const readSyncs = excel.syncs.length;
    const plan = planCompute(read.grid, checkSheet(read.grid, read.options), { addPercentColumn: true });
    expect(plan.writes).toHaveLength(20000);
    excel.resetStats();
    await runExcel(excel, (ctx) => writeEditPlan(ctx, plan));
    const { syncs } = excel;
    // The locale-free percentage (NUMBERVALUE with explicit separators) is ~450 characters a row,
    // so 20,000 of them (~10 MB) go out in three write syncs after the insert.
    expect(syncs.length).toBeLessThanOrEqual(4);
    for (const s of syncs) expect(s.requestBytes).toBeLessThan(SYNC_BUDGET_BYTES);
    console.info(`20,000-row report (+% column): read ${readSyncs} syncs; write ${syncs.length} syncs, ${syncs.map((s) => `${kb(s.requestBytes)} up`).join("; ")}`);

    // Compute again: every formula is now the pane's own, so all are checked and rewritten.
    const again = await runExcel(excel, (ctx) => readSheetForCheck(ctx));
    const plan2 = planCompute(again.grid, checkSheet(again.grid, again.options));
    expect(plan2.writes).toHaveLength(20000);
    excel.resetStats();
    await runExcel(excel, (ctx) => writeEditPlan(ctx, plan2, { read: again.grid }));
    // Each formula is read back before it is rewritten: ~10 MB each way, in syncs under budget.
    expect(excel.syncs.length).toBeLessThanOrEqual(8);
    for (const s of excel.syncs) expect(Math.max(s.requestBytes, s.responseBytes)).toBeLessThan(SYNC_BUDGET_BYTES);
    console.info(`20,000-row report, recompute: write ${excel.syncs.length} syncs, ${excel.syncs.map((s) => `${kb(s.requestBytes)} up / ${kb(s.responseBytes)} down`).join("; ")}`);
  });

  it("splits a write that would not fit one sync, each piece under the budget", async () => {
    const excel = FakeExcel.fromJson(bigReportWithoutPercent(20000));
    const read = await runExcel(excel, (ctx) => readSheetForCheck(ctx));
    const plan = planCompute(read.grid, checkSheet(read.grid, read.options), { addPercentColumn: true });
    excel.resetStats();
    const budget = 300 * 1024;
    await runExcel(excel, (ctx) => writeEditPlan(ctx, plan, { budgetBytes: budget }));
    expect(excel.syncs.length).toBeGreaterThan(3);
    for (const s of excel.syncs) expect(s.requestBytes).toBeLessThan(budget * 1.1);
    expect(excel.book.active().cell(20004, 8)?.formula).toBe(plan.writes[plan.writes.length - 1].formula);
  });
});
