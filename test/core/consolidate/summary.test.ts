/**
 * Issue 11, the engine: centres' reports of one form laid on one spine (a centre numbering its
 * measures differently still lands on the same lines), the summary adding their values up only
 * where the indicator is the same, and the summary itself a report `check` recognises.
 */
import { checkSheet, templateToGrid } from "../../../src/core";
import type { CellValue, CheckedSheet, SheetGrid } from "../../../src/core";
import { Consolidation, consolidateSheets, partialList, readCentre, shortfallsList, summarySheet } from "../../../src/core/consolidate";
import { planGrid, planMeasure, reportGrid } from "../../helpers/sheets";

function row(n: string, text: string, indicator: string, plan: CellValue, fact: CellValue, note: CellValue = null): CellValue[] {
  return [n, "Завдання 1", text, "Відділ", indicator, plan, fact, note];
}

function centre(name: string, rows: CellValue[][]): CheckedSheet {
  const grid = reportGrid(rows, { name });
  return { grid, report: checkSheet(grid) };
}

const A = centre("Бахмут", [row("1.1", "Лекції для школярів", "кількість лекцій", 2, 2), row("1.2", "Буклети", "кількість", 10, 7, "Затримка друку"), row("1.3", "Співпраця з громадами", "зустрічі", "За потребою", 3)]);
// Numbers its measures from 2: matched by wording.
const B = centre("Краматорськ", [row("2.1", "Лекції для школярів", "кількість лекцій", "3", 3), row("2.2", "Буклети", "кількість", 5, 2), row("2.3", "Співпраця з громадами", "зустрічі", "За потребою", 1)]);
// Counts the booklets in print runs: another quantity, never added to the copies.
const C = centre("Слов'янськ", [row("1.1", "Лекції для школярів", "кількість лекцій", 4, 5), row("1.2", "Буклети", "тираж, примірників", 500, 500)]);

function build(sheets: CheckedSheet[]) {
  const c = new Consolidation("quarterly-report");
  for (const s of sheets) {
    const read = readCentre(s, s.grid.name, `${s.grid.name}.xlsx`);
    if (!read) throw new Error(`${s.grid.name} is not a report`);
    c.add(read);
  }
  const sheet = summarySheet(c, { responsible: "Петренко П. П." });
  return { c, sheet, grid: templateToGrid(sheet) };
}

function rowOf(grid: SheetGrid, text: string, indicator?: string): CellValue[] {
  const found = grid.values.find((r) => r[2] === text && (indicator === undefined || r[4] === indicator));
  if (!found) throw new Error(`no row for ${text}`);
  return found;
}

describe("a summary of three centres' quarterly reports", () => {
  it("adds each measure's plan and fact over the centres that reported it, by wording where numbers differ", () => {
    const { grid } = build([A, B, C]);
    // Plan 2 + "3" (a number stored as text) + 4; fact 2 + 3 + 5.
    expect(rowOf(grid, "Лекції для школярів").slice(5, 8)).toEqual([9, 10, 10 / 9]);
    expect(rowOf(grid, "Буклети", "кількість").slice(5, 9)).toEqual([15, 9, 0.6, "Бахмут: Затримка друку"]);
    expect(rowOf(grid, "Буклети", "тираж, примірників").slice(5, 7)).toEqual([500, 500]);
    expect(rowOf(grid, "Співпраця з громадами").slice(5, 7)).toEqual(["За потребою", 4]);
  });

  it("joins a centre's measure to the line of its own indicator when another centre's line of another indicator matched it first", () => {
    // The first centre opens «Буклети» in copies; the second counts them in print runs (a line apart);
    // the third numbers as the second and counts copies: matched to the print-run line by number, it
    // belongs on the first centre's line, not on a third line of its own.
    const first = centre("Бахмут", [row("1", "Буклети", "кількість", 10, 7, "Затримка друку")]);
    const odd = centre("Слов'янськ", [row("1.2", "Буклети", "тираж, примірників", 500, 500)]);
    const third = centre("Ізюм", [row("1.2", "Буклети", "кількість", 4, 4)]);
    const { grid } = build([first, odd, third]);
    const lines = grid.values.filter((r) => r[2] === "Буклети");
    expect(lines.map((r) => [r[4], r[5], r[6]])).toEqual([
      ["кількість", 14, 11],
      ["тираж, примірників", 500, 500],
    ]);
  });

  it("keeps a section heading that carries its own Roman number as the centres wrote it, without a second number", () => {
    const heading: CellValue[] = ["II. Правова освіта населення", null, null, null, null, null, null, null];
    const north = centre("Бахмут", [heading, row("2.1", "Лекції для школярів", "кількість лекцій", 2, 2)]);
    const south = centre("Ізюм", [heading, row("2.1", "Лекції для школярів", "кількість лекцій", 3, 3)]);
    const { grid } = build([north, south]);
    expect(grid.values.filter((r) => typeof r[0] === "string" && r[0].includes("Правова освіта")).map((r) => r[0])).toEqual(["II. Правова освіта населення"]);
  });

  it("leaves a centre's invalid value out of the sums and names it in the line's note", () => {
    // A count below zero is invalid, as a number and as text alike; the other centres' figures still add up.
    const D = centre("Ізюм", [row("1.1", "Лекції для школярів", "кількість лекцій", 2, -2), row("1.2", "Буклети", "кількість", "-5", 1, "Друкарня закрита")]);
    const { grid } = build([A, D]);
    expect(rowOf(grid, "Лекції для школярів").slice(5, 9)).toEqual([4, 2, 0.5, "Ізюм: Факт «-2» не додано до суми: неприпустиме значення"]);
    expect(rowOf(grid, "Буклети", "кількість").slice(5, 9)).toEqual([10, 8, 0.8, "Бахмут: Затримка друку; Ізюм: Друкарня закрита; План «-5» не додано до суми: неприпустиме значення"]);
  });

  it("is a quarterly report for `check`, whose rows carry the sums, for the centres' period", () => {
    const { grid, sheet } = build([A, B, C]);
    const report = checkSheet(grid);
    expect(report.form).toBe("quarterly-report");
    expect(sheet.name).toBe("Зведення I кв 2024");
    expect(report.measures.map((m) => [m.measure, m.plan ?? null, m.fact ?? null])).toEqual([
      ["Лекції для школярів", 9, 10],
      ["Буклети", 15, 9],
      ["Співпраця з громадами", null, 4],
      ["Буклети", 500, 500],
    ]);
    // The only error is a true one: Краматорськ left its booklets' shortfall unexplained, but Бахмут's note stands on the row.
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("links every centre's value cell live and sums each block with one SUM over a range", () => {
    const { sheet } = build([A, B, C]);
    const row = sheet.measureRows.first + 1;
    const lectures = sheet.cells.filter((c) => c.row === row);
    expect(lectures.find((c) => c.col === 6)?.formula).toBe(`=IF(COUNT(J${row}:L${row})=0,"",SUM(J${row}:L${row}))`);
    expect(lectures.find((c) => c.col === 7)?.formula).toBe(`=IF(COUNT(M${row}:O${row})=0,"",SUM(M${row}:O${row}))`);
    const links = lectures.filter((c) => c.col >= 10).map((c) => c.formula);
    expect(links[0]).toContain("'Бахмут'!F6");
    expect(links[2]).toContain("'Слов''янськ'!F6");
    expect(links[4]).toContain("'Краматорськ'!G6");
  });

  it("lists the measures not every centre has, saying which and why, and the shortfalls left unexplained", () => {
    const { c } = build([A, B, C]);
    const partial = partialList(c).rows;
    expect(partial.map((r) => [r[1], r[3], r[4]])).toEqual([
      ["Буклети", 2, "Слов'янськ"],
      ["Співпраця з громадами", 2, "Слов'янськ"],
      ["Буклети", 1, "Бахмут, Краматорськ"],
    ]);
    expect(partial[2][5]).toMatch(/інший показник, ніж «кількість»/);
    expect(shortfallsList(c).rows).toEqual([["Краматорськ", 7, "2.2", "Буклети", "кількість", 5, 2]]);
  });

  it("consolidates the form most sheets share, leaving out what links other sheets and plans among reports", () => {
    const plan = planGrid([planMeasure("1.1", [1, 1, 1, 1], 4)]);
    const made = consolidateSheets([A, { grid: plan, report: checkSheet(plan) }, B], { responsible: "" });
    if (!made.ok) throw new Error(made.reason);
    expect(made.consolidation.centres.map((x) => x.name)).toEqual(["Бахмут", "Краматорськ"]);
    expect(made.skipped).toEqual(["План"]);
    // The summary in the same workbook is not a centre the next time round.
    const again = templateToGrid(made.sheet);
    const twice = consolidateSheets([A, B, { grid: again, report: checkSheet(again) }], { responsible: "" });
    expect(twice.ok && twice.consolidation.centres.length).toBe(2);
    expect(consolidateSheets([A], { responsible: "" })).toEqual({ ok: false, reason: "too-few", found: 1 });
  });
});

describe("a summary of annual plans", () => {
  it("adds each quarter over the centres; the total is the quarters' own sum, and `check` reads an annual plan without a mismatch", () => {
    const plans = [
      planGrid([planMeasure("1.1", [1, 2, 3, 4], 10), planMeasure("1.2", [5, null, 5, null], 10)]),
      planGrid([planMeasure("1.1", [2, 2, 2, 2], 8), planMeasure("1.2", ["За потребою", null, null, null], null)]),
    ].map((grid, k) => ({ grid: { ...grid, name: `Центр ${k + 1}` }, report: checkSheet({ ...grid, name: `Центр ${k + 1}` }) }));
    const made = consolidateSheets(plans, { responsible: "Петренко П. П." });
    if (!made.ok) throw new Error(made.reason);
    const report = checkSheet(templateToGrid(made.sheet));
    expect(report.form).toBe("annual-plan");
    expect(report.measures.map((m) => [m.quarters, m.total])).toEqual([
      [[3, 4, 5, 6], 18],
      [[5, null, 5, null], 10],
    ]);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
