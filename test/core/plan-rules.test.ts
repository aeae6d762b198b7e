import { EXACT_RULES, check, planGrid, planMeasure, ruleRows } from "../helpers/sheets";

describe("an annual plan's rows", () => {
  it("computes the total of the quarters, empty counting as 0", () => {
    const report = check(planGrid([planMeasure("1.1.1.1", [1, null, 1, null], 2), planMeasure("1.1.1.2", [3, 3, 3, 2], 11)]));
    expect(report.form).toBe("annual-plan");
    expect(report.measures.map((m) => [m.quarters, m.total])).toEqual([
      [[1, null, 1, null], 2],
      [[3, 3, 3, 2], 11],
    ]);
    expect(ruleRows(report, EXACT_RULES)).toEqual([]);
  });

  it("flags a typed total that differs from the quarters' sum, at the total cell", () => {
    const report = check(planGrid([planMeasure("1.1.1.1", [4, 4, 4, 4], 12)]));
    expect(ruleRows(report, EXACT_RULES)).toEqual(["6:total-mismatch"]);
    expect(report.findings[0]).toMatchObject({ cell: "J6", params: { total: 12, sum: 16 } });
    expect(report.measures[0].total).toBe(16);
  });

  it("does not see a mismatch in decimal noise", () => {
    expect(ruleRows(check(planGrid([planMeasure("1.1.1.1", [0.1, 0.2, null, null], 0.3)])), EXACT_RULES)).toEqual([]);
  });

  it("rejects digits mixed with words in a quarter, with no total and no mismatch for the row", () => {
    const report = check(planGrid([planMeasure("1.1.1.1", [3, "3 шт", 3, 3], 12)]));
    expect(ruleRows(report, EXACT_RULES)).toEqual(["6:value-invalid"]);
    expect(report.findings[0].cell).toBe("G6");
    expect(report.measures[0].total).toBeNull();
  });

  it("rejects a word in a quarter when the other quarters are numbers", () => {
    expect(ruleRows(check(planGrid([planMeasure("1.1.1.1", [2, "Постійно", 2, 2], null)])), EXACT_RULES)).toEqual(["6:value-invalid"]);
  });

  it("accepts a qualitative plan written once across merged quarter cells", () => {
    const report = check(planGrid([planMeasure("1.1.1.1", ["Постійно (за потреби)", null, null, null], null)], { merges: [{ top: 6, left: 6, bottom: 6, right: 9 }] }));
    expect(report.findings).toEqual([]);
    expect(report.measures[0]).toMatchObject({ total: null, planKind: "qualitative" });
  });

  it("accepts the same wording typed in every quarter", () => {
    const report = check(planGrid([planMeasure("1.1.1.1", ["Постійно", "Постійно", "Постійно", "Постійно"], null)]));
    expect(ruleRows(report, EXACT_RULES)).toEqual([]);
  });

  it("warns when the total is empty though the quarters are numbers", () => {
    const report = check(planGrid([planMeasure("1.1.1.1", [3, 3, 3, 2], null)]));
    expect(report.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([["total-missing", "warning", "J6"]]);
  });

  it("rejects a negative quarter and an error in the total", () => {
    const report = check(planGrid([planMeasure("1.1.1.1", [1, -1, 1, 1], 2), planMeasure("1.1.1.2", [1, 1, 1, 1], { error: "#VALUE!" })]));
    expect(ruleRows(report, EXACT_RULES)).toEqual(["6:value-invalid", "7:value-invalid"]);
  });
});

describe("dashes", () => {
  it("read as empty quarters, so the row still has a total", () => {
    const report = check(planGrid([planMeasure("1.1.1.1", [1, "-", 1, "–"], 2)]));
    expect(report.findings).toEqual([]);
    expect(report.measures[0]).toMatchObject({ quarters: [1, null, 1, null], total: 2 });
  });
});
