/**
 * What a user of `check` notices: each file's verdict and counts (JSON and the verdict line),
 * findings repeated over many cells shown as one line unless --all, and the compute command a
 * grouped line suggests being one that exists and fixes those cells.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { CellValue as ExcelValue, Workbook } from "exceljs";
import { computeAccepts } from "../../src/cli/args";
import type { SheetGrid } from "../../src/core";
import { measure, planGrid, planMeasure, reportGrid } from "../helpers/sheets";
import type { Row } from "../helpers/sheets";
import { makeTempDir, putRows, writeWorkbook } from "../helpers/xlsx";
import { parseJsonDocument, runCli } from "./run-cli";

const temp = makeTempDir("pokaznyk-verdict-");
afterAll(temp.cleanup);
const file = (name: string) => path.join(temp.dir, name);

/** A workbook holding the grids as sheets, values and merges as the engine's test sheets lay them out. */
function addGrid(workbook: Workbook, grid: SheetGrid): void {
  const sheet = workbook.addWorksheet(grid.name);
  putRows(sheet, grid.values as ExcelValue[][]);
  for (const m of grid.merges ?? []) sheet.mergeCells(m.top, m.left, m.bottom, m.right);
}

async function workbookOf(name: string, ...grids: SheetGrid[]): Promise<string> {
  return writeWorkbook(file(name), (workbook) => grids.forEach((grid) => addGrid(workbook, grid)));
}

/** A report whose numbers are all stored as text: two tips a row, plans and facts met. */
const textRows = (n: number): Row[] => Array.from({ length: n }, (_, i) => measure(`1.1.${i + 1}`, "5", "5", null));

async function checkJson(...files: string[]) {
  const run = await runCli(["check", "--json", ...files]);
  return { code: run.code, doc: parseJsonDocument(run.stdout) };
}

describe("each file's verdict and counts in JSON", () => {
  it("is fix for a file with errors, counted per file and per sheet", async () => {
    const report = await workbookOf("errors.xlsx", reportGrid([measure("1.1.1", 10, 4), measure("1.1.2", 5, 5)]));
    const { code, doc } = await checkJson(report);
    expect(code).toBe(1);
    const [f] = doc.files;
    expect(f.verdict).toBe("fix");
    expect(f.counts).toEqual({ error: 1, warning: 0, info: 0 });
    expect(f.sheets[0].counts).toEqual(f.counts);
    // Every field scripts relied on before stays as it was.
    expect(f.sheets[0]).toMatchObject({ sheet: "Звіт", form: "quarterly-report", headerRow: 4 });
    expect(f.sheets[0].findings).toEqual([expect.objectContaining({ rule: "shortfall-unexplained", severity: "error", cell: "H6", row: 6 })]);
  });

  it("is ready for a file with tips only: tips do not block sending", async () => {
    const report = await workbookOf("tips.xlsx", reportGrid([measure("1.1.1", 5, "5"), measure("1.1.2", 3, 3)]));
    const { code, doc } = await checkJson(report);
    expect(code).toBe(0);
    expect(doc.files[0]).toMatchObject({ verdict: "ready", counts: { error: 0, warning: 0, info: 1 } });
  });

  it("is nothing for a cover letter, a workbook with no form", async () => {
    const letter: SheetGrid = {
      name: "Лист",
      values: [["Начальнику управління"], [], ["Надсилаємо звіт про виконання плану за I квартал 2024 року."], [], ["Директор", null, "І. Петренко"]],
      top: 1,
      left: 1,
      merges: [],
    };
    const { code, doc } = await checkJson(await workbookOf("letter.xlsx", letter));
    expect(code).toBe(0);
    expect(doc.files[0]).toMatchObject({ verdict: "nothing", counts: { error: 0, warning: 0, info: 0 } });
    expect(doc.files[0].sheets[0]).toMatchObject({ form: null, counts: { error: 0, warning: 0, info: 0 } });
  });

  it("is nothing for a freshly written template: the form is empty", async () => {
    const output = file("template.xlsx");
    expect((await runCli(["template", "quarterly-report", "-o", output, "--org", "Центру", "--year", "2025", "--quarter", "1"])).code).toBe(0);
    const { doc } = await checkJson(output);
    expect(doc.files[0].verdict).toBe("nothing");
    expect(doc.files[0].sheets[0].findings.map((f) => f.rule)).toContain("form-empty");
    expect(doc.files[0].counts?.error).toBe(0);
  });

  it("sums every sheet of a file, and gives an unreadable file its error instead of a verdict", async () => {
    const two = await workbookOf("two.xlsx", reportGrid([measure("1.1.1", 10, 4)]), reportGrid(textRows(1), { name: "Звіт 2" }));
    const { code, doc } = await checkJson(two, file("немає.xlsx"));
    expect(code).toBe(2);
    expect(doc.files[0]).toMatchObject({ verdict: "fix", counts: { error: 1, warning: 0, info: 2 } });
    expect(doc.files[0].sheets.map((s) => s.counts)).toEqual([{ error: 1, warning: 0, info: 0 }, { error: 0, warning: 0, info: 2 }]);
    // The verdict line of a workbook of several sheets names the ones to fix.
    expect((await runCli(["check", two])).stdout).toContain("  ✘ 1 помилка: виправте перед надсиланням (аркуш «Звіт»)\n");
    expect(doc.files[1].error).toEqual(expect.any(String));
    expect(doc.files[1]).not.toHaveProperty("verdict");
    expect(doc.files[1]).not.toHaveProperty("counts");
  });
});

describe("the verdict line", () => {
  it("says what to do in each case, in Ukrainian and in English", async () => {
    const errors = await workbookOf("v-errors.xlsx", reportGrid([measure("1.1.1", 10, 4), measure("1.1.2", 5, null)]));
    const letter = await workbookOf("v-letter.xlsx", { name: "Лист", values: [["Супровідний лист"]], top: 1, left: 1, merges: [] });
    const empty = file("v-empty.xlsx");
    await runCli(["template", "annual-plan", "-o", empty, "--org", "Центру", "--year", "2025"]);
    const verdicts = (stdout: string) => stdout.split("\n").filter((line) => /^ {2}[✔✘○]/.test(line)).map((line) => line.trim());
    const uk = (await runCli(["check", errors, letter, empty])).stdout;
    // The office that receives dozens of files sees how many may go up, above the summary.
    expect(uk.trimEnd().split("\n").slice(-2)[0]).toBe("Файли: виправити — 1, нічого не перевірено — 2");
    expect(verdicts(uk)).toEqual([
      "✘ 2 помилки: виправте перед надсиланням",
      "○ нічого не перевірено: у файлі немає форми плану чи звіту",
      "○ нічого не перевірено: форму ще не заповнено — заповніть її перед надсиланням",
    ]);
    const en = (await runCli(["check", errors, letter, empty, "--lang", "en"])).stdout;
    expect(en).toContain("\nFiles: to fix — 1, nothing checked — 2\nSummary: 3 files, 3 sheets, 2 errors, ");
    // A file that could not be read is counted with the others, not left out of the tally.
    const broken = file("v-broken.xlsx");
    writeFileSync(broken, "not a workbook");
    const withBroken = (await runCli(["check", errors, broken])).stdout;
    expect(withBroken.trimEnd().split("\n").slice(-2)[0]).toBe("Файли: виправити — 1, не прочитано — 1");
    expect(verdicts(en)).toEqual([
      "✘ 2 errors: fix before sending",
      "○ nothing checked: the file holds no plan or report form",
      "○ nothing checked: the form is not filled in yet — fill it in before sending",
    ]);
  });

  it("names the warnings beside the errors, and asks to look at them when there are no errors", async () => {
    // A measure without its executor: a warning.
    const noExecutor = (n: string, plan: number, fact: number): Row => ["1", "1.1. Ранній доступ", `${n}. Проведення заходів`, null, "Кількість заходів", plan, fact, null];
    const ready = await workbookOf("w-ready.xlsx", reportGrid([noExecutor("1.1.1", 5, 5), measure("1.1.2", 3, 3)]));
    const fix = await workbookOf("w-fix.xlsx", reportGrid([noExecutor("1.1.1", 5, 5), measure("1.1.2", 3, 1)]));
    const out = (await runCli(["check", ready, fix])).stdout;
    expect(out).toContain("✔ помилок немає: можна надсилати, але перегляньте 1 попередження");
    expect(out).toContain("✘ 1 помилка і 1 попередження: виправте перед надсиланням");
  });
});

describe("findings repeated over many cells", () => {
  let report: string;
  beforeAll(async () => {
    report = await workbookOf("as-text.xlsx", reportGrid(textRows(12)));
  });

  it("are one line with the ranges and the count", async () => {
    const run = await runCli(["check", report]);
    const tipLines = run.stdout.split("\n").filter((line) => /порада/.test(line));
    expect(tipLines).toEqual([expect.stringMatching(/^ {4}F6:F17, G6:G17 +порада +Числа збережено як текст: 24 клітинки у стовпцях «План», «Факт»/)]);
    expect(run.stdout).toContain("pokaznyk check --all");
    expect(run.stdout).toContain("✔ помилок немає: можна надсилати");
    expect(run.stdout).toMatch(/Підсумок: 1 файл, 1 аркуш, 0 помилок, 0 попереджень, 24 поради/);
  });

  it("are listed one by one with --all, and always in JSON", async () => {
    const all = await runCli(["check", report, "--all"]);
    const tipLines = all.stdout.split("\n").filter((line) => /порада/.test(line));
    expect(tipLines).toHaveLength(24);
    expect(tipLines[0]).toMatch(/^ {4}F6 +порада +Число 5 у стовпці «План» збережено як текст/);
    expect(all.stdout).not.toContain("--all");
    const { doc } = await checkJson(report);
    expect(doc.files[0].sheets[0].findings.filter((f) => f.rule === "number-as-text")).toHaveLength(24);
  });

  it("are one line in English too", async () => {
    const run = await runCli(["check", report, "--lang", "en"]);
    expect(run.stdout).toMatch(/F6:F17, G6:G17 +tip +Numbers stored as text: 24 cells in the "План", "Факт" columns/);
    expect(run.stdout).toContain("pokaznyk check --all lists every cell");
  });

  it("two of a kind stay two lines", async () => {
    const two = await workbookOf("two-tips.xlsx", reportGrid([measure("1.1.1", 5, "5"), measure("1.1.2", 3, "3")]));
    const run = await runCli(["check", two]);
    const tipLines = run.stdout.split("\n").filter((line) => /^ {4}\S+ +порада/.test(line));
    expect(tipLines).toEqual([
      expect.stringMatching(/^ {4}G6 +порада +Число 5 у стовпці «Факт» збережено як текст/),
      expect.stringMatching(/^ {4}G7 +порада +Число 3 у стовпці «Факт» збережено як текст/),
    ]);
    expect(run.stdout).not.toContain("--all");
  });
});

describe("the compute command a grouped line suggests", () => {
  it("is named only when this version's compute has the option", async () => {
    const run = await runCli(["check", await workbookOf("fixable.xlsx", reportGrid(textRows(4)))]);
    const line = run.stdout.split("\n").find((l) => /Числа збережено як текст/.test(l)) ?? "";
    if (computeAccepts(["--fix", "numbers-as-text"])) expect(line).toContain("виправляє pokaznyk compute ФАЙЛ.xlsx -o РЕЗУЛЬТАТ.xlsx --fix numbers-as-text");
    else expect(line).not.toContain("compute");
  });

  it("fixes the group's cells: typed totals that disagree go with --replace-totals", async () => {
    const rows = ["1.1.1", "1.1.2", "1.1.3"].map((n) => planMeasure(n, [1, 2, 3, 4], 9));
    const plan = await workbookOf("totals.xlsx", planGrid(rows));
    const before = await runCli(["check", plan]);
    const line = before.stdout.split("\n").find((l) => /сумі кварталів: 3 клітинки/.test(l)) ?? "";
    expect(line).toMatch(/^ {4}J6:J8 +помилка +«Разом» не дорівнює сумі кварталів: 3 клітинки у стовпці «Разом» — виправляє pokaznyk compute ФАЙЛ\.xlsx -o РЕЗУЛЬТАТ\.xlsx --replace-totals$/);
    const fixed = file("totals-fixed.xlsx");
    expect((await runCli(["compute", plan, "-o", fixed, "--replace-totals"])).code).toBe(0);
    const { doc } = await checkJson(fixed);
    expect(doc.files[0].sheets[0].findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
    expect(doc.files[0].verdict).toBe("ready");
  });
});
