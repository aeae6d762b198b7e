import { checkSheet, gridFromRows } from "../../../src/core";
import type { CellValue, SheetReport } from "../../../src/core";

const HEADER: CellValue[] = ["№ з/п", "Найменування заходу", "Головний розпорядник коштів", "Джерела фінансування", "Передбачено", "Профінансовано", "Використано", "% використання", "Відхилення (+, -)", "Примітка"];

/** A small programme execution report: title, header, column numbers, then the given rows. */
function sheet(rows: CellValue[][], title = "Інформація про виконання Програми соціального захисту за 2023 рік", header = HEADER): SheetReport {
  return checkSheet(gridFromRows("Програма", [[title], [], header, header.map((_, k) => k + 1), ...rows]));
}
const rulesAt = (report: SheetReport, rule: string) => report.findings.filter((f) => f.rule === rule).map((f) => f.cell);

describe("program-execution", () => {
  it("is recognised by its money columns, with the percent used and deviation computed", () => {
    const report = sheet([["1", "Матеріальна допомога", "УСЗН", "Бюджет громади", 100, 90, 80, 80, -20, "Менше звернень"]]);
    expect(report.form).toBe("program-execution");
    expect(report.measures).toEqual([expect.objectContaining({ row: 5, planned: 100, financed: 90, used: 80, percent: 80, deviation: -20, source: "Бюджет громади" })]);
    expect(report.findings).toEqual([]);
  });

  it("a table with only total rows and money columns is a programme report, not a plan of measures", () => {
    const header = ["№ з/п", "Назва заходу", "Відповідальні за виконання", "Термін виконання", "Джерела фінансування", "Обсяги фінансування на 2023 рік, тис. грн", "Профінансовано", "Використано"];
    const report = sheet([["х", "ВСЬОГО ПО ПРОГРАМІ", "х", "х", "Всього", 300, 200, 200], ["х", "х", "х", "х", "обласний бюджет", 200, 150, 150], ["х", "х", "х", "х", "місцевий бюджет", 100, 50, 50]], "Інформація", header);
    expect(report.form).toBe("program-execution");
    expect(report.measures).toEqual([]);
    expect(rulesAt(report, "subtotal-mismatch")).toEqual([]);
  });

  describe("underspend-unexplained", () => {
    it("used below planned with an empty note is an error at the note", () => {
      const report = sheet([["1", "Захід", "УСЗН", "Бюджет громади", 100, 90, 80, "", "", "  "]]);
      expect(rulesAt(report, "underspend-unexplained")).toEqual(["J5"]);
    });
    it("a note, full use, or an empty used cell is not", () => {
      const report = sheet([
        ["1", "Захід", "УСЗН", "", 100, 90, 80, "", "", "Економія за торгами"],
        ["2", "Захід", "УСЗН", "", 100, 100, 100, "", "", ""],
        ["3", "Захід", "УСЗН", "", 100, "", "", "", "", ""],
      ]);
      expect(rulesAt(report, "underspend-unexplained")).toEqual([]);
    });
    it("reads financed where there is no used column, and a missing note column counts as empty", () => {
      const header = ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Передбачено", "Профінансовано"];
      const report = sheet([["1", "Захід", "УСЗН", 50, 20]], undefined, header);
      expect(report.findings.filter((f) => f.rule === "underspend-unexplained").map((f) => [f.cell, f.params])).toEqual([["E5", { planned: 50, used: 20, column: "financed", label: undefined }]]);
      expect(report.measures[0].percent).toBe(40);
    });
    it("not against the year's plan when the title covers part of the year; the percent is still computed", () => {
      const header = ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Обсяги фінансування на 2023 рік, тис. грн", "Використано", "Примітка"];
      const row = ["1", "Захід", "УСЗН", 100, 30, ""];
      expect(rulesAt(sheet([row], "Інформація про виконання програми за I квартал 2023 року", header), "underspend-unexplained")).toEqual([]);
      expect(rulesAt(sheet([row], "Інформація про виконання програми за 9 місяців 2023 року", header), "underspend-unexplained")).toEqual([]);
      expect(sheet([row], "Інформація про виконання програми за I квартал 2023 року", header).measures[0].percent).toBe(30);
      expect(rulesAt(sheet([row], "Інформація про виконання програми за 2023 рік", header), "underspend-unexplained")).toEqual(["F5"]);
    });
  });

  describe("deviation-mismatch", () => {
    it("used − planned by default; text with a space after the minus is a number", () => {
      const report = sheet([
        ["1", "Захід", "УСЗН", "", 2000, 846.097, 846.097, "", "- 1153,903", "Економія"],
        ["2", "Захід", "УСЗН", "", 100, 90, 90, "", -12, "Економія"],
      ]);
      expect(rulesAt(report, "value-invalid")).toEqual([]);
      expect(rulesAt(report, "deviation-mismatch")).toEqual(["I6"]);
      expect(report.measures[0].deviation).toBe(-1153.903);
    });
    it("the first row with all three numbers decides the sheet's sign: planned − used", () => {
      const report = sheet([
        ["1", "Захід", "УСЗН", "", 100, 100, 100, "", 0, ""],
        ["2", "Захід", "УСЗН", "", 414, 406.5, 406.5, "", 7.5, "Економія"],
        ["3", "Захід", "УСЗН", "", 100, 90, 90, "", -10, "Економія"],
      ]);
      expect(report.findings.filter((f) => f.rule === "deviation-mismatch").map((f) => [f.cell, f.params.expected, f.params.sign])).toEqual([["I7", 10, "planned-minus-used"]]);
    });
    it("within 0.001 agrees", () => {
      const report = sheet([["1", "Захід", "УСЗН", "", 10.5, 10, 10, "", -0.5009, "Економія"]]);
      expect(rulesAt(report, "deviation-mismatch")).toEqual([]);
    });
  });

  describe("percent-mismatch", () => {
    it("agrees within its own rounding, in percent units or as a fraction", () => {
      const report = sheet([
        ["1", "Захід", "УСЗН", "", 3, 2, 2, 66.7, -1, "Економія"],
        ["2", "Захід", "УСЗН", "", 3, 2, 2, 67, -1, "Економія"],
        ["3", "Захід", "УСЗН", "", 3, 2, 2, 2 / 3, -1, "Економія"],
        ["4", "Захід", "УСЗН", "", 3, 2, 2, 66.6, -1, "Економія"],
        ["5", "Захід", "УСЗН", "", 3, 2, 2, 0.6, -1, "Економія"],
      ]);
      expect(rulesAt(report, "percent-mismatch")).toEqual(["H8", "H9"]);
      expect(report.findings.find((f) => f.cell === "H9")?.params).toMatchObject({ shown: 60, percent: 66.7, basis: "used" });
    });
  });

  describe("subtotal-mismatch", () => {
    it("a total must be the sum of its rows; its rows by source the sums of that source", () => {
      const report = sheet([
        ["1", "Захід 1", "УСЗН", "обласний бюджет", 100, 100, 100, "", 0, ""],
        ["2", "Захід 2", "УСЗН", "місцевий бюджет", 50, 40, 40, "", -10, "Економія"],
        ["х", "ВСЬОГО ПО ПРОГРАМІ, у тому числі:", "х", "х", 150, 140, 141, "х", -10, "х"],
        ["х", "х", "х", "обласний бюджет", 100, 100, 100, "х", 0, "х"],
        ["х", "х", "х", "місцевий бюджет", 50, 41, 40, "х", -10, "х"],
      ]);
      expect(rulesAt(report, "subtotal-mismatch")).toEqual(["G7", "F9"]);
      expect(report.measures.map((m) => m.row)).toEqual([5, 6]);
    });
    it("a measure's own total over its sources, and a section total", () => {
      const report = sheet([
        ["Розділ 1. Соціальний захист"],
        ["1.1", "Захід", "УСЗН", "Всього", 150, 150, 150, "", 0, ""],
        ["", "", "", "обласний бюджет", 100, 100, 100, "", 0, ""],
        ["", "", "", "місцевий бюджет", 50, 50, 50, "", 0, ""],
        ["", "Усього по розділу 1", "", "", 150, 150, 150, "", 0, ""],
      ]);
      expect(report.sections.map((s) => s.row)).toEqual([5]);
      expect(report.measures.map((m) => m.row)).toEqual([7, 8]);
      expect(rulesAt(report, "subtotal-mismatch")).toEqual([]);
    });
  });

  describe("value-invalid on money", () => {
    it("errors, negative amounts, words and digits with words; `х` and dashes are empty", () => {
      const report = sheet([
        ["1", "Захід", "УСЗН", "", { error: "#REF!" }, -5, "80 тис.", "", "", "Примітка"],
        ["2", "Захід", "УСЗН", "", "не передбачено", "х", "-", "", "", "Примітка"],
      ]);
      expect(report.findings.filter((f) => f.rule === "value-invalid").map((f) => [f.cell, f.params.reason])).toEqual([
        ["E5", "error"],
        ["F5", "negative"],
        ["G5", "mixed"],
        ["E6", "text-money"],
      ]);
    });
  });
});
