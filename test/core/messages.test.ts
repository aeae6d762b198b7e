import { RULE_IDS, catalogues, formatFinding, ruleCatalogue, Finding, RuleId } from "../../src/core";

const finding = (rule: RuleId, params: Finding["params"] = {}): Finding => ({ rule, severity: ruleCatalogue[rule].severity, sheet: "S", cell: "A1", row: 1, col: 1, params });

describe("messages", () => {
  it.each(RULE_IDS)("%s has a Ukrainian and an English message and title", (rule) => {
    const params = { column: "fact", value: "x", plan: 3, fact: 1, total: 5, sum: 4, number: "1.1", parent: "2", firstRow: 3, reason: "mixed", period: "2021", ratio: 5 } as const;
    const ukText = formatFinding(finding(rule, params), "uk");
    const enText = formatFinding(finding(rule, params), "en");
    expect(ukText).toMatch(/[а-яіїєґ]/i);
    expect(enText).not.toMatch(/undefined|NaN/);
    expect(ukText).not.toMatch(/undefined|NaN/);
    expect(catalogues.uk.ruleTitle[rule]).toBeTruthy();
    expect(catalogues.en.ruleTitle[rule]).toBeTruthy();
  });

  it("writes Ukrainian numbers with a decimal comma", () => {
    expect(formatFinding(finding("fact-missing", { plan: 12.5 }), "uk")).toContain("План 12,5");
  });

  it.each([
    [3, "у 3 рази"],
    [5, "у 5 разів"],
    [21, "у 21 раз "],
  ])("agrees 'раз' with %i", (ratio, text) => {
    expect(formatFinding(finding("fact-far-above-plan", { plan: 1, fact: ratio, ratio }), "uk")).toContain(text);
  });
});
