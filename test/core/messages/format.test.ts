import { counted, formatNumber, formatPercent } from "../../../src/core/messages/format";

const errors = { one: "помилка", few: "помилки", many: "помилок", other: "помилки" };
const spaces = (text: string) => text.replace(/\s/g, " ");

describe("counted nouns", () => {
  it.each([
    [0, "0 помилок"],
    [1, "1 помилка"],
    [2, "2 помилки"],
    [4, "4 помилки"],
    [5, "5 помилок"],
    [11, "11 помилок"],
    [21, "21 помилка"],
    [22, "22 помилки"],
    [1000, "1 000 помилок"],
  ])("uk %d → %s", (n, text) => {
    expect(spaces(counted(n, errors, "uk"))).toBe(text);
  });

  it("English has one and other", () => {
    expect(counted(1, { one: "warning", other: "warnings" }, "en")).toBe("1 warning");
    expect(counted(3, { one: "cell", other: "cells" }, "en")).toBe("3 cells");
  });
});

describe("numbers and percents", () => {
  it("write Ukrainian numbers with a decimal comma and a space between thousands", () => {
    expect(spaces(formatNumber(1234.5, "uk"))).toBe("1 234,5");
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
    expect(formatNumber(1234.5, "uk", { grouping: false })).toBe("1234,5");
  });

  it("show percentages with one decimal", () => {
    expect(spaces(formatPercent(91.84, "uk"))).toBe("91,8 %");
    expect(formatPercent(100, "en")).toBe("100%");
  });
});

describe("numbers in findings' messages", () => {
  it("read as the official reads them: thousands apart, a decimal comma in Ukrainian", async () => {
    const { formatFinding } = await import("../../../src/core/messages");
    const finding = { rule: "shortfall-unexplained", severity: "error", sheet: "Звіт", cell: "H9", row: 9, col: 8, params: { plan: 1250, fact: 987.5 } } as const;
    expect(spaces(formatFinding(finding, "uk"))).toMatch(/^Факт 987,5 менший за план 1 250,/);
    expect(formatFinding(finding, "en")).toMatch(/^Actual 987\.5 is below plan 1,250 /);
  });
});
