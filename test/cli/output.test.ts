/** Rendering details that do not need a workbook: plurals, the summary, JSON row shapes, colour. */
import { paletteFor } from "../../src/cli/colour";
import { renderHuman } from "../../src/cli/human-output";
import { toJsonDocument } from "../../src/cli/json-output";
import { toJsonRow } from "../../src/cli/json-rows";
import type { FileOutcome } from "../../src/cli/outcome";
import { exitStatus } from "../../src/cli/outcome";
import { summaryLine } from "../../src/cli/summary";
import type { Finding, MeasureRow, Severity, SheetReport } from "../../src/core/types";

function finding(row: number, severity: Severity): Finding {
  return { rule: "shortfall-unexplained", severity, sheet: "Звіт", cell: `H${row}`, row, col: 8, params: { plan: 3, fact: 2 } };
}

function report(findings: Finding[], form: SheetReport["form"] = "quarterly-report"): SheetReport {
  const tally = { measures: 0, full: 0, partial: 0, none: 0, qualitative: 0, unknown: 0, execution: null, numeric: 0 };
  return {
    sheet: "Звіт",
    form,
    headerRow: form ? 4 : null,
    firstDataRow: null,
    lastDataRow: null,
    columns: {},
    sections: [],
    measures: [],
    findings,
    rollup: { sheet: tally, sections: [], executors: [] },
  };
}

const errors = (n: number) => Array.from({ length: n }, (_, i) => finding(10 + i, "error"));

describe("summary line", () => {
  it("counts files, sheets and findings by severity, in Ukrainian by default", () => {
    const outcomes: FileOutcome[] = [
      { file: "a.xlsx", reports: [report([...errors(2), finding(30, "warning")]), report([], null)] },
      { file: "b.xlsx", reports: [report([finding(5, "info"), ...errors(3)])] },
    ];
    expect(summaryLine(outcomes, "uk")).toBe("Підсумок: 2 файли, 3 аркуші, 5 помилок, 1 попередження, 1 порада");
    expect(summaryLine(outcomes, "en")).toBe("Summary: 2 files, 3 sheets, 5 errors, 1 warning, 1 tip");
  });

  it("mentions unreadable files", () => {
    const outcomes: FileOutcome[] = [
      { file: "a.xlsx", reports: [report(errors(1))] },
      { file: "b.xlsx", problem: { kind: "not-found" } },
    ];
    expect(summaryLine(outcomes, "uk")).toBe("Підсумок: 2 файли (не прочитано: 1), 1 аркуш, 1 помилка, 0 попереджень, 0 порад");
  });
});

describe("exit status", () => {
  it("is 0 without errors, 1 with an error finding, 2 when any file is unreadable", () => {
    expect(exitStatus([{ file: "a", reports: [report([finding(1, "warning"), finding(2, "info")])] }])).toBe(0);
    expect(exitStatus([{ file: "a", reports: [report(errors(1))] }])).toBe(1);
    expect(exitStatus([{ file: "a", reports: [report(errors(1))] }, { file: "b", problem: { kind: "corrupt" } }])).toBe(2);
  });
});

describe("JSON rows by form", () => {
  const measure: MeasureRow = { row: 17, number: "1.1.9", measure: "Захід", executor: null, section: null, plan: 60, fact: 50, percent: 83.33333 };

  it("gives reports plan, fact and a percent rounded to one decimal", () => {
    expect(toJsonRow("quarterly-report", measure)).toEqual({ row: 17, number: "1.1.9", plan: 60, fact: 50, percent: 83.3 });
    expect(toJsonRow("quarterly-report", { ...measure, plan: null, fact: undefined, percent: -66.66667 })).toEqual({
      row: 17, number: "1.1.9", plan: null, fact: null, percent: -66.7,
    });
  });

  it("gives annual plans four quarter slots and the total", () => {
    const planRow: MeasureRow = { ...measure, row: 9, number: "1.1.1.1", quarters: [1, null, 1], total: 2 };
    expect(toJsonRow("annual-plan", planRow)).toEqual({ row: 9, number: "1.1.1.1", quarters: [1, null, 1, null], total: 2 });
  });

  it("gives other forms the row and its number only", () => {
    expect(toJsonRow("action-plan", { ...measure, number: null })).toEqual({ row: 17, number: null });
  });
});

describe("human output", () => {
  const outcomes: FileOutcome[] = [{ file: "звіт.xlsx", reports: [report(errors(1)), { ...report([], null), sheet: "Примітки" }] }];

  it("groups by file and sheet and ends with the summary line, without colour off a terminal", () => {
    const text = renderHuman(outcomes, "uk", paletteFor(false));
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe("звіт.xlsx");
    expect(text).toContain("Аркуш «Звіт» — форму розпізнано: звіт про виконання плану діяльності");
    expect(text).toMatch(/H10 +помилка +\S/);
    expect(text).toContain("Аркуш «Примітки» — не є формою");
    expect(lines[lines.length - 1]).toMatch(/^Підсумок: /);
    expect(text).not.toContain("\x1b[");
  });

  it("colours severities on a terminal unless NO_COLOR is set", () => {
    expect(renderHuman(outcomes, "en", paletteFor(true, {}))).toContain("\x1b[31m");
    expect(renderHuman(outcomes, "en", paletteFor(true, { NO_COLOR: "1" }))).not.toContain("\x1b[");
  });
});

describe("each file's verdict", () => {
  it("says whether the file may be sent up as it is", async () => {
    const { runCli } = await import("./run-cli");
    const path = await import("node:path");
    const fixtures = path.resolve(__dirname, "../../../shared/fixtures");
    const run = await runCli(["check", path.join(fixtures, "report-q1-2020-kramatorsk.xlsx"), path.join(fixtures, "report-q3-2021-public.xlsx")]);
    const verdicts = run.stdout.split("\n").filter((line) => /^\s+[✔✘]/.test(line)).map((line) => line.trim());
    expect(verdicts).toEqual(["✔ помилок немає: можна надсилати, але перегляньте 2 попередження", "✘ 7 помилок: виправте перед надсиланням"]);
  });
});

describe("accepted findings", () => {
  const accepted = { reason: "акція в громаді\x1b[2J", at: "2026-12-01T10:00:00.000Z" };
  const tip: Finding = { rule: "fact-far-above-plan", severity: "info", sheet: "Звіт", cell: "G9", row: 9, col: 7, params: { plan: 2, fact: 9, ratio: 4.5 } };
  const outcomes: FileOutcome[] = [{ file: "звіт.xlsx", reports: [report([{ ...tip, accepted }, finding(12, "warning")])] }];

  it("stay in the JSON findings, marked, and out of the counts", () => {
    const [file] = toJsonDocument(outcomes, "uk").files;
    expect(file.counts).toEqual({ error: 0, warning: 1, info: 0 });
    expect(file.verdict).toBe("ready");
    expect(file.sheets[0].findings.map((f) => f.accepted ?? null)).toEqual([accepted, null]);
  });

  it("are marked with the official's reason in the human output, terminal-safe, and named in the verdict", () => {
    const text = renderHuman(outcomes, "uk", paletteFor(false));
    expect(text).toMatch(/G9 +порада +.*\(прийнято: «акція в громаді\\x1b\[2J»\)$/m);
    expect(text).not.toContain("\x1b");
    expect(text).toContain("✔ помилок немає: можна надсилати, але перегляньте 1 попередження (прийнято 1 зауваження)");
  });
});

describe("grouped lines", () => {
  it("stay terminal-safe: a header's wording and a sheet's name are the sender's text", () => {
    const hostile = "Факт\x1b]0;pwned\x07\u202e";
    const asText = (row: number): Finding => ({ rule: "number-as-text", severity: "info", sheet: "Звіт\x1b[2J", cell: `G${row}`, row, col: 7, params: { column: "fact", value: 5 } });
    const sheet: SheetReport = { ...report([5, 6, 7, 8].map(asText)), sheet: "Звіт\x1b[2J", columns: { fact: 7 }, headers: { fact: hostile } };
    const error = { ...finding(9, "error"), sheet: sheet.sheet };
    const text = renderHuman([{ file: "a.xlsx", reports: [{ ...sheet, findings: [...sheet.findings, error] }, { ...report([]), sheet: "Інший" }] }], "uk", paletteFor(false));
    expect(text).toMatch(/^ {4}G5:G8 +порада +Числа збережено як текст: 4 клітинки у стовпці «Факт\\x1b\]0;pwned\\x07\\u202e» — виправляє pokaznyk compute .* --fix numbers-as-text$/m);
    expect(text).toContain("(аркуш «Звіт\\x1b[2J»)");
    expect(text).not.toMatch(/[\x1b\x07\u202e]/);
  });
});

describe("a sheet that is nearly a form", () => {
  const nearly = { ...report([], null), sheet: "Звіт бюро", nearly: { form: "quarterly-report" as const, headerRow: 3, missing: ["fact" as const] } };

  it("says under «не є формою» what it lacks", () => {
    const text = renderHuman([{ file: "a.xlsx", reports: [nearly] }], "uk", paletteFor(false));
    expect(text).toContain("  Аркуш «Звіт бюро» — не є формою, не перевірявся\n    Схоже на «Звіт про виконання плану діяльності» (заголовок до рядка 3), але немає стовпця «Факт».");
    expect(renderHuman([{ file: "a.xlsx", reports: [nearly] }], "en", paletteFor(false))).toContain('but the "Actual" column is missing');
  });

  it("carries it in the JSON, with the line in the UI language", () => {
    const [sheet] = toJsonDocument([{ file: "a.xlsx", reports: [nearly] }], "en").files[0].sheets;
    expect(sheet.nearly).toEqual({ form: "quarterly-report", headerRow: 3, missing: ["fact"], message: expect.stringMatching(/^It looks like "Report on plan execution"/) });
    expect(toJsonDocument([{ file: "a.xlsx", reports: [report([], null)] }], "uk").files[0].sheets[0]).not.toHaveProperty("nearly");
  });
});
