/**
 * No data loss, as a property, through the real adapter on the fake Excel: for random sheets
 * (values, user formulas, Pokaznyk's own formulas, looks, merges) and random answers (add the %
 * column or not, accept the replace offers or not), every cell Compute does not target keeps its
 * value, formula and format, and the sheet ends up as core's applyEdits says it should.
 */
import fc from "fast-check";
import { applyEdits, checkSheet, percentFormula, planCompute, totalFormula, type CellValue, type SheetGrid } from "../../src/core";
import { readSheet, readSheetForCheck, runExcel, writeEditPlan } from "../../src/excel";
import { FakeExcel, type FakeCell, type FakeStyle, type WorkbookJson } from "../../src/fake-excel";
import { recalculate } from "../../src/fake-excel/calc";
import { shiftColumns } from "../../src/core/formula";
import { areaAddress } from "../../src/core/address";
import { REPORT_HEADER, planGrid, planMeasure, reportGrid } from "../helpers/sheets";

const anyValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 60 }),
  // Not subnormal: 3 / 5e-324 overflows to #NUM! in Excel, which no plan of an official reaches.
  fc.double({ min: 1e-6, max: 100, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom("7", "12,5", "За потребою", "3 шт", "", "  ", "Постійно", "перенесено"),
  fc.constant({ error: "#REF!" }),
);

/** A cell of a value column: a value, the user's own formula, or the formula Pokaznyk would write. */
type Slot = { value: CellValue } | { formula: "user" | "own" };
const anySlot: fc.Arbitrary<Slot> = fc.oneof(
  { weight: 6, arbitrary: anyValue.map((value) => ({ value })) },
  { weight: 1, arbitrary: fc.constantFrom<Slot>({ formula: "user" }, { formula: "own" }) },
);

const STYLES: FakeStyle[] = [
  { fill: { color: "#FFFF00", pattern: "Solid" } },
  { font: { bold: true, color: "#C00000" } },
  { numFmt: "0.00" },
  { align: { wrap: true, horizontal: "center" }, border: { bottom: { style: "Continuous", weight: "Thin", color: "#000000" } } },
];

interface Case {
  grid: SheetGrid;
  formulas: Map<string, string>;
  styles: Map<string, number>;
}

const key = (r: number, c: number) => `${r},${c}`;

function fillSlots(grid: SheetGrid, slots: Map<string, Slot>, formulaFor: (row: number, col: number, kind: "user" | "own") => string): Map<string, string> {
  const formulas = new Map<string, string>();
  for (const [k, slot] of slots) {
    const [r, c] = k.split(",").map(Number);
    if ("value" in slot) grid.values[r - 1][c - 1] = slot.value;
    else {
      formulas.set(k, formulaFor(r, c, slot.formula));
      grid.values[r - 1][c - 1] = null;
    }
  }
  return formulas;
}

const report = fc
  .record({
    rows: fc.array(fc.tuple(anySlot, anySlot, anySlot, anyValue), { minLength: 1, maxLength: 10 }),
    withPercent: fc.boolean(),
    styled: fc.array(fc.tuple(fc.nat(20), fc.nat(10), fc.nat(STYLES.length - 1)), { maxLength: 25 }),
  })
  .map(({ rows, withPercent, styled }): Case => {
    const header = withPercent ? [...REPORT_HEADER.slice(0, 7), "% виконання", REPORT_HEADER[7]] : REPORT_HEADER;
    const grid = reportGrid(
      rows.map(([, , , note], k) => {
        const base: CellValue[] = ["1", "1.1", `1.1.${k + 1}. Захід`, "Відділ", "К-сть", null, null];
        return withPercent ? [...base, null, note] : [...base, note];
      }),
      { header },
    );
    const slots = new Map<string, Slot>();
    rows.forEach(([plan, fact, percent], k) => {
      slots.set(key(6 + k, 6), "formula" in plan ? { value: 5 } : plan);
      slots.set(key(6 + k, 7), "formula" in fact ? { value: 3 } : fact);
      if (withPercent) slots.set(key(6 + k, 8), percent);
    });
    const formulas = fillSlots(grid, slots, (r, _c, kind) => (kind === "own" ? percentFormula(r, 6, 7) : `=G${r}/F${r}`));
    return { grid, formulas, styles: stylesOf(styled, grid) };
  });

const plan = fc
  .record({
    rows: fc.array(fc.tuple(fc.array(anyValue, { minLength: 4, maxLength: 4 }), anySlot), { minLength: 1, maxLength: 10 }),
    styled: fc.array(fc.tuple(fc.nat(20), fc.nat(11), fc.nat(STYLES.length - 1)), { maxLength: 25 }),
  })
  .map(({ rows, styled }): Case => {
    const grid = planGrid(rows.map(([quarters], k) => planMeasure(`1.1.1.${k + 1}`, quarters, null)));
    const slots = new Map<string, Slot>(rows.map(([, total], k) => [key(6 + k, 10), total]));
    const formulas = fillSlots(grid, slots, (r, _c, kind) => (kind === "own" ? totalFormula(r, [6, 7, 8, 9]) : `=F${r}+G${r}`));
    return { grid, formulas, styles: stylesOf(styled, grid) };
  });

function stylesOf(picks: [number, number, number][], grid: SheetGrid): Map<string, number> {
  const out = new Map<string, number>();
  for (const [r, c, s] of picks) if (r < grid.values.length) out.set(key(r + 1, c + 1), s);
  return out;
}

function toJson({ grid, formulas, styles }: Case): WorkbookJson {
  const cells: WorkbookJson["sheets"][number]["cells"] = [];
  const width = Math.max(...grid.values.map((row) => row.length));
  for (let r = 1; r <= grid.values.length; r++) {
    for (let c = 1; c <= width; c++) {
      const v = grid.values[r - 1][c - 1] ?? null;
      const f = formulas.get(key(r, c));
      const s = styles.get(key(r, c));
      if (v === null && !f && s === undefined) continue;
      cells.push({ r, c, ...(v !== null ? { v: v as never } : {}), ...(f ? { f } : {}), ...(s !== undefined ? { s } : {}) });
    }
  }
  return { sheets: [{ name: "Аркуш", cells, styles: STYLES, merges: grid.merges.map(areaAddress) }] };
}

function snapshot(excel: FakeExcel): Map<string, FakeCell> {
  const out = new Map<string, FakeCell>();
  for (const [k, cell] of excel.book.sheets[0].entries()) out.set(k, JSON.parse(JSON.stringify(cell)));
  return out;
}

const near = (a: unknown, b: unknown) => (typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 1e-9 : JSON.stringify(a) === JSON.stringify(b));

async function assertNoDataLoss(c: Case, addPercentColumn: boolean, accept: boolean): Promise<void> {
  const excel = FakeExcel.fromJson(toJson(c));
  recalculate(excel.book); // the cached results of the user's formulas, as Excel would have them
  const before = snapshot(excel);
  const { grid, options } = await runExcel(excel, (ctx) => readSheetForCheck(ctx));
  const computePlan = planCompute(grid, checkSheet(grid, options), { addPercentColumn });
  const accepted = accept ? computePlan.offers : [];
  await runExcel(excel, (ctx) => writeEditPlan(ctx, computePlan, { accepted, read: grid }));

  const sheet = excel.book.sheets[0];
  const inserts = computePlan.insertColumns.map((i) => i.before);
  const land = (col: number) => inserts.reduce((c, before) => (c >= before ? c + 1 : c), col);
  const targets = new Set([...computePlan.writes, ...accepted.map((o) => o.write)].map((w) => key(w.row, w.col)));
  const headers = new Set(computePlan.insertColumns.flatMap((i) => i.headerRows.map((r) => key(r, i.before))));

  // Every cell that is not a target: same value, same formula (its references moved with the insert), same look.
  for (const [k, was] of before) {
    const [r, col] = k.split(",").map(Number);
    const at = key(r, land(col));
    if (targets.has(at) || headers.has(at)) continue;
    const now = sheet.cell(r, land(col));
    const formula = was.formula && inserts.reduce((f, before) => shiftColumns(f, sheet.name, sheet.name, before, 1), was.formula);
    expect(now?.formula).toBe(formula);
    if (!was.formula) expect(now?.value ?? null).toEqual(was.value);
    expect(now?.style).toEqual(was.style);
  }
  // The inserted columns hold nothing but their header and the plan's targets.
  for (const before of inserts) {
    for (let r = 1; r <= grid.values.length + 1; r++) {
      const cell = sheet.cell(r, before);
      if (targets.has(key(r, before)) || headers.has(key(r, before))) continue;
      expect(cell?.value ?? null).toBeNull();
      expect(cell?.formula).toBeUndefined();
    }
  }
  // And the sheet reads back as core's reference semantics say (formula results: what Excel computes).
  const expected = applyEdits(grid, computePlan, accepted.map((o) => o.write));
  const after = await runExcel(excel, (ctx) => readSheet(ctx));
  expect(after.merges.map(areaAddress).sort()).toEqual(expected.merges.map(areaAddress).sort());
  expected.values.forEach((line, i) =>
    line.forEach((value, j) => {
      const got = after.values[i + expected.top - after.top]?.[j + expected.left - after.left] ?? null;
      const want = value === "" ? null : value;
      if (!near(got, want)) throw new Error(`${areaAddress({ top: i + 1, left: j + 1, bottom: i + 1, right: j + 1 })}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }),
  );
}

describe("no data loss through the adapter", () => {
  it("Compute on any report changes no cell outside its plan, whatever the user answers", async () => {
    await fc.assert(fc.asyncProperty(report, fc.boolean(), fc.boolean(), (c, add, accept) => assertNoDataLoss(c, add, accept)), { numRuns: 120 });
  });

  it("Compute on any annual plan changes no cell outside its plan, whatever the user answers", async () => {
    await fc.assert(fc.asyncProperty(plan, fc.boolean(), (c, accept) => assertNoDataLoss(c, false, accept)), { numRuns: 120 });
  });
});
