/**
 * The programme execution template's period follows the quarter asked: programme reports run from
 * the start of the year against the year's money, so a half-year report with 60 of 100 used is
 * not an underspend, and a report for the year is.
 */
import { buildTemplate, checkSheet, templateToGrid } from "../../../src/core";
import type { SheetGrid } from "../../../src/core";

const DETAILS = { organisation: "управління культури", year: 2025, responsible: "О. П. Коваль", rows: 1 };

function filled(quarter: 1 | 2 | 3 | 4) {
  const sheet = buildTemplate("program-execution", { ...DETAILS, quarter });
  const grid: SheetGrid = templateToGrid(sheet);
  const report = checkSheet(grid, { form: "program-execution" });
  const { planned, used, measure } = report.columns;
  const row = sheet.measureRows.first;
  const set = (col: number | undefined, value: string | number) => {
    grid.values[row - grid.top][(col as number) - grid.left] = value;
  };
  set(measure, "Фестиваль народної творчості");
  set(planned, 100);
  set(used, 60);
  return { title: grid.values.flat().filter((v) => typeof v === "string" && v.startsWith("за ")), report: checkSheet(grid, { form: "program-execution" }) };
}

it.each([
  [1, "за I квартал 2025 року", false],
  [2, "за I півріччя 2025 року", false],
  [3, "за 9 місяців 2025 року", false],
  [4, "за 2025 рік", true],
] as const)("quarter %i: titled «%s»; used 60 of a year's 100 is an underspend: %s", (quarter, title, underspend) => {
  const { title: lines, report } = filled(quarter);
  expect(lines).toContain(title);
  expect(report.findings.some((f) => f.rule === "underspend-unexplained")).toBe(underspend);
});
