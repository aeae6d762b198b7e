import { checkSheet, gridFromRows } from "../../src/core";
import { check, measure, reportGrid, planGrid, planMeasure } from "../helpers/sheets";

const REGIONAL_HEADER = ["№ з/п", "Назва заходу", "Відповідальні за виконання", "Термін виконання"];

describe("sections and measure rows", () => {
  it("builds the section hierarchy from Roman numerals, priorities, goals and dotted numbers", () => {
    const grid = gridFromRows("План дій", [
      ["План дій на 2021 рік з реалізації Стратегії на 2021-2026 роки"],
      ["№ п/п", "Назва завдання/заходу", "Відповідальний виконавець", "Період реалізації", "Індикатори"],
      ["Пріоритет розвитку 1. Доступність послуг"],
      ["Операційна ціль 1.1 Інформування населення"],
      ["1", "Розробити буклети", "УСЗН", "2021", "Буклети"],
      ["2", "Оснастити фронт-офіс", "УСЗН", "2021-2022", "Оснащено"],
      ["Операційна ціль 1.2 Наближення послуг"],
      ["1", "Запровадити послугу", "УСЗН", "2021", "Послуга"],
    ]);
    const report = checkSheet(grid);
    expect(report.sections.map((s) => [s.row, s.level, s.number, s.parent])).toEqual([
      [3, 1, "1", null],
      [4, 2, "1.1", 0],
      [7, 2, "1.2", 0],
    ]);
    expect(report.measures.map((m) => [m.row, m.section])).toEqual([[5, 1], [6, 1], [8, 2]]);
    expect(report.findings).toEqual([]);
  });

  it("takes a heading typed in the number column alone as a section", () => {
    const grid = gridFromRows("Турбота", [
      REGIONAL_HEADER,
      [1, 2, 3, 4],
      ["1. Правова підтримка та захист"],
      ["1.", "Надання безоплатної правової допомоги", "Департамент", "2021 рік"],
      ["2.1. Надання соціальних послуг"],
      ["2.", "Проведення тренінгів", "Департамент", "I квартал"],
    ]);
    const report = checkSheet(grid);
    expect(report.form).toBe("regional-plan");
    expect(report.sections.map((s) => s.row)).toEqual([3, 5]);
    expect(report.measures.map((m) => [m.row, m.number])).toEqual([[4, "1"], [6, "2"]]);
  });

  it("reads a heading whose number stands in its own column as a section, with no warnings of a measure", () => {
    const grid = gridFromRows("План", [
      ["Річний план діяльності на 2024 рік"],
      ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Найменування показника", "I квартал", "II квартал", "III квартал", "IV квартал", "Разом"],
      ["1", "Напрям 1. Правова освіта"],
      ["1.1", "Семінари", "Відділ", "Кількість", 1, 1, 1, 1, 4],
      ["2.5", "Консультації", "Відділ", "Кількість", 2, 2, 2, 2, 8],
      ["2.", "Розділ 2 Доступ до допомоги"],
      ["2.1", "Виїзди", "Відділ", "Кількість", 1, null, 1, null, 2],
      ["III", "Взаємодія з громадами"],
    ]);
    const report = checkSheet(grid);
    expect(report.sections.map((s) => [s.row, s.number, s.title])).toEqual([
      [3, "1", "Напрям 1. Правова освіта"],
      [6, "2", "Розділ 2 Доступ до допомоги"],
      [8, "3", "III Взаємодія з громадами"],
    ]);
    expect(report.measures.map((m) => m.row)).toEqual([4, 5, 7]);
    // No plan, executor or indicator asked of a heading; the misplaced 2.5 under section 1 is named.
    expect(report.findings.map((f) => `${f.cell}:${f.rule}`)).toEqual(["B5:number-hierarchy"]);
  });

  it("joins a measure's text split by a page break instead of inventing a measure", () => {
    const grid = gridFromRows("Турбота", [
      REGIONAL_HEADER,
      ["1.", "Проведення зустрічей з метою розгляду", "Департамент", "2021"],
      [null, "проблемних питань соціальної сфери", null, null],
      ["2.", "Проведення форуму", "Департамент", "2021"],
    ]);
    const report = checkSheet(grid);
    expect(report.measures.map((m) => m.row)).toEqual([2, 4]);
    expect(report.measures[0].measure).toBe("Проведення зустрічей з метою розгляду проблемних питань соціальної сфери");
  });

  it("checks each indicator row of a measure merged down over several rows", () => {
    const rows = [measure("1.1.1", 1, 1), [null, null, null, null, "Кількість консультацій", 2, 1, null]];
    const report = check(reportGrid(rows, { merges: [{ top: 6, left: 3, bottom: 7, right: 3 }, { top: 6, left: 4, bottom: 7, right: 4 }] }));
    expect(report.measures.map((m) => [m.row, m.number, m.executor])).toEqual([[6, "1.1.1", "Відділ правопросвітництва"], [7, "1.1.1", "Відділ правопросвітництва"]]);
    expect(report.findings.map((f) => `${f.row}:${f.rule}`)).toEqual(["7:shortfall-unexplained"]);
  });

  it("shares a plan merged down over two rows between them", () => {
    const rows = [measure("1.1.1", 1, 1), measure("1.1.2", null, 6)];
    const report = check(reportGrid(rows, { merges: [{ top: 6, left: 6, bottom: 7, right: 6 }] }));
    expect(report.measures.map((m) => m.percent)).toEqual([100, 600]);
  });

  it("stops at the signature block, even when names stand under the value columns", () => {
    const rows = [measure("1.1.1", 2, 2), [], ["Директор центру", null, null, null, "С. В. Мельник"], [null, "Виконавець", null, null, null, "Т.О. Шаль"]];
    const report = check(reportGrid(rows, { merges: [{ top: 8, left: 5, bottom: 8, right: 7 }] }));
    expect(report.measures.map((m) => m.row)).toEqual([6]);
    expect(report.lastDataRow).toBe(6);
    expect(report.findings).toEqual([]);
  });

  it("skips a totals row at the bottom of the table", () => {
    const report = check(reportGrid([measure("1.1.1", 2, 2), ["Разом", null, null, null, null, 2, 2, null]]));
    expect(report.measures.map((m) => m.row)).toEqual([6]);
  });
});

describe("structure rules", () => {
  it("warns about a measure without executor or indicator", () => {
    const report = check(reportGrid([["1", "1.1", "1.1.1. Захід", null, "", 1, 1, null]]));
    expect(report.findings.map((f) => `${f.cell}:${f.rule}:${f.severity}`)).toEqual(["D6:executor-missing:warning", "E6:indicator-missing:warning"]);
  });

  it("warns about duplicate numbers and numbers outside their task", () => {
    const rows = [measure("1.1.3", 1, 1), measure("1.1.3", 1, 1), ["1", "2.1. Якість", "3.2.1. Захід", "Відділ", "К-сть", 1, 1, null]];
    const report = check(reportGrid(rows));
    expect(report.findings.map((f) => `${f.row}:${f.rule}`)).toEqual(["7:number-duplicate", "8:number-hierarchy"]);
    expect(report.findings[0].params).toMatchObject({ number: "1.1.3", firstRow: 6 });
    expect(report.findings[1].params).toMatchObject({ number: "3.2.1", parent: "2.1" });
  });

  it("warns about deadlines it cannot read or that lie outside the plan's period", () => {
    const grid = gridFromRows("Турбота", [
      ["Регіональний план заходів на 2021 рік"],
      REGIONAL_HEADER,
      ["1.", "Навчання", "Департамент", "лютий– листопад 2021 року"],
      ["2.", "Форум", "Департамент", "2023"],
      ["3.", "Паспорт", "Департамент", "колись"],
      ["4.", "Семінар", "Департамент", "Постійно"],
    ]);
    const report = checkSheet(grid);
    expect(report.findings.map((f) => `${f.cell}:${f.rule}`)).toEqual(["D4:deadline-outside-period", "D5:deadline-unreadable"]);
  });

  it("warns once about an expected column the sheet lacks", () => {
    const grid = gridFromRows("План", [["п/п", "Захід", "Показник", "I", "II", "III", "IV"], ["1", "Захід 1.1.1", "К-сть", 1, 1, 1, 1]]);
    const report = checkSheet(grid);
    expect(report.findings).toMatchObject([
      { rule: "column-missing", params: { column: "executor" } },
      { rule: "column-missing", params: { column: "total" } },
    ]);
  });
});

describe("roll-ups", () => {
  it("counts measures fully, partly and not executed and qualitative, per section, executor and sheet", () => {
    const rows = [
      measure("1.1.1", 3, 3),
      measure("1.1.2", 4, 2, "x"),
      measure("1.1.3", 2, 0, "x"),
      measure("1.1.4", "За потребою", 1),
      ["1", "1.1", "1.1.5. Захід", "Директор", "К-сть", 1, 5, null],
    ];
    const { rollup } = check(reportGrid(rows));
    expect(rollup.sheet).toMatchObject({ measures: 5, full: 2, partial: 1, none: 1, qualitative: 1 });
    // Capped at 100 %: (100 + 50 + 0 + 100) / 4.
    expect(rollup.sheet.execution).toBe(62.5);
    expect(rollup.sections).toHaveLength(1);
    expect(rollup.sections[0].tally.measures).toBe(5);
    expect(rollup.executors.map((e) => [e.executor, e.tally.measures])).toEqual([["Відділ правопросвітництва", 4], ["Директор", 1]]);
  });

  it("counts an annual plan's measures with numeric targets, never adding totals in different units", () => {
    const { rollup } = check(planGrid([planMeasure("1.1.1.1", [1, 1, 1, 1], 4), planMeasure("1.1.1.2", [2, 2, null, null], 4)]));
    expect(rollup.sheet).toMatchObject({ measures: 2, numeric: 2, qualitative: 0 });
  });
});

describe("task headings on their own row", () => {
  it("are sections, not measures without values", () => {
    const rows = [["Завдання 1.1 Правова освіта"], measure("1.1.1", 2, 2)];
    const report = check(reportGrid(rows.map((r) => (r.length === 1 ? [null, null, r[0], null, null, null, null, null] : r))));
    expect(report.sections.map((s) => [s.row, s.number, s.level])).toEqual([[5, "1", 1], [6, "1.1", 2]]);
    expect(report.measures.map((m) => m.row)).toEqual([7]);
    expect(report.findings).toEqual([]);
  });
});
