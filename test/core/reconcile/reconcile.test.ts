import { CellValue, checkSheet, formatFinding, reconcileReports, withReconciliation } from "../../../src/core";
import type { CheckedSheet, Finding, SheetGrid } from "../../../src/core";
import { planGrid, reportGrid } from "../../helpers/sheets";

/** A plan measure: number, wording, indicator, the four quarters (total = their sum). */
function planLine(n: string, text: string, quarters: CellValue[], indicator = "кількість заходів"): CellValue[] {
  const numbers = quarters.filter((q): q is number => typeof q === "number");
  return ["1", "Завдання 1", `Захід ${n} ${text}`, "Відділ", indicator, ...quarters, numbers.length ? numbers.reduce((a, b) => a + b, 0) : null];
}

function reportLine(n: string, text: string, plan: CellValue, fact: CellValue = plan, indicator = "кількість заходів"): CellValue[] {
  return ["1", "Завдання 1", `${n}. ${text}`, "Відділ", indicator, plan, fact, null];
}

const PLAN = [
  planLine("1.1.1", "Проведення лекцій для школярів", [2, 3, 3, 2]),
  planLine("1.1.2", "Випуск буклетів", [10, 0, 10, 0]),
  planLine("1.1.3", "Консультування мобільними пунктами", [4, 4, 4, 4]),
  planLine("1.1.4", "Співпраця з громадами", ["За потребою", "За потребою", "За потребою", "За потребою"]),
];

function sheet(grid: SheetGrid): CheckedSheet {
  return { grid, report: checkSheet(grid) };
}

function reconciled(report: SheetGrid, plan: SheetGrid = planGrid(PLAN)): Finding[] {
  const sheets = [sheet(report), sheet(plan)];
  const result = reconcileReports(sheets, sheets).get(report.name);
  return result ? withReconciliation(sheets[0].report, result).findings.filter((f) => /approved|plan$|reported/.test(f.rule)) : [];
}

const at = (findings: Finding[]) => findings.map((f) => `${f.cell} ${f.rule}`);

/** The report of reportGrid (title «за I квартал 2024 року») with these rows, optionally another title. */
function report(rows: CellValue[][], title?: string): SheetGrid {
  const grid = reportGrid(rows);
  if (title) grid.values[1] = [title];
  return grid;
}

const FAITHFUL_Q1 = [
  reportLine("1.1.1", "Проведення лекцій для школярів", 2),
  reportLine("1.1.2", "Випуск буклетів", 10),
  reportLine("1.1.3", "Консультування мобільними пунктами", 4),
  reportLine("1.1.4", "Співпраця з громадами", "За потребою", "Проведено 2 зустрічі"),
];

describe("a quarterly report against its annual plan in the same workbook", () => {
  it("finds nothing when every plan is the approved quarter's", () => {
    expect(reconciled(report(FAITHFUL_Q1))).toEqual([]);
  });

  it("flags a changed plan value at its plan cell, with the approved value and where it comes from", () => {
    const rows = FAITHFUL_Q1.map((r) => [...r]);
    rows[2][5] = 5;
    const found = reconciled(report(rows));
    expect(at(found)).toEqual(["F8 plan-differs-from-approved"]);
    expect(found[0].params).toMatchObject({ plan: 5, approved: 4, quarter: 1, cumulative: false, planSheet: "План", planCell: "F8" });
    expect(formatFinding(found[0], "uk")).toContain("у затвердженому плані («План», F8) на I квартал — 4");
    expect(formatFinding(found[0], "en")).toContain("sets 4");
  });

  it("flags a dropped measure at the row it would stand before, and only when the quarter sets a target", () => {
    const dropped = [FAITHFUL_Q1[0], FAITHFUL_Q1[2], FAITHFUL_Q1[3]];
    expect(at(reconciled(report(dropped)))).toEqual(["A7 measure-not-reported"]);
    // In the second quarter 1.1.2 plans 0 booklets: leaving it out of the report is right.
    const q2 = [reportLine("1.1.1", "Проведення лекцій для школярів", 3), reportLine("1.1.3", "Консультування мобільними пунктами", 4), FAITHFUL_Q1[3]];
    expect(at(reconciled(report(q2, "за II квартал 2024 року")))).toEqual([]);
  });

  it("flags a measure the plan does not have as a tip", () => {
    const added = [...FAITHFUL_Q1, reportLine("1.1.5", "Участь у ярмарку вакансій", 1)];
    const found = reconciled(report(added));
    expect(at(found)).toEqual(["C10 measure-not-in-plan"]);
    expect(found[0].severity).toBe("info");
  });

  it("matches renumbered measures by their wording, not by the numbers that moved", () => {
    // The centre inserted a measure before 1.1.2 in its report and renumbered the rest.
    const renumbered = [
      reportLine("1.1.1", "Проведення лекцій для школярів", 2),
      reportLine("1.1.2", "Участь у ярмарку вакансій", 1),
      reportLine("1.1.3", "Випуск буклетів", 10),
      reportLine("1.1.4", "Консультування мобільними пунктами", 4),
      reportLine("1.1.5", "Співпраця з громадами", "За потребою"),
    ];
    expect(at(reconciled(report(renumbered)))).toEqual(["C7 measure-not-in-plan"]);
  });

  it("takes the sum of the quarters so far when the title says the figures run from the start of the year", () => {
    const cumulative = [
      reportLine("1.1.1", "Проведення лекцій для школярів", 5),
      reportLine("1.1.2", "Випуск буклетів", 10),
      reportLine("1.1.3", "Консультування мобільними пунктами", 4),
      FAITHFUL_Q1[3],
    ];
    const found = reconciled(report(cumulative, "за I півріччя 2024 року"));
    // 1.1.1: 2 + 3 = 5 agrees; 1.1.3 was given one quarter's 4 instead of 8.
    expect(at(found)).toEqual(["F8 plan-differs-from-approved"]);
    expect(found[0].params).toMatchObject({ approved: 8, quarter: 2, cumulative: true });
    expect(formatFinding(found[0], "uk")).toContain("з початку року до кінця II кварталу — 8");
  });

  it("holds a qualitative plan equal to any qualitative plan, and a number against it different", () => {
    const rows = FAITHFUL_Q1.map((r) => [...r]);
    rows[3][5] = "У разі звернення";
    expect(reconciled(report(rows))).toEqual([]);
    rows[3][5] = 2;
    const found = reconciled(report(rows));
    expect(at(found)).toEqual(["F9 plan-differs-from-approved"]);
    expect(found[0].params).toMatchObject({ plan: 2, approved: "За потребою" });
  });

  it("does not reconcile a report of another year, or one whose title names no quarter", () => {
    expect(reconciled(report(FAITHFUL_Q1.slice(1), "за I квартал 2023 року"))).toEqual([]);
    expect(reconciled(report(FAITHFUL_Q1.slice(1), "про виконання плану"))).toEqual([]);
  });
});
