import { CellValue, MergedArea, SheetGrid, checkSheet, SheetReport } from "../../src/core";

/** Small sheets the way officials lay them out, for engine tests. */

export const REPORT_HEADER: CellValue[] = [
  "№ з/п",
  "Найменування завдання",
  "Найменування заходу для виконання завдання",
  "Відповідальний виконавець заходу",
  "Найменування показників результативності виконання заходу",
  "План",
  "Факт",
  "Примітка у разі недовиконання плану",
];

export type Row = CellValue[];

/** A report: two title rows, a blank row, the header on row 4, a section on row 5, measures from row 6. */
export function reportGrid(measures: Row[], options: { header?: CellValue[]; merges?: MergedArea[]; name?: string } = {}): SheetGrid {
  const header = options.header ?? REPORT_HEADER;
  const rows: Row[] = [
    ["Звіт про виконання плану діяльності центру"],
    ["за I квартал 2024 року"],
    [],
    header,
    ["I. Доступ до правової допомоги"],
    ...measures,
  ];
  const width = header.length;
  return {
    name: options.name ?? "Звіт",
    values: rows,
    top: 1,
    left: 1,
    merges: [{ top: 1, left: 1, bottom: 1, right: width }, { top: 5, left: 1, bottom: 5, right: width }, ...(options.merges ?? [])],
  };
}

/** A report measure row: number, task, measure, executor, indicator, plan, fact, note. */
export function measure(n: string, plan: CellValue, fact: CellValue, note: CellValue = null): Row {
  return ["1", "1.1. Ранній доступ", `${n}. Проведення заходів`, "Відділ правопросвітництва", "Кількість заходів", plan, fact, note];
}

export const PLAN_HEADER_TOP = ["п/п", "Найменування завдання", "Найменування заходу", "Відповідальний виконавець", "Найменування показників", "Значення показників", null, null, null, null];
export const PLAN_HEADER_LEAF = [null, null, null, null, null, "I", "II", "III", "IV", "Разом"];

/** An annual plan with a two-row merged header (rows 3–4) and measures from row 6. */
export function planGrid(measures: Row[], options: { leaf?: CellValue[]; merges?: MergedArea[] } = {}): SheetGrid {
  const rows: Row[] = [["Річний план діяльності на 2024 рік"], [], PLAN_HEADER_TOP, options.leaf ?? PLAN_HEADER_LEAF, ["1. Правова освіта"], ...measures];
  const verticals: MergedArea[] = [0, 1, 2, 3, 4].map((k) => ({ top: 3, left: k + 1, bottom: 4, right: k + 1 }));
  return {
    name: "План",
    values: rows,
    top: 1,
    left: 1,
    merges: [{ top: 1, left: 1, bottom: 1, right: 10 }, { top: 3, left: 6, bottom: 3, right: 10 }, { top: 5, left: 1, bottom: 5, right: 10 }, ...verticals, ...(options.merges ?? [])],
  };
}

export function planMeasure(n: string, quarters: CellValue[], total: CellValue): Row {
  return ["1", "Завдання 1.1 Освіта", `Захід ${n} Проведення занять`, "Начальник відділу", "кількість занять", ...quarters, total];
}

/** (row, rule) pairs of the findings, the way the answer keys list them. */
export function ruleRows(report: SheetReport, rules?: string[]): string[] {
  return report.findings.filter((f) => !rules || rules.includes(f.rule)).map((f) => `${f.row}:${f.rule}`);
}

export const EXACT_RULES = ["shortfall-unexplained", "value-invalid", "total-mismatch", "fact-missing"];

export function check(grid: SheetGrid): SheetReport {
  return checkSheet(grid);
}
