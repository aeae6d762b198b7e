import { CellValue, checkSheet, gridFromRows } from "../../src/core";

/** Layouts met in real workbooks (SPEC), each as a small sheet. */
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("a period split over two columns", () => {
  // A Cabinet of Ministers' implementation plan: no number, no indicator, dates in Початок / Закінчення.
  const kmu = (start: CellValue, end: CellValue) =>
    gridFromRows("План", [
      ["ПЛАН ЗАХОДІВ"],
      ["з реалізації Національної стратегії на 2025 рік"],
      ["Найменування заходу", "Відповідальні за виконання", "Строк виконання", null, "Індикатор виконання"],
      [null, null, "Початок", "Закінчення", null],
      ["розроблення порядку моніторингу", "Мін'юст", start, end, "Порядок затверджено"],
      ["проведення навчань для посадових осіб", "обласні держадміністрації", "березень 2025 р.", "листопад 2025 р.", "навчання проведено"],
    ], [{ top: 3, left: 3, bottom: 3, right: 4 }, ...[1, 2, 5].map((c) => ({ top: 3, left: c, bottom: 4, right: c }))]);

  it("is an action plan with its start and end columns, each lower-case measure a row of its own", () => {
    const report = checkSheet(kmu(utc(2025, 1, 1), utc(2025, 6, 30)));
    expect([report.form, report.headerRow]).toEqual(["action-plan", 4]);
    expect(report.columns).toMatchObject({ measure: 1, executor: 2, start: 3, end: 4, indicator: 5 });
    expect(report.measures.map((m) => m.row)).toEqual([5, 6]);
    expect(report.findings).toEqual([]);
  });

  it("reads either date against the plan's year, titled over two rows", () => {
    const report = checkSheet(kmu(utc(2024, 10, 1), utc(2026, 6, 30)));
    expect(report.findings.map((f) => [f.cell, f.rule, f.params])).toEqual([
      ["C5", "deadline-outside-period", { value: "01.10.2024", from: 2025, to: 2025 }],
      ["D5", "deadline-outside-period", { value: "30.06.2026", from: 2025, to: 2025 }],
    ]);
  });

  it("«Термін початку» / «Термін завершення» without a number or indicator column", () => {
    const grid = gridFromRows("План", [
      ["План дій на 2025 рік"],
      ["Назва заходу", "Відповідальний виконавець", "Термін початку", "Термін завершення"],
      ["Оновлення стендів", "Відділ", "січень 2025 року", "грудень 2025 року"],
    ]);
    const report = checkSheet(grid);
    expect(report.form).toBe("action-plan");
    expect(report.columns).toMatchObject({ start: 3, end: 4 });
  });
});

describe("a units column", () => {
  it("is its own role, never the indicator or the plan", () => {
    const grid = gridFromRows("Звіт", [
      ["Звіт про виконання плану за I квартал 2024 року"],
      ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Показник", "Од. виміру", "План", "Факт", "Примітка"],
      ["1", "Семінари", "Відділ", "Кількість семінарів", "од.", 3, 3, null],
      ["2", "Консультації", "Відділ", "Кількість консультацій", "осіб", 10, 12, null],
    ]);
    const report = checkSheet(grid);
    expect(report.form).toBe("quarterly-report");
    expect(report.columns).toMatchObject({ indicator: 4, units: 5, plan: 6, fact: 7 });
    expect(report.measures.map((m) => m.percent)).toEqual([100, 120]);
    expect(report.findings).toEqual([]);
  });

  it("«Одиниця виміру» before the indicator", () => {
    const grid = gridFromRows("План", [["№", "Захід", "Виконавець", "Одиниця виміру", "Показник", "I квартал", "II квартал", "Разом"], ["1", "Семінар", "Відділ", "од.", "Кількість", 1, 1, 2]]);
    expect(checkSheet(grid).columns).toMatchObject({ units: 4, indicator: 5, q1: 6, q2: 7, total: 8 });
  });
});

describe("a section whose number stands in its own column", () => {
  const plan = (...rows: CellValue[][]) =>
    gridFromRows("План", [["План роботи сільської ради на 2025 рік"], ["№ з/п", "Зміст заходу", "Термін виконання", "Відповідальні"], ...rows]);

  it.each([
    ["1", "Напрям 1. Організаційна робота"],
    ["2.", "Розділ 2 Робота з населенням"],
  ])("%s | %s is a section, not a measure", (n, heading) => {
    const report = checkSheet(plan([n, heading, null, null], ["1", "Засідання виконкому", "щомісяця", "Секретар ради"]));
    expect(report.sections.map((s) => [s.row, s.title])).toEqual([[3, heading]]);
    expect(report.measures.map((m) => m.row)).toEqual([4]);
  });

  it("a plain heading over the rows its number opens", () => {
    const report = checkSheet(plan(["1.", "Організаційні заходи", null, null], ["1.1", "Підготовка сесій ради", "щокварталу", "Секретар ради"], ["1.2", "Засідання виконкому", "щомісяця", "Секретар ради"]));
    expect(report.sections.map((s) => s.row)).toEqual([3]);
    expect(report.measures.map((m) => m.number)).toEqual(["1.1", "1.2"]);
    expect(report.findings).toEqual([]);
  });

  it("a heading merged across the row", () => {
    const grid = plan(["1.", "Організаційні заходи"], ["1", "Засідання виконкому", "щомісяця", "Секретар ради"]);
    grid.merges.push({ top: 3, left: 2, bottom: 3, right: 4 });
    const report = checkSheet(grid);
    expect(report.sections.map((s) => s.row)).toEqual([3]);
    expect(report.measures.map((m) => m.row)).toEqual([4]);
  });

  it("a measure with an empty deadline stays a measure", () => {
    const report = checkSheet(plan(["1.", "Засідання виконкому", null, "Секретар ради"], ["2.", "Звіт голови", "грудень", "Голова"]));
    expect(report.measures.map((m) => m.row)).toEqual([3, 4]);
  });
});

describe("a measure split over rows per bureau, its name merged down", () => {
  it("makes each bureau's row a measure row checked on its own", () => {
    const grid = gridFromRows(
      "Звіт",
      [
        ["Звіт про виконання плану діяльності центру за II квартал 2024 року"],
        ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Показник", "План", "Факт", "Примітка"],
        ["1", "Консультування у пунктах доступу", "Бюро А", "Кількість консультацій", 10, 10, null],
        [null, null, "Бюро Б", null, 8, 6, null],
        [null, null, "Бюро В", null, 5, 5, null],
      ],
      [{ top: 3, left: 1, bottom: 5, right: 1 }, { top: 3, left: 2, bottom: 5, right: 2 }, { top: 3, left: 4, bottom: 5, right: 4 }],
    );
    const report = checkSheet(grid);
    expect(report.measures.map((m) => [m.row, m.number, m.executor, m.percent])).toEqual([[3, "1", "Бюро А", 100], [4, "1", "Бюро Б", 75], [5, "1", "Бюро В", 100]]);
    expect(report.findings.map((f) => `${f.cell}:${f.rule}`)).toEqual(["G4:shortfall-unexplained"]);
    expect(report.rollup.executors.map((e) => e.executor)).toEqual(["Бюро А", "Бюро Б", "Бюро В"]);
  });

  it("gives a bureau's row the measure's indicator when its own cell is left empty", () => {
    const grid = gridFromRows(
      "План",
      [
        ["Річний план діяльності центру на 2025 рік"],
        ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Показник", "I квартал", "II квартал", "III квартал", "IV квартал", "Усього за рік"],
        ["1.1", "Консультування", "Відділ", "Кількість консультацій", 10, 10, 10, 10, 40],
        [null, null, "Бюро А", null, 5, 5, 5, 5, 20],
        [null, null, "Усього по центру", "х", 15, 15, 15, 15, 60],
      ],
      [{ top: 3, left: 1, bottom: 5, right: 1 }, { top: 3, left: 2, bottom: 5, right: 2 }],
    );
    const report = checkSheet(grid);
    expect(report.form).toBe("annual-plan");
    expect(report.measures.map((m) => [m.row, m.executor, m.total])).toEqual([[3, "Відділ", 40], [4, "Бюро А", 20]]);
    expect(report.findings).toEqual([]);
  });
});
