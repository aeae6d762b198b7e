import { executionPercent } from "../../src/core/compute";
import { EXACT_RULES, check, measure, reportGrid, ruleRows } from "../helpers/sheets";

describe("a quarterly report's rows", () => {
  it("flags a shortfall with an empty note at the note cell, and accepts one with a note", () => {
    const report = check(reportGrid([measure("1.1.1", 3, 2), measure("1.1.2", 5, 2, "Перенесено на II квартал"), measure("1.1.3", 4, 4)]));
    expect(ruleRows(report, EXACT_RULES)).toEqual(["6:shortfall-unexplained"]);
    expect(report.findings.find((f) => f.rule === "shortfall-unexplained")?.cell).toBe("H6");
  });

  it("treats a note of spaces as empty", () => {
    expect(ruleRows(check(reportGrid([measure("1.1.1", 3, 1, "   ")])), EXACT_RULES)).toEqual(["6:shortfall-unexplained"]);
  });

  it("reads numbers stored as text and decimal commas as numbers", () => {
    const report = check(reportGrid([measure("1.1.1", "12,5", "10"), measure("1.1.2", " 7 ", 7)]));
    expect(ruleRows(report, EXACT_RULES)).toEqual(["6:shortfall-unexplained"]);
    expect(report.measures[0]).toMatchObject({ plan: 12.5, fact: 10, percent: 80 });
    expect(ruleRows(report, ["number-as-text"])).toEqual(["6:number-as-text", "6:number-as-text", "7:number-as-text"]);
  });

  it("reports an empty fact under a numeric plan, but not under a qualitative one", () => {
    const report = check(reportGrid([measure("1.1.1", 2, null), measure("1.1.2", "За потребою", null), measure("1.1.3", 0, null)]));
    expect(ruleRows(report, EXACT_RULES)).toEqual(["6:fact-missing", "8:fact-missing"]);
    expect(report.findings[0].cell).toBe("G6");
  });

  it.each([
    ["an Excel error", { error: "#REF!" }],
    ["a negative number", -2],
    ["digits mixed with words", "5 заходів"],
    ["a word where the plan is a number", "виконано"],
    ["a note typed into the fact", "3 (1 захід перенесено)"],
  ])("rejects a fact holding %s, without a shortfall or percent for the row", (_what, fact) => {
    const report = check(reportGrid([measure("1.1.1", 5, fact as never, null)]));
    expect(ruleRows(report, EXACT_RULES)).toEqual(["6:value-invalid"]);
    expect(report.measures[0].percent).toBeNull();
  });

  it("rejects an invalid plan too", () => {
    expect(ruleRows(check(reportGrid([measure("1.1.1", "10 шт.", 10)])), EXACT_RULES)).toEqual(["6:value-invalid"]);
  });

  it("accepts a qualitative plan with any fact and computes no percent for it", () => {
    const report = check(reportGrid([measure("1.1.1", "По мірі необхідності", 2), measure("1.1.2", "Щопонеділка", "проведено")]));
    expect(ruleRows(report, EXACT_RULES)).toEqual([]);
    expect(report.measures.map((m) => m.percent)).toEqual([null, null]);
    expect(report.measures.map((m) => m.execution)).toEqual(["qualitative", "qualitative"]);
  });

  it("computes percentages rounded to one decimal, and none for a zero plan", () => {
    const report = check(reportGrid([measure("1.1.1", 3, 2, "x"), measure("1.1.2", 3, 5), measure("1.1.3", 0, 4), measure("1.1.4", 60, 50, "x")]));
    expect(report.measures.map((m) => m.percent)).toEqual([66.7, 166.7, null, 83.3]);
  });

  it("takes the explanation from a note merged down over several measures", () => {
    const grid = reportGrid([measure("1.1.1", 3, 1, "Карантин: усі заходи перенесено"), measure("1.1.2", 4, 1)], {
      merges: [{ top: 6, left: 8, bottom: 7, right: 8 }],
    });
    expect(ruleRows(check(grid), EXACT_RULES)).toEqual([]);
  });

  it("asks to check the plan when the fact is far above it, as a tip only", () => {
    const report = check(reportGrid([measure("1.1.1", 1, 6)]));
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([["fact-far-above-plan", "info"]]);
  });

  it("warns about a measure with no plan at all", () => {
    expect(ruleRows(check(reportGrid([measure("1.1.1", null, 13)])))).toEqual(["6:plan-missing"]);
  });

  it("flags every shortfall, at the fact cell, when the report has no note column", () => {
    const header = ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Показник", "План", "Факт"];
    const grid = reportGrid([["1", "1.1.1. Захід", "Відділ", "Кількість", 4, 3]], { header });
    const report = check(grid);
    expect(report.form).toBe("quarterly-report");
    expect(report.findings.map((f) => `${f.cell}:${f.rule}`)).toEqual(["A4:column-missing", "F6:shortfall-unexplained"]);
  });
});

describe("a dash as the fact", () => {
  it("is text under a numeric plan, not a missing fact", () => {
    const report = check(reportGrid([measure("1.1.1", 2, "-")]));
    expect(ruleRows(report, EXACT_RULES)).toEqual(["6:value-invalid"]);
  });
});

describe("plans and facts beside the ones the report computes with", () => {
  it("must still hold numbers or wordings", () => {
    const header = ["№", "Найменування заходу", "Виконавець", "Показник", "План на рік", "План на I квартал", "Факт за I квартал", "Примітка"];
    const report = check(reportGrid([["1", "1.1.1. Захід", "Відділ", "К-сть", "10 шт.", 5, 5, null]], { header }));
    expect(report.findings).toMatchObject([{ cell: "E6", rule: "value-invalid", params: { label: "План на рік" } }]);
  });
});

describe("a typed execution percentage", () => {
  const header = ["№ з/п", "Найменування завдання", "Найменування заходу", "Виконавець", "Показник", "План", "Факт", "% виконання", "Примітка"];
  let n = 0;
  const row = (plan: number, fact: number, percent: unknown) => ["1", "1.1", `1.1.${++n}. Захід`, "Відділ", "К-сть", plan, fact, percent, "x"];

  it("is accepted as a fraction formatted as percent or as a number of percent", () => {
    const report = check(reportGrid([row(3, 2, 2 / 3), row(3, 2, 66.7), row(3, 2, 0.67), row(3, 2, null)] as never, { header }));
    expect(report.findings).toEqual([]);
  });

  it("is flagged when it disagrees with plan and fact", () => {
    const report = check(reportGrid([row(3, 2, 0.8)] as never, { header }));
    expect(report.findings.map((f) => `${f.cell}:${f.rule}:${f.severity}`)).toEqual(["H6:percent-mismatch:warning"]);
    expect(report.findings[0].params).toMatchObject({ value: 0.8, percent: 66.7 });
  });
});

it("gives no percentage where fact ÷ plan overflows, as the live formula shows a blank", () => {
  expect(executionPercent({ kind: "number", value: 5e-324, asText: false }, { kind: "number", value: 3, asText: false })).toBeNull();
  expect(executionPercent({ kind: "number", value: 4, asText: false }, { kind: "number", value: 3, asText: false })).toBe(75);
});
