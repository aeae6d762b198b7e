/**
 * No data loss, as a property, through the real adapter on the fake Excel: for random sheets
 * (values, user formulas, Pokaznyk's own formulas, looks, merges) and random answers (add the %
 * column or not, accept the replace offers or not), every cell Compute does not target keeps its
 * value, formula and format, and the sheet ends up as core's applyEdits says it should. On a
 * protected sheet (random locks and options) Compute and explanations write what Excel allows or
 * refuse as Excel would, changing nothing. Marks, through renames, Compute, the user's own colours
 * and protection, leave no trace once taken off.
 */
import fc from "fast-check";
import { applyEdits, checkSheet, percentFormula, planCompute, totalFormula, type CellValue, type EditPlan, type ReplaceOffer, type SheetGrid } from "../../src/core";
import { originalColumn } from "../../src/excel/write-check";
import { ExcelFailure, markCells, readSheet, readSheetForCheck, runExcel, unmarkAll, writeEditPlan, writeNote } from "../../src/excel";
import { FakeExcel, type FakeCell, type FakeStyle, type WorkbookJson } from "../../src/fake-excel";
import { recalculate } from "../../src/fake-excel/calc";
import { shiftColumns } from "../../src/core/formula";
import { areaAddress, parseArea } from "../../src/core/address";
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
  // Looks an unmark must put back exactly: a theme fill with its tint, a pattern, text in an
  // explicit black (the automatic colour is every other cell's), a tinted theme text colour.
  { fill: { color: "#4472C4", pattern: "Solid", tintAndShade: 0.7999816888943144 }, font: { color: "#44546A", tintAndShade: -0.25 } },
  { fill: { color: "#C0C0C0", pattern: "Gray25", patternColor: "#FF0000", patternTintAndShade: 0.4 } },
  { font: { color: "#000000" }, numFmt: "0.0%" },
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

/** A protected sheet: the columns whose measure cells are unlocked, whether the header row is, and what the sheet allows. */
interface Guard {
  unlocked: number[];
  header: boolean;
  allowFormatCells: boolean;
  allowInsertColumns: boolean;
}

const guard: fc.Arbitrary<Guard | null> = fc.option(
  fc.record({ unlocked: fc.subarray([6, 7, 8, 9, 10]), header: fc.boolean(), allowFormatCells: fc.boolean(), allowInsertColumns: fc.boolean() }),
  { freq: 2 },
);

function protect(excel: FakeExcel, g: Guard, rows: number): void {
  const sheet = excel.book.sheets[0];
  sheet.protected = true;
  sheet.protectionOptions = { allowFormatCells: g.allowFormatCells, allowInsertColumns: g.allowInsertColumns };
  const unlock = (r: number, c: number) => void (sheet.touch(r, c).style = { ...sheet.cell(r, c)?.style, locked: false });
  for (const c of g.unlocked) for (let r = 6; r <= rows; r++) unlock(r, c);
  if (g.header) for (let c = 1; c <= 12; c++) unlock(4, c);
}

/**
 * A refusal must be Excel's own: the fake (which refuses as Excel does) refuses that very change.
 * A cell of an inserted column has the lock and format of its left neighbour.
 */
function assertGenuine(excel: FakeExcel, failure: ExcelFailure, plan: EditPlan, accepted: ReplaceOffer[]): void {
  const sheet = excel.book.sheets[0];
  const { action, cell } = failure.detail;
  if (action === "insert-columns") return expect(sheet.protectionOptions.allowInsertColumns).toBeFalsy();
  if (action === "merge") return expect(sheet.protected).toBe(true);
  // Nothing was inserted yet: the cell as the sheet has it now is the refused cell, or for a cell
  // of a new column, the neighbour whose formats it would copy.
  const area = parseArea(cell);
  let col = area.left;
  while (col > 1 && originalColumn(col, plan.insertColumns) === null) col--;
  const source = sheet.cell(area.top, originalColumn(col, plan.insertColumns) ?? 1);
  if (action === "edit") return expect(source?.style?.locked ?? true).toBe(true);
  expect(action).toBe("format-cells");
  expect(sheet.protectionOptions.allowFormatCells).toBeFalsy();
  const wanted = [...plan.writes, ...accepted.map((o) => o.write)].find((w) => w.row === area.top && w.col === area.left)?.numberFormat;
  expect(wanted).toBeDefined();
  expect(source?.style?.numFmt ?? "General").not.toBe(wanted);
}

async function assertNoDataLoss(c: Case, addPercentColumn: boolean, accept: boolean, g: Guard | null = null): Promise<void> {
  const excel = FakeExcel.fromJson(toJson(c));
  recalculate(excel.book); // the cached results of the user's formulas, as Excel would have them
  if (g) protect(excel, g, c.grid.values.length);
  const before = snapshot(excel);
  const { grid, options } = await runExcel(excel, (ctx) => readSheetForCheck(ctx));
  const computePlan = planCompute(grid, checkSheet(grid, options), { addPercentColumn });
  const accepted = accept ? computePlan.offers : [];
  try {
    await runExcel(excel, (ctx) => writeEditPlan(ctx, computePlan, { accepted, read: grid }));
  } catch (error) {
    // Refused: only for a protected sheet, by the adapter's own check (never the AccessDenied
    // backstop), for a change the fake refuses too, and with nothing written.
    if (!g || !(error instanceof ExcelFailure) || error.kind !== "protected" || !error.detail.action) throw error;
    assertGenuine(excel, error, computePlan, accepted);
    expect(snapshot(excel)).toEqual(before);
    return;
  }

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

  it("Compute on any protected report writes what Excel allows, or refuses as Excel would and changes nothing", async () => {
    await fc.assert(fc.asyncProperty(report, fc.boolean(), fc.boolean(), guard, (c, add, accept, g) => assertNoDataLoss(c, add, accept, g)), { numRuns: 120 });
  });

  it("Compute on any protected annual plan writes what Excel allows, or refuses as Excel would and changes nothing", async () => {
    await fc.assert(fc.asyncProperty(plan, fc.boolean(), guard, (c, accept, g) => assertNoDataLoss(c, false, accept, g)), { numRuns: 80 });
  });
});

// ---- marks -------------------------------------------------------------------------------------

/** Every cell with content or a look, as a person would find it: value, formula, style. */
function content(excel: FakeExcel): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, cell] of excel.book.sheets[0].entries()) {
    if (cell.value === null && !cell.formula && !cell.style) continue;
    out[k] = JSON.parse(JSON.stringify(cell));
  }
  return out;
}

const cellPick = fc.tuple(fc.integer({ min: 6, max: 15 }), fc.integer({ min: 1, max: 10 }));
type Op =
  | { kind: "mark"; cells: [number, number][]; severity: "error" | "warning" | "info" }
  | { kind: "rename" }
  | { kind: "compute" }
  | { kind: "recolour"; cell: [number, number] }
  | { kind: "protect"; allowFormatCells: boolean }
  | { kind: "unprotect" };
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("mark" as const), cells: fc.array(cellPick, { maxLength: 12 }), severity: fc.constantFrom("error" as const, "warning" as const, "info" as const) }) },
  { weight: 1, arbitrary: fc.constant({ kind: "rename" as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: "compute" as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("recolour" as const), cell: cellPick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("protect" as const), allowFormatCells: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ kind: "unprotect" as const }) },
);

/** Compute adding the % column where a report lacks it; a refusal (a protected sheet) leaves it as it was. */
async function compute(excel: FakeExcel): Promise<string> {
  const { grid, options } = await runExcel(excel, (ctx) => readSheetForCheck(ctx));
  const computePlan = planCompute(grid, checkSheet(grid, options), { addPercentColumn: true });
  try {
    await runExcel(excel, (ctx) => writeEditPlan(ctx, computePlan, { read: grid }));
    return "written";
  } catch (error) {
    return (error as ExcelFailure).kind;
  }
}

/**
 * Marks are formats only, and unmark puts every look back: a workbook marked, renamed, computed
 * (with the % column), recoloured by the user and protected in any order, then unmarked, is cell
 * for cell the workbook that went through the same without the marks.
 */
async function assertMarksLeaveNoTrace(c: Case, ops: Op[]): Promise<void> {
  const marked = FakeExcel.fromJson(toJson(c));
  const plain = FakeExcel.fromJson(toJson(c));
  for (const book of [marked, plain]) recalculate(book.book);
  const both = (work: (excel: FakeExcel) => void) => [marked, plain].forEach(work);
  for (const step of ops) {
    const sheet = () => marked.book.sheets[0];
    if (step.kind === "mark") {
      const was = content(marked);
      const marks = step.cells.map(([r, col]) => ({ cell: areaAddress({ top: r, left: col, bottom: r, right: col }), severity: step.severity }));
      const refused = sheet().protected && !sheet().protectionOptions.allowFormatCells;
      if (refused) {
        await expect(runExcel(marked, (ctx) => markCells(ctx, sheet().name, marks))).rejects.toMatchObject({ kind: "protected" });
        expect(content(marked)).toEqual(was);
      } else await runExcel(marked, (ctx) => markCells(ctx, sheet().name, marks));
    } else if (step.kind === "rename") both((e) => void (e.book.sheets[0].name = `${e.book.sheets[0].name}+`));
    else if (step.kind === "compute") {
      const outcome = await compute(marked);
      expect(await compute(plain)).toBe(outcome);
    } else if (step.kind === "recolour") {
      const [r, col] = step.cell;
      both((e) => void (e.book.sheets[0].touch(r, col).style = { ...e.book.sheets[0].cell(r, col)?.style, fill: { color: "#00B050", pattern: "Solid" }, font: { color: "#7030A0" } }));
    } else if (step.kind === "protect") {
      both((e) => {
        e.book.sheets[0].protected = true;
        e.book.sheets[0].protectionOptions = { allowFormatCells: step.allowFormatCells };
      });
    } else both((e) => void (e.book.sheets[0].protected = false));
    // Values and formulas never differ, marks or not.
    const strip = (cells: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(cells as Record<string, FakeCell>)
          .filter(([, v]) => v.value !== null || v.formula)
          .map(([k, v]) => [k, [v.value, v.formula]]),
      );
    expect(strip(content(marked))).toEqual(strip(content(plain)));
  }
  both((e) => void (e.book.sheets[0].protected = false));
  await runExcel(marked, (ctx) => unmarkAll(ctx));
  expect(content(marked)).toEqual(content(plain));
  expect([...marked.book.settings.keys()]).toEqual([]);
}

describe("no data loss through marks", () => {
  it("marking and unmarking any report, through renames, Compute, the user's colours and protection, leaves no trace", async () => {
    await fc.assert(fc.asyncProperty(report, fc.array(op, { minLength: 1, maxLength: 6 }), (c, ops) => assertMarksLeaveNoTrace(c, ops)), { numRuns: 100 });
  });

  it("an explanation goes into an unlocked cell of a protected sheet and nowhere else", async () => {
    await fc.assert(
      fc.asyncProperty(report, guard, cellPick, (c, g, [r, col]) => assertNoteWrite(c, g, r, col)),
      { numRuns: 80 },
    );
  });
});

async function assertNoteWrite(c: Case, g: Guard | null, row: number, col: number): Promise<void> {
  const excel = FakeExcel.fromJson(toJson(c));
  recalculate(excel.book);
  if (g) protect(excel, g, c.grid.values.length);
  const before = content(excel);
  const sheet = excel.book.sheets[0];
  const cell = areaAddress({ top: row, left: col, bottom: row, right: col });
  const locked = !!g && (sheet.cell(row, col)?.style?.locked ?? true);
  const outcome = await runExcel(excel, (ctx) => writeNote(ctx, sheet.name, cell, "Перенесено", { overwrite: true })).catch((error: unknown) => error);
  if (locked) {
    expect(outcome).toMatchObject({ kind: "protected", detail: { cell } });
    expect(content(excel)).toEqual(before);
    return;
  }
  expect(outcome).toEqual({ status: "written" });
  expect(sheet.cell(row, col)?.value).toBe("Перенесено");
  // Every other cell as it was; a formula's cached result may follow the new value, as in Excel.
  const settled = (cells: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(cells as Record<string, FakeCell>)
        .filter(([k]) => k !== `${row},${col}`)
        .map(([k, v]) => [k, v.formula ? { ...v, value: undefined } : v]),
    );
  expect(settled(content(excel))).toEqual(settled(before));
}
