import { SheetGrid, checkSheet, gridFromRows } from "../../src/core";
import { REPORT_HEADER, check, measure, planGrid, planMeasure, reportGrid } from "../helpers/sheets";

describe("recognising the form and its header", () => {
  it("finds a single-row report header under title rows", () => {
    const report = check(reportGrid([measure("1.1.1", 1, 1)]));
    expect([report.form, report.headerRow, report.firstDataRow]).toEqual(["quarterly-report", 4, 5]);
    expect(report.columns).toMatchObject({ number: 1, task: 2, measure: 3, executor: 4, indicator: 5, plan: 6, fact: 7, note: 8 });
  });

  it("finds a two-row header with merged cells and reports its last row", () => {
    const rows = [
      ["Звіт за I квартал"],
      ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Показник", "Значення показників результативності", null, "Примітка"],
      [null, null, null, null, "План", "Факт", null],
      ["1.1.1. Захід", null, null, null, null, null, null],
    ];
    const grid = gridFromRows("Звіт", [rows[0], rows[1], rows[2], ["1", "1.1.1. Захід", "Відділ", "Кількість", 3, 1, null]], [
      { top: 2, left: 5, bottom: 2, right: 6 },
      ...[1, 2, 3, 4, 7].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
    ]);
    const report = checkSheet(grid);
    expect([report.form, report.headerRow]).toEqual(["quarterly-report", 3]);
    expect(report.columns).toMatchObject({ plan: 5, fact: 6, note: 7 });
    expect(report.findings.map((f) => f.rule)).toContain("shortfall-unexplained");
  });

  it("finds a two-row header typed without merges", () => {
    const grid = gridFromRows("Звіт", [
      ["№", "Захід", "Виконавець", "Показник", "Значення показників", null, "Примітка"],
      [null, null, null, null, "план", "факт", null],
      ["1", "Семінар", "Відділ", "Кількість", 2, 2, null],
    ]);
    expect([checkSheet(grid).form, checkSheet(grid).headerRow]).toEqual(["quarterly-report", 2]);
  });

  it("skips the column-number row under the header and its repeats at page breaks", () => {
    const numbers = [1, 2, 3, 4, 5, 6, 7, 8];
    const grid = reportGrid([measure("1.1.1", 2, 2), ["1", "2", "3", "4", "5", "6", "7", "8"], measure("1.1.2", 2, 2)]);
    grid.values.splice(4, 0, numbers);
    const report = checkSheet(grid);
    expect(report.headerRow).toBe(4);
    expect(report.firstDataRow).toBe(6);
    expect(report.measures.map((m) => m.row)).toEqual([7, 9]);
    expect(report.findings).toEqual([]);
  });

  it("reads wording variants, case, line breaks and Latin look-alike letters", () => {
    const header = ["N п/п", "НАЙМЕНУВАННЯ\nЗАХОДУ", "Відповідальні\nвиконавці", "Показники", "Плaн (Latin a)", "Фактично виконано", "Примітка (причини невиконання)"];
    const report = check(reportGrid([["1", "1.1.1. Захід", "Відділ", "К-сть", 2, 1, null]], { header }));
    expect(report.form).toBe("quarterly-report");
    expect(report.columns).toMatchObject({ measure: 2, executor: 3, indicator: 4, plan: 5, fact: 6, note: 7 });
  });

  it("follows columns in another order and ignores extra empty columns", () => {
    const header = ["Найменування заходу", null, "Примітка", "Факт", null, "План", "Виконавець"];
    const report = check(reportGrid([["1.1.1. Захід", null, null, 1, null, 4, "Відділ"]], { header }));
    expect(report.form).toBe("quarterly-report");
    expect(report.columns).toMatchObject({ measure: 1, note: 3, fact: 4, plan: 6, executor: 7 });
    expect(report.findings.map((f) => `${f.cell}:${f.rule}`)).toContain("C6:shortfall-unexplained");
  });

  it("works on a table that does not start at A1", () => {
    const base = reportGrid([measure("1.1.1", 3, 1)]);
    const shifted: SheetGrid = { ...base, top: 3, left: 2, merges: base.merges.map((m) => ({ top: m.top + 2, bottom: m.bottom + 2, left: m.left + 1, right: m.right + 1 })) };
    const report = checkSheet(shifted);
    expect(report.headerRow).toBe(6);
    expect(report.findings.map((f) => f.cell)).toEqual(["I8"]);
  });

  it.each([
    [["I", "II", "III", "IV", "Разом"]],
    [["І кв.", "ІІ кв.", "ІІІ кв.", "ІV кв.", "Усього"]],
    [["1 квартал", "2 квартал", "3 квартал", "4 квартал", "Всього за рік"]],
    [["І", "ІІ", "ІІІ", "ІV", "Разом"]],
  ])("reads quarter headers %j", (labels) => {
    const report = check(planGrid([planMeasure("1.1.1.1", [1, 1, 1, 1], 3)], { leaf: [null, null, null, null, null, ...labels] }));
    expect(report.form).toBe("annual-plan");
    expect(report.columns).toMatchObject({ q1: 6, q2: 7, q3: 8, q4: 9, total: 10 });
    expect(report.findings.map((f) => f.rule)).toEqual(["total-mismatch"]);
  });

  it.each([
    ["action-plan", ["№ п/п", "Назва завдання/заходу", "Відповідальний виконавець", "Період реалізації", "Індикатори (показники) оцінки результативності цілі"]],
    ["regional-plan", ["№ з/п", "Назва заходу", "Відповідальні за виконання", "Термін виконання"]],
    ["program-measures", [null, "Найменування очікуваного результату (відповідно до Національної стратегії)", "Найменування заходу, спрямованого на досягнення очікуваного результату", "Індикатор досягнення", "Строк виконання", "Відповідальні за виконання"]],
  ])("recognises the %s form", (form, header) => {
    const report = checkSheet(gridFromRows("Аркуш", [["План заходів на 2021 рік"], header, ["1", "Захід", "Управління", "2021", "Показник", "x"]]));
    expect([report.form, report.headerRow]).toEqual([form, 2]);
  });

  it.each([
    ["free text", [["Примітки до річного плану"], [], ["Значення показників визначено з урахуванням торішнього виконання."]]],
    ["chart data", [["Місяць", "Кількість звернень"], ["Січень", 10], ["Лютий", 12]]],
    ["an empty sheet", []],
    ["a list of people", [["ПІБ", "Посада", "Телефон"], ["Іваненко І.І.", "Директор", "123"]]],
  ])("says a sheet of %s is not a form, with no findings", (_what, rows) => {
    const report = checkSheet(gridFromRows("Інше", rows as never));
    expect(report.form).toBeNull();
    expect(report.findings).toEqual([]);
  });

  it("does not mistake the report's title for its header", () => {
    const report = check(reportGrid([measure("1.1.1", 1, 1)], { header: REPORT_HEADER }));
    expect(report.headerRow).toBe(4);
  });
});

describe("several plan columns", () => {
  it("measures the fact against the plan beside it, not the annual plan further left", () => {
    const header = ["№", "Найменування заходу", "Виконавець", "План на рік", "План на I квартал", "Факт за I квартал", "Примітка"];
    const report = check(reportGrid([["1", "1.1.1. Захід", "Відділ", 20, 5, 4, null]], { header }));
    expect(report.columns).toMatchObject({ plan: 5, fact: 6 });
    expect(report.measures[0]).toMatchObject({ plan: 5, fact: 4, percent: 80 });
  });
});

describe("a long title block", () => {
  it("still finds a header below fifty rows of decree text", () => {
    const decree = Array.from({ length: 50 }, (_, k) => [`${k + 1}. Текст розпорядження про затвердження плану заходів`]);
    const grid = gridFromRows("Розпорядження", [...decree, ["№ з/п", "Назва заходу", "Відповідальні за виконання", "Термін виконання"], ["1.", "Семінар", "Департамент", "2021"]]);
    expect([checkSheet(grid).form, checkSheet(grid).headerRow]).toEqual(["regional-plan", 51]);
  });
});
