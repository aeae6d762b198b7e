import { CellValue, checkSheet, gridFromRows } from "../../src/core";
import { REPORT_HEADER } from "../helpers/sheets";

const TITLE = ["Звіт про виконання плану діяльності центру за I квартал 2024 року"];
const row = (n: string, plan: CellValue, fact: CellValue): CellValue[] => [n, null, `${n} Проведення заходів`, "Відділ", "Кількість заходів", plan, fact, "Причини є"];

describe("total rows", () => {
  it.each([["Усього"], ["Разом:"], ["Всього"], ["Усього по центру"], ["ВСЬОГО ПО ПРОГРАМІ"], ["Разом за розділом 1"]])("«%s» is no measure, has no percent and stays out of the roll-up", (label) => {
    const report = checkSheet(gridFromRows("Звіт", [TITLE, REPORT_HEADER, row("1", 4, 2), row("2", 4, 4), ["х", label, "х", "х", "х", 8, 6, null]]));
    expect(report.measures.map((m) => m.row)).toEqual([3, 4]);
    expect(report.rollup.sheet.measures).toBe(2);
    // Its fact is below its plan and its note empty: still no shortfall, it only sums the rows above.
    expect(report.findings.filter((f) => f.row === 5)).toEqual([]);
    expect(report.lastDataRow).toBe(5);
  });

  it("is found in whichever text column holds its word: the executor's, under a measure merged down", () => {
    const grid = gridFromRows(
      "Звіт",
      [TITLE, REPORT_HEADER, ["1", null, "1.1 Консультування", "Бюро правової допомоги А", "Кількість консультацій", 5, 5, null], [null, null, null, "Бюро правової допомоги Б", null, 3, 3, null], [null, null, null, "Усього по центру", null, 8, 8, null]],
      [{ top: 3, left: 3, bottom: 5, right: 3 }],
    );
    const report = checkSheet(grid);
    expect(report.measures.map((m) => [m.row, m.executor, m.percent])).toEqual([[3, "Бюро правової допомоги А", 100], [4, "Бюро правової допомоги Б", 100]]);
    expect(report.rollup.executors.map((e) => e.executor)).not.toContain("Усього по центру");
  });

  it("a measure that begins with «Разом з» is a measure", () => {
    const report = checkSheet(gridFromRows("Звіт", [TITLE, REPORT_HEADER, row("1", 1, 1), ["2", null, "Разом з партнерами провести форум", "Відділ", "Кількість", 1, 1, null]]));
    expect(report.measures.map((m) => m.row)).toEqual([3, 4]);
  });
});
