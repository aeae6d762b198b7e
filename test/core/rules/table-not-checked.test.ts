import { CellValue, checkSheet, gridFromRows } from "../../../src/core";
import { ruleTable } from "../../helpers/rule-table";
import { REPORT_HEADER } from "../../helpers/sheets";

const TITLE = ["Звіт про виконання плану діяльності центру за I квартал 2024 року"];
const row = (n: string, plan: CellValue, fact: CellValue): CellValue[] => [n, null, `${n} Проведення заходів`, "Відділ", "Кількість заходів", plan, fact, "Причини є"];
/** A small table of consultations per bureau, under the report: its own title and header. */
const bureaus: CellValue[][] = [
  [],
  ["Кількість консультацій у розрізі бюро"],
  [null, "Назва бюро", null, null, null, "План", "Факт"],
  [null, "Бюро А", null, null, null, 10, 4],
  [null, "Бюро Б", null, null, null, 5, "-"],
];

ruleTable("table-not-checked", {
  valid: [
    { name: "one table", grid: gridFromRows("Звіт", [TITLE, REPORT_HEADER, row("1", 3, 3), row("2", 2, 2)]) },
    { name: "the header repeated at a page break", grid: gridFromRows("Звіт", [TITLE, REPORT_HEADER, row("1", 3, 3), REPORT_HEADER, row("2", 2, 2)]) },
  ],
  invalid: [
    {
      name: "a small table of bureaus under the report",
      grid: gridFromRows("Звіт", [TITLE, REPORT_HEADER, row("1", 3, 3), row("2", 2, 2), ...bureaus]),
      findings: [{ cell: "A7", params: { headerRow: 7, form: null } }],
      messages: { uk: ["З рядка 7 починається ще одна таблиця. Її не перевірено"], en: ["Another table begins at row 7"] },
    },
    {
      name: "a second report under the first, after a blank row",
      grid: gridFromRows("Звіт", [TITLE, REPORT_HEADER, row("1", 3, 3), [], ["Звіт бюро"], REPORT_HEADER, row("1", 1, 0)]),
      findings: [{ cell: "A6", params: { headerRow: 6, form: "quarterly-report" } }],
      messages: { uk: ["(схожа на «Звіт про виконання плану діяльності»)"], en: ['(it looks like "Report on plan execution")'] },
    },
    {
      name: "a small table's caption and header right under the report, with no blank row",
      grid: gridFromRows("Звіт", [TITLE, REPORT_HEADER, row("1", 3, 3), row("2", 2, 2), ...bureaus.slice(1)]),
      findings: [{ cell: "A6", params: { headerRow: 6, form: null } }],
      messages: { uk: ["З рядка 6"], en: ["at row 6"] },
    },
    {
      name: "the same header again under a title, with no blank row",
      grid: gridFromRows("Звіт", [TITLE, REPORT_HEADER, row("1", 3, 3), ["Звіт Бершадського бюро"], REPORT_HEADER, row("1", 1, 0)]),
      findings: [{ cell: "A5", params: { headerRow: 5, form: "quarterly-report" } }],
      messages: { uk: ["З рядка 5"], en: ["at row 5"] },
    },
  ],
});

describe("what lies below the first table", () => {
  it("is never read as its rows: no measures, findings or titles taken from it", () => {
    const report = checkSheet(gridFromRows("Звіт", [TITLE, REPORT_HEADER, row("1", 3, 3), row("2", 2, 2), ...bureaus]));
    expect(report.measures.map((m) => m.row)).toEqual([3, 4]);
    expect(report.sections).toEqual([]);
    expect(report.lastDataRow).toBe(4);
    expect(report.findings.map((f) => f.rule)).toEqual(["table-not-checked"]);
  });

  it("the sheet's form is its first table's, however well a table below scores", () => {
    const plan = [["№ з/п", "Назва заходу", "Відповідальні за виконання", "Термін виконання"], ["1.", "Форум", "Департамент", "2024"]];
    const grid = gridFromRows("Звіт", [...plan, [], TITLE, REPORT_HEADER, row("1", 3, 1)]);
    const report = checkSheet(grid);
    expect([report.form, report.headerRow]).toEqual(["regional-plan", 1]);
    expect(report.measures.map((m) => m.row)).toEqual([2]);
  });
});
