import { TEMPLATE_IDS, buildTemplate, checkSheet, completeDetails, freshSheetName, percentFormula, readStamp, templateToGrid, columnLetter } from "../../src/core";
import type { TemplateSheet } from "../../src/core";

const details = { organisation: "Коростенського місцевого центру", year: 2024, quarter: 2 as const, responsible: "Н. В. Левченко" };

describe("the template gallery", () => {
  it.each(TEMPLATE_IDS)("a fresh %s is recognised as its form, empty: nothing to check yet", (id) => {
    const sheet = buildTemplate(id, details);
    const report = checkSheet(templateToGrid(sheet));
    expect(report.form).toBe(sheet.form);
    expect(report.headerRow).toBe(sheet.headerRows.last);
    expect(report.findings.map((f) => f.rule)).toEqual(["form-empty"]);
    expect(report.measures).toEqual([]);
  });

  it.each(TEMPLATE_IDS)("every placeholder a %s writes is reported once a measure is filled in, and only those", (id) => {
    const today = new Date(2026, 3, 1);
    const bare = buildTemplate(id, completeDetails({ year: 2026, quarter: 1 }, today));
    const given = buildTemplate(id, completeDetails({ ...details, year: 2026, quarter: 1 }, today));
    // Placeholders: what differs when the official gives the details, and the example section.
    const text = (sheet: TemplateSheet, c: TemplateSheet["cells"][number]) => sheet.cells.find((d) => d.row === c.row && d.col === c.col)?.value;
    const placeholders = bare.cells.filter((c) => c.style === "section" || (typeof c.value === "string" && c.value !== text(given, c)));
    expect(placeholders.length).toBeGreaterThanOrEqual(3);

    const grid = templateToGrid(bare);
    const row = grid.values[bare.measureRows.first - 1];
    // The first columns name the measure; a number in every value column makes the form not empty.
    bare.cells.filter((c) => c.row === bare.measureRows.first).forEach((c) => {
      row[c.col - 1] = c.style === "value" ? 1 : c.formula ? row[c.col - 1] : c.col === 1 ? "1" : "1.1.1. Семінари";
    });
    const found = checkSheet(grid).findings.filter((f) => f.rule === "placeholder-left");
    expect(found.map((f) => f.cell).sort()).toEqual(placeholders.map((c) => `${columnLetter(c.col)}${c.row}`).sort());
  });

  it.each(TEMPLATE_IDS)("%s records its form in a defined name over its header", (id) => {
    const sheet = buildTemplate(id, details);
    const { range } = sheet.stamp;
    const reference = `='${sheet.name}'!$A$${range.top}:$${columnLetter(range.right)}$${range.bottom}`;
    expect(readStamp(sheet.stamp.name, reference)).toEqual({ form: sheet.form, sheet: sheet.name, headerRow: sheet.headerRows.last });
  });

  it("computes a report's percentages and a plan's totals with live formulas", () => {
    const report = buildTemplate("quarterly-report", details);
    const row = report.measureRows.first;
    expect(report.cells.find((c) => c.row === row && c.col === 8)?.formula).toBe(percentFormula(row, 6, 7));
    const plan = buildTemplate("annual-plan", details);
    expect(plan.cells.find((c) => c.row === plan.measureRows.first && c.col === 11)?.formula).toBe(`=IF(COUNT(G7,H7,I7,J7)=0,"",SUM(G7,H7,I7,J7))`);
  });

  it("names the quarter and year in a report's sheet name and title", () => {
    const sheet = buildTemplate("quarterly-report", details);
    expect(sheet.name).toBe("Звіт II кв 2024");
    expect(sheet.cells[0].value).toBe("Звіт про виконання плану діяльності Коростенського місцевого центру");
  });

  it("never reuses an existing sheet name", () => {
    expect(buildTemplate("annual-plan", details, ["План 2024", "план 2024 (2)"]).name).toBe("План 2024 (3)");
    expect(freshSheetName("Звіт: I/II кв?", [])).toBe("Звіт  I II кв");
    expect(freshSheetName("x".repeat(40), ["x".repeat(31)])).toHaveLength(31);
  });
});

describe("form stamps", () => {
  it("ignores names that are not Pokaznyk's", () => {
    expect(readStamp("Print_Titles", "='Звіт'!$4:$5")).toBeNull();
    expect(readStamp("Pokaznyk.unknown_form.1", "='Звіт'!$A$4")).toBeNull();
  });
  it("reads sheet names with quotes and without", () => {
    expect(readStamp("Pokaznyk.annual_plan.2", "План!$A$4:$K$5")).toEqual({ form: "annual-plan", sheet: "План", headerRow: 5 });
    expect(readStamp("Pokaznyk.regional_plan.1", "='Центр ''Турбота'''!$A$4:$D$4")).toEqual({ form: "regional-plan", sheet: "Центр 'Турбота'", headerRow: 4 });
  });
});

describe("a filled annual report", () => {
  it("flags an invalid quarter fact, named by its quarter", () => {
    const sheet = buildTemplate("annual-report", { ...details, rows: 1 });
    const grid = templateToGrid(sheet);
    const row = sheet.measureRows.first;
    const put = (col: number, value: string | number) => (grid.values[row - 1][col - 1] = value);
    put(2, "1.1.1. Семінари");
    put(3, "Відділ");
    put(4, "Кількість");
    put(9, 3);
    put(10, "3 шт");
    put(5, 3);
    const report = checkSheet(grid);
    expect(report.findings.filter((f) => f.rule === "value-invalid").map((f) => `${f.cell}:${f.params.label}`)).toEqual([`J${row}:I квартал: Факт`]);
  });

  it("lets the official keep a plan wording the validation does not list, after a warning", () => {
    const sheet = buildTemplate("quarterly-report", details);
    expect(sheet.validations.map((v) => v.alert)).toEqual(["warning", "stop"]);
  });
});
