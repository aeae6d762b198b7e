/**
 * «Взяти з плану»'s offers, with no React and no Excel: the approved value taken again from the
 * plan as read (a long wording is not the finding's cut quote), nothing offered where the plan
 * sets nothing, and the reducer's notices for a report made from a plan.
 */
import { checkSheet, gridFromRows, reconcileReports, type CellValue } from "../../../src/core";
import type { Finding } from "../../../src/core/types";
import { initialPaneState, paneReducer } from "../../../src/taskpane/state/pane-state";
import { canTakeFromPlan, takeFromPlanOffers } from "../../../src/taskpane/state/take-from-plan";
import type { Checked } from "../../../src/taskpane/state/types";

const LONG = `Проведення ${"дуже ".repeat(30)}важливих заходів`;

function planGrid(): CellValue[][] {
  return [
    ["Річний план діяльності Центру на 2024 рік"],
    ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Показник", "I квартал", "II квартал", "III квартал", "IV квартал", "Разом"],
    ["1.1", "Консультації громадян", "Відділ", "кількість", 5, 6, 7, 8, 26],
    ["1.2", "Семінари для громад", "Відділ", "кількість", 1, null, 1, null, 2],
    ["1.3", "Правопросвітництво", "Відділ", "опис", LONG, LONG, LONG, LONG, null],
  ];
}

function reportGrid(): CellValue[][] {
  return [
    ["Звіт про виконання плану діяльності Центру за II квартал 2024 року"],
    ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Показник", "План", "Факт", "% виконання", "Примітка"],
    ["1.1", "Консультації громадян", "Відділ", "кількість", 9, 9, null, null],
    ["1.2", "Семінари для громад", "Відділ", "кількість", 3, 3, null, null],
    ["1.3", "Правопросвітництво", "Відділ", "опис", 4, 4, null, null],
  ];
}

function checked(name: string, rows: CellValue[][]): Checked {
  const grid = gridFromRows(name, rows);
  return { grid, report: checkSheet(grid) };
}

describe("«Взяти з плану»", () => {
  const plan = checked("План 2024", planGrid());
  const report = checked("Звіт II кв 2024", reportGrid());
  const reconciled = reconcileReports([report], [plan]).get("Звіт II кв 2024");
  const differs = (reconciled?.findings ?? []).filter((f): f is Extract<Finding, { rule: "plan-differs-from-approved" }> => f.rule === "plan-differs-from-approved");

  it("is offered where the plan sets a number or a wording, not where it sets nothing", () => {
    expect(plan.report.form).toBe("annual-plan");
    expect(report.report.form).toBe("quarterly-report");
    expect(differs.map((f) => [f.cell, f.params.approved])).toEqual([
      ["E3", 6],
      ["E4", null],
      ["E5", expect.stringMatching(/…$/)],
    ]);
    expect(differs.map(canTakeFromPlan)).toEqual([true, false, true]);
  });

  it("writes the approved number, and the wording whole, each checked against the value read", () => {
    const offers = takeFromPlanOffers(report.grid, differs, new Map([[plan.grid.name, plan]]));
    expect(offers).toEqual([
      { row: 3, col: 5, cell: "E3", current: 9, write: { row: 3, col: 5, value: 6 } },
      { row: 5, col: 5, cell: "E5", current: 4, write: { row: 5, col: 5, value: LONG } },
    ]);
  });

  it("offers nothing when the plan sheet was not read", () => {
    expect(takeFromPlanOffers(report.grid, differs, new Map())).toEqual([]);
  });
});

describe("pane state: a report made from a plan", () => {
  const start = initialPaneState({ organisation: "", year: 2024, quarter: 2, responsible: "" });
  it("says what was made, or that the quarter plans nothing", () => {
    expect(paneReducer(start, { type: "report-made", sheet: "Звіт II кв 2024", measures: 3, skipped: [] }).notice).toEqual({ kind: "report-made", sheet: "Звіт II кв 2024", measures: 3, skipped: [] });
    expect(paneReducer(start, { type: "nothing-planned", quarter: 1, cumulative: true }).notice).toEqual({ kind: "nothing-planned", quarter: 1, cumulative: true });
  });
});
