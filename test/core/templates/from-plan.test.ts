/**
 * Issue 12's acceptance over every plan we have: for each annual-plan sheet of the shared and the
 * project's fixtures, the report made for each quarter (as it stands, and as a running total) is
 * recognised as a quarterly report, its only errors are `fact-missing` on every numeric row, its
 * «План» is the plan's approved value on every row, and reconciling it with its plan finds nothing.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import { approvedValueFor, checkSheet, reconcileReports, reportFromPlan, templateToGrid } from "../../../src/core";
import type { CellValue, CheckedSheet, Quarter } from "../../../src/core";
import { readWorkbookBytes } from "../../../src/xlsx";

const FOLDERS = [path.resolve(__dirname, "../../../../shared/fixtures"), path.resolve(__dirname, "../../fixtures")];

const plans: [string, CheckedSheet][] = FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((f) => f.endsWith(".xlsx"))
    .flatMap((file) => {
      const read = readWorkbookBytes(readFileSync(path.join(folder, file)), { inflate: (d, max) => inflateRawSync(d, { maxOutputLength: max }) });
      if (!read.ok) return [];
      return read.grids.map((grid): [string, CheckedSheet] => [`${file} «${grid.name}»`, { grid, report: checkSheet(grid) }]).filter(([, s]) => s.report.form === "annual-plan");
    }),
);

it("finds annual plans among the fixtures", () => {
  expect(plans.length).toBeGreaterThanOrEqual(4);
});

const cases = plans.flatMap(([name, plan]) => ([1, 2, 3, 4] as Quarter[]).flatMap((quarter) => [false, true].map((cumulative) => [`${name}, Q${quarter}${cumulative ? " cumulative" : ""}`, plan, quarter, cumulative] as const)));

it.each(cases)("%s", (_name, plan, quarter, cumulative) => {
  const made = reportFromPlan(plan, { quarter, cumulative, responsible: "Іваненко І. І." });
  if (!made.ok) {
    // Only a quarter for which the plan sets nothing at all may give no report.
    expect(made.reason).toBe("no-measures");
    return;
  }
  const grid = templateToGrid(made.sheet);
  const report = checkSheet(grid);
  expect(report.form).toBe("quarterly-report");
  expect(report.measures).toHaveLength(made.measures);
  const errors = report.findings.filter((f) => f.severity === "error");
  const numeric = report.measures.filter((m) => m.planKind === "number");
  expect(errors.map((f) => `${f.row} ${f.rule}`)).toEqual(numeric.map((m) => `${m.row} fact-missing`));

  // «План» on every row is what the plan approves for the period, row for row in the plan's order.
  const approved = plan.report.measures.map((m) => approvedValueFor(plan, m.row, quarter, cumulative)).filter((v) => v !== null && v !== undefined);
  expect(report.measures.map((m) => m.plan ?? (m.planKind === "qualitative" ? "text" : null))).toEqual(approved.map((v) => (typeof v === "number" ? v : "text")));

  const reconciled = reconcileReports([{ grid, report }], [plan]).get(grid.name);
  expect(reconciled?.period).toEqual({ quarter, cumulative, year: expect.any(Number) });
  expect(reconciled?.findings).toEqual([]);
});

describe("a report made from a small plan", () => {
  const planSheet = (): CheckedSheet => {
    const grid = {
      name: "План 2024",
      top: 1,
      left: 1,
      merges: [],
      values: [
        ["Річний план діяльності Центру з надання БВПД у Житомирській області на 2024 рік"],
        [],
        ["№", "Найменування заходу", "Виконавець", "Показник", "I квартал", "II квартал", "III квартал", "IV квартал", "Разом"],
        ["1.", "Напрям 1. Правова освіта"],
        ["1.1", "Лекції для школярів", "Відділ", "кількість лекцій", 2, 3, null, null, 5],
        ["1.2", "Буклети", "Відділ", "кількість", 10, null, null, null, 10],
        ["2.", "Напрям 2. Консультування"],
        ["2.1", "Виїзні консультації", "Бюро", "кількість", null, null, 4, 4, 8],
        ["2.2", "Співпраця з громадами", "Бюро", "заходи", "За потребою", "За потребою", "За потребою", "За потребою", null],
      ] as CellValue[][],
    };
    return { grid, report: checkSheet(grid) };
  };

  it("carries sections, targets and wordings, leaves out what the quarter does not plan, and says whose report it is", () => {
    const made = reportFromPlan(planSheet(), { quarter: 2, cumulative: false, responsible: "Петренко П. П.", serial: 3 });
    if (!made.ok) throw new Error(made.reason);
    expect(made).toMatchObject({ measures: 2, skipped: 2 });
    const grid = templateToGrid(made.sheet);
    const texts = grid.values.map((row) => row.filter((v) => v !== null && v !== "").join(" | ")).filter(Boolean);
    expect(texts[0]).toBe("Звіт про виконання плану діяльності Центру з надання БВПД у Житомирській області");
    expect(texts[1]).toBe("за II квартал 2024 року");
    expect(texts).toContain("1. Напрям 1. Правова освіта");
    expect(texts).toContain("2. Напрям 2. Консультування");
    expect(texts.some((t) => t.startsWith("1.1 | Лекції для школярів | Відділ | кількість лекцій | 3"))).toBe(true);
    expect(texts.some((t) => t.includes("Буклети") || t.includes("Виїзні"))).toBe(false);
    expect(texts.some((t) => t.startsWith("2.2 | Співпраця з громадами | Бюро | заходи | За потребою"))).toBe(true);
    expect(made.sheet.source).toEqual({ name: "PokaznykPlan.3", reference: "'План 2024'!$A$4:$I$9" });
  });

  it("drops a section none of whose measures has a target for the period", () => {
    const made = reportFromPlan(planSheet(), { quarter: 3, cumulative: false, responsible: "" });
    if (!made.ok) throw new Error(made.reason);
    const texts = templateToGrid(made.sheet).values.map((row) => String(row[0] ?? ""));
    expect(texts).not.toContain("1. Напрям 1. Правова освіта");
    expect(texts).toContain("2. Напрям 2. Консультування");
  });

  it("refuses a sheet that is not an annual plan", () => {
    const plan = planSheet();
    expect(reportFromPlan({ ...plan, report: { ...plan.report, form: "quarterly-report" } }, { quarter: 1, cumulative: false, responsible: "" })).toEqual({ ok: false, reason: "not-a-plan" });
  });
});
