import { buildTemplate, checkSheet, gridFromRows, templateToGrid } from "../../src/core";
import { sheetsToFix, verdictOf } from "../../src/core/verdict";

const report = (rows: (string | number | null)[][], name = "Звіт") => checkSheet(gridFromRows(name, rows));

const HEADER = ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Найменування показників", "План", "Факт", "Примітка у разі недовиконання плану"];
const shortfall = report([HEADER, ["1.1", "Консультації", "Відділ", "Кількість", 10, 5, null]]);
const done = report([HEADER, ["1.1", "Консультації", "Відділ", "Кількість", 10, 12, null]]);
const letter = report([["Супровідний лист"], ["Надсилаємо звіт за I квартал."]], "Лист");
/** Measures named, but not one plan or fact yet. */
const named = report([HEADER, ["1.1", "Консультації", "Відділ", "Кількість", null, null, null]]);
const leftPlaceholder = report([["(назва установи)"], HEADER, ["1.1", "Консультації", "Відділ", "Кількість", 10, 12, null]]);
const emptyTemplate = checkSheet(templateToGrid(buildTemplate("quarterly-report", { organisation: "Центру", year: 2026, quarter: 1, responsible: "Іваненко" })));

describe("the verdict of SPEC", () => {
  it("is fix when any sheet has an error, naming those sheets", () => {
    expect(verdictOf([done, shortfall, letter]).verdict).toBe("fix");
    expect(sheetsToFix([done, { ...shortfall, sheet: "Звіт 2" }, letter])).toEqual(["Звіт 2"]);
  });

  it("is ready when forms were checked and only warnings or tips remain", () => {
    expect(verdictOf([done, letter]).verdict).toBe("ready");
  });

  it("is nothing for a workbook with no form, or whose every form is empty", () => {
    expect(verdictOf([letter]).verdict).toBe("nothing");
    expect(verdictOf([emptyTemplate, letter]).verdict).toBe("nothing");
    expect(verdictOf([named, emptyTemplate]).verdict).toBe("nothing");
    expect(verdictOf([]).verdict).toBe("nothing");
  });

  it("is fix for a filled template whose title still holds a placeholder", () => {
    expect(leftPlaceholder.findings.map((f) => f.rule)).toContain("placeholder-left");
    expect(verdictOf([leftPlaceholder]).verdict).toBe("fix");
  });

  it("counts findings by severity over every sheet", () => {
    const { counts } = verdictOf([shortfall, shortfall]);
    expect(counts.error).toBe(2 * shortfall.findings.filter((f) => f.severity === "error").length);
    expect(counts.error).toBeGreaterThan(0);
  });
});
