import { checkSheet } from "../../src/core";
import { GROUP_MIN, groupFindings, groupSummary, rangesOf } from "../../src/core/groups";
import { measure, reportGrid } from "../helpers/sheets";

/** A report pasted from Word: every plan and fact of its 12 rows is text. */
const pasted = reportGrid(Array.from({ length: 12 }, (_, k) => measure(`1.1.${k + 1}`, String(k + 2), String(k + 2))));

describe("grouping findings that repeat", () => {
  it("makes the 24 numbers stored as text of a pasted report one group, named by the sheet's columns", () => {
    const report = checkSheet(pasted);
    const groups = groupFindings(report.findings, [report]);
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group).toMatchObject({ rule: "number-as-text", severity: "info", sheet: "Звіт", count: 24, repeated: true, accepted: false });
    expect(group.ranges).toEqual(["F6:F17", "G6:G17"]);
    expect(group.columns.map((c) => [c.letter, c.role, c.label])).toEqual([["F", "plan", "План"], ["G", "fact", "Факт"]]);
    expect(groupSummary(group, "uk")).toBe("Числа збережено як текст: 24 клітинки у стовпцях «План», «Факт»");
    expect(groupSummary(group, "en")).toBe('Numbers stored as text: 24 cells in the "План", "Факт" columns');
  });

  it("says what the invalid values are: the first three kinds, not only how many cells", () => {
    const facts = ["12 заходів", "-3", "12 заходів", "так", "близько 40 консультацій за квартал у громадах"];
    const report = checkSheet(reportGrid(facts.map((fact, k) => measure(`1.1.${k + 1}`, 10, fact))));
    const group = groupFindings(report.findings, [report]).find((g) => g.rule === "value-invalid");
    expect(group?.count).toBe(5);
    expect(groupSummary(group!, "uk")).toBe("Неприпустимі значення: 5 клітинок у стовпці «Факт», напр. «12 заходів», «-3», «так»");
    expect(groupSummary(group!, "en")).toBe('Invalid values: 5 cells in the "Факт" column, e.g. "12 заходів", "-3", "так"');
  });

  it("orders errors, warnings, tips, and rules within a severity as the catalogue does", () => {
    const report = checkSheet(
      reportGrid([
        measure("1.1.1", "4", 2), // a tip (plan as text) and an error (shortfall, no note)
        ["1", "1.1", "1.1.2. Захід", null, null, 3, 3, null], // two warnings: executor, then indicator missing
        measure("1.1.3", 5, "-"), // an error: a dash as the fact
      ]),
    );
    const groups = groupFindings(report.findings, [report]);
    expect(groups.map((g) => `${g.severity}:${g.rule}:${g.count}`)).toEqual([
      "error:shortfall-unexplained:1",
      "error:value-invalid:1",
      "warning:executor-missing:1",
      "warning:indicator-missing:1",
      "info:number-as-text:1",
    ]);
    expect(groups.every((g) => !g.repeated)).toBe(true);
    expect(groupSummary(groups[2], "uk")).toBe("Не вказано виконавця: 1 клітинка у стовпці «Відповідальний виконавець заходу»");
  });

  it(`shows ${GROUP_MIN - 1} findings of a rule one by one and ${GROUP_MIN} as one line`, () => {
    const two = checkSheet(reportGrid([measure("1.1.1", "2", 2), measure("1.1.2", "3", 3)]));
    const three = checkSheet(reportGrid([measure("1.1.1", "2", 2), measure("1.1.2", "3", 3), measure("1.1.3", "4", 4)]));
    expect(groupFindings(two.findings).map((g) => g.repeated)).toEqual([false]);
    expect(groupFindings(three.findings).map((g) => [g.count, g.repeated])).toEqual([[3, true]]);
  });

  it("keeps each sheet's groups apart, and accepted findings after all others", () => {
    const a = checkSheet(pasted);
    const b = checkSheet({ ...pasted, name: "Звіт 2" });
    const accepted = b.findings.map((f, k) => (k < 4 ? { ...f, accepted: { reason: "так у Word", at: "2026-12-03T10:00:00.000Z" } } : f));
    const groups = groupFindings([...a.findings, ...accepted], [a, b]);
    expect(groups.map((g) => [g.sheet, g.count, g.accepted])).toEqual([["Звіт", 24, false], ["Звіт 2", 20, false], ["Звіт 2", 4, true]]);
  });

  it("writes cells as ranges of consecutive rows, column by column", () => {
    const cells = [6, 7, 9, 12, 13, 14].map((row) => ({ row, col: 6 })).concat([{ row: 3, col: 2 }, { row: 7, col: 6 }]);
    expect(rangesOf(cells)).toEqual(["B3", "F6:F7", "F9", "F12:F14"]);
  });

  it("names a column by its letter when the sheet gives no wording", () => {
    const report = checkSheet(pasted);
    const [group] = groupFindings(report.findings);
    expect(groupSummary({ ...group, columns: group.columns.map(({ col, letter }) => ({ col, letter })) }, "en")).toBe("Numbers stored as text: 24 cells in columns F, G");
  });
});
