/**
 * Numbers stored as text read the same way in every locale. Excel's VALUE() and arithmetic read
 * text as if typed into a cell: "12,5" is 125 in en-US and "12.5" the date 12 May in uk-UA; the
 * engine reads both as 12.5. The fake evaluates by its workbook's locale as Excel does, and the
 * live formulas Compute writes must give the engine's totals and percentages in both.
 */
import { checkSheet, planCompute, type CellValue, type SheetGrid } from "../../src/core";
import { FakeExcel } from "../../src/fake-excel";
import { computeFormula } from "../../src/fake-excel/calc";
import type { FakeLocale } from "../../src/fake-excel/locale";
import { measure, planGrid, planMeasure, reportGrid } from "../helpers/sheets";

const LOCALES: FakeLocale[] = ["en-US", "uk-UA"];
const NBSP = "\u00a0";
const NARROW = "\u202f";

/** The grid as a one-sheet fake workbook in `locale`. */
function fakeOf(grid: SheetGrid, locale: FakeLocale) {
  const cells: { r: number; c: number; v: CellValue }[] = [];
  grid.values.forEach((row, i) => row.forEach((v, j) => v !== null && v !== undefined && cells.push({ r: grid.top + i, c: grid.left + j, v })));
  const excel = FakeExcel.fromJson({ locale, sheets: [{ name: grid.name, cells: cells as never }] });
  const sheet = excel.book.sheet(grid.name)!;
  return (formula: string) => computeFormula(formula, excel.book, sheet);
}

const REPORT_HEADER = ["№ з/п", "Найменування завдання", "Найменування заходу", "Виконавець", "Показник", "План", "Факт", "% виконання", "Примітка"];
const REPORT_ROWS: [CellValue, CellValue][] = [
  [10, "12,5"],
  ["12,5", "6,25"],
  ["12.5", "12.5"],
  ["1 234,5", `1${NBSP}234,5`],
  [`1${NARROW}000`, "500"],
  [8, "+4"],
  [" 7 ", 7],
  [`12,5${NBSP}`, 5],
  [4, 0],
  [5, null],
  [5, "  "],
  [5, NBSP],
  ["За потребою", 3],
  [4, "-"],
  [0, 2],
  [6, -1],
  [6, "10 шт."],
  [{ error: "#DIV/0!" }, 3],
];
const PLAN_ROWS: CellValue[][] = [
  ["7", 1, null, null],
  ["12,5", "2.5", null, "-"],
  ["1 000", `2${NBSP}000,5`, 0, null],
  [`3${NARROW}000`, "0,5", "—", 1],
  [" 4 ", "+1", null, null],
];

describe.each(LOCALES)("Compute's live formulas in a %s Excel", (locale) => {
  // Failed before (with the fake evaluating by locale): VALUE(G6) made "12,5" 125 in en-US, and
  // "12.5" a date in uk-UA.
  it("give every percentage the engine computes, and a blank where it computes none", () => {
    const grid = reportGrid(REPORT_ROWS.map(([plan, fact], k) => [...measure(`1.1.${k + 1}`, plan, fact).slice(0, 7), null, null]), { header: REPORT_HEADER });
    const plan = planCompute(grid, checkSheet(grid));
    expect(plan.writes).toHaveLength(REPORT_ROWS.length);
    const calc = fakeOf(grid, locale);
    for (const write of plan.writes) {
      const got = calc(write.formula!);
      const where = { row: write.row, plan: REPORT_ROWS[write.row - 6][0], fact: REPORT_ROWS[write.row - 6][1] };
      if (write.value === "") expect({ ...where, got }).toEqual({ ...where, got: "" });
      else expect({ ...where, got: Math.abs((got as number) - (write.value as number)) < 1e-12 }).toEqual({ ...where, got: true });
    }
  });

  it("give every quarterly total the engine computes", () => {
    const grid = planGrid(PLAN_ROWS.map((quarters, k) => planMeasure(`1.1.1.${k + 1}`, quarters, null)));
    const plan = planCompute(grid, checkSheet(grid));
    expect(plan.writes).toHaveLength(PLAN_ROWS.length);
    const calc = fakeOf(grid, locale);
    for (const write of plan.writes) expect({ row: write.row, total: calc(write.formula!) }).toEqual({ row: write.row, total: write.value });
  });
});

describe("the fake reads text by its locale, as Excel does", () => {
  const at = (locale: FakeLocale, value: CellValue) => fakeOf({ name: "S", top: 1, left: 1, merges: [], values: [[value]] }, locale);

  it("VALUE() and arithmetic: en-US takes commas for thousands, uk-UA takes d.m for a date", () => {
    expect(at("en-US", "12,5")("=VALUE(A1)")).toBe(125);
    expect(at("en-US", "12.5")("=A1+0")).toBe(12.5);
    expect(at("en-US", "1.5E3")("=A1+0")).toBe(1500);
    expect(at("en-US", "12,5 шт")("=A1+0")).toEqual({ error: "#VALUE!" });
    expect(at("en-US", "1 234,5")("=VALUE(A1)")).toEqual({ error: "#VALUE!" });
    expect(at("uk-UA", "12,5")("=VALUE(A1)")).toBe(12.5);
    expect(at("uk-UA", `1${NBSP}234,5`)("=VALUE(A1)")).toBe(1234.5);
    const may12 = Math.round((Date.UTC(new Date().getFullYear(), 4, 12) - Date.UTC(1899, 11, 30)) / 864e5);
    expect(at("uk-UA", "12.5")("=VALUE(A1)")).toBe(may12);
    expect(at("uk-UA", "31.12.2021")("=VALUE(A1)")).toBe(44561);
  });

  it("numbers become text with the locale's decimal separator, 15 digits at most", () => {
    expect(at("en-US", 12.5)('=A1&""')).toBe("12.5");
    expect(at("uk-UA", 12.5)('=A1&""')).toBe("12,5");
    expect(at("en-US", 0.1 + 0.2)("=LEN(A1)")).toBe(3);
    expect(at("uk-UA", 1 / 3)('=A1&""')).toBe("0,333333333333333");
  });

  it("NUMBERVALUE with explicit separators reads the same everywhere", () => {
    for (const locale of LOCALES) {
      expect(at(locale, "1 234.5")('=NUMBERVALUE(A1,".",",")')).toBe(1234.5);
      expect(at(locale, "1,234.5")('=NUMBERVALUE(A1,".",",")')).toBe(1234.5);
      expect(at(locale, "1.234,5")('=NUMBERVALUE(A1,".",",")')).toEqual({ error: "#VALUE!" });
      expect(at(locale, "12.5.1")('=NUMBERVALUE(A1,".",",")')).toEqual({ error: "#VALUE!" });
      expect(at(locale, "5%")('=NUMBERVALUE(A1,".",",")')).toBe(0.05);
      expect(at(locale, null)('=NUMBERVALUE(A1,".",",")')).toBe(0);
      expect(at(locale, "12,5")('=SUBSTITUTE(A1,",",".")')).toBe("12.5");
    }
  });
});
