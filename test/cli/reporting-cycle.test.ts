/**
 * Issue 12 at the command line: a report made from its plan (into a new file and into the plan's
 * own workbook), `check` reconciling reports with a plan in the same workbook or from --plan, and
 * the annual report from four quarterly files or from one workbook holding them.
 */
import path from "node:path";
import { chmodSync, copyFileSync, readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import type { CellValue as ExcelValue } from "exceljs";
import { openZip, readEntry } from "../../src/xlsx";
import { makeTempDir, putRows, writeWorkbook } from "../helpers/xlsx";
import { parseJsonDocument, runCli } from "./run-cli";

const temp = makeTempDir("pokaznyk-cycle-");
afterAll(temp.cleanup);
const at = (name: string) => path.join(temp.dir, name);
const SHARED_PLAN = path.resolve(__dirname, "../../../shared/fixtures/plan-2022-public.xlsx");

const PLAN_ROWS: ExcelValue[][] = [
  ["Річний план діяльності Центру з надання БВПД на 2024 рік"],
  [],
  ["№", "Найменування заходу", "Виконавець", "Показник", "I квартал", "II квартал", "III квартал", "IV квартал", "Разом"],
  ["1.", "Напрям 1. Правова освіта"],
  ["1.1", "Лекції для школярів", "Відділ", "кількість лекцій", 2, 3, 3, 2, 10],
  ["1.2", "Буклети", "Відділ", "кількість", 10, null, 10, null, 20],
  ["1.3", "Виїзні консультації", "Бюро", "кількість", 4, 4, 4, 4, 16],
];

function reportRows(quarter: string, rows: ExcelValue[][]): ExcelValue[][] {
  return [
    ["Звіт про виконання плану діяльності Центру з надання БВПД"],
    [`за ${quarter} квартал 2024 року`],
    [],
    ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Показник", "План", "Факт", "Примітка"],
    ...rows,
  ];
}

/** A sheet's JSON rows, read without telling report rows from plan rows first. */
interface LooseRow {
  plan?: number | string | null;
  fact?: number | null;
  percent?: number | null;
  quarters?: (number | null)[];
}
const rowsOf = (sheet: { rows: unknown[] } | undefined): LooseRow[] => (sheet?.rows ?? []) as LooseRow[];

async function json(args: string[]) {
  const run = await runCli(["check", "--json", ...args]);
  return { run, doc: run.stdout ? parseJsonDocument(run.stdout) : null };
}

describe("report-from-plan", () => {
  it("makes a quarter's report from the shared plan: a report whose only errors are the facts to fill, «План» the quarter's targets", async () => {
    const plan = (await json([SHARED_PLAN])).doc?.files[0].sheets.find((s) => s.form === "annual-plan");
    const run = await runCli(["report-from-plan", SHARED_PLAN, "--quarter", "2", "-o", at("q2.xlsx"), "--responsible", "Іваненко І. І."]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/додано аркуш «Звіт II кв 2022» — звіт за II квартал з плану/);
    const sheet = (await json([at("q2.xlsx")])).doc?.files[0].sheets[0];
    expect(sheet?.form).toBe("quarterly-report");
    const numeric = rowsOf(sheet).filter((r) => typeof r.plan === "number");
    expect(numeric.length).toBeGreaterThan(5);
    expect(sheet?.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(numeric.map(() => "fact-missing"));
    const targets = rowsOf(plan).map((r) => r.quarters?.[1]).filter((q) => typeof q === "number");
    expect(numeric.map((r) => r.plan)).toEqual(targets);
  });

  it("adds the report to the plan's own workbook, changing no part but those a new sheet needs, and links it to the plan", async () => {
    copyFileSync(SHARED_PLAN, at("book.xlsx"));
    chmodSync(at("book.xlsx"), 0o644);
    const before = readFileSync(at("book.xlsx"));
    const run = await runCli(["report-from-plan", at("book.xlsx"), "--quarter", "3", "--cumulative", "-o", at("book.xlsx")]);
    expect(run.stderr).toBe("");
    const after = readFileSync(at("book.xlsx"));
    const parts = (bytes: Buffer) => new Map(openZip(bytes).entries.map((e) => [e.name, Buffer.from(readEntry(openZip(bytes), e, (d, max) => inflateRawSync(d, { maxOutputLength: max }))).toString("base64")]));
    const [old, now] = [parts(before), parts(after)];
    const changed = [...old.keys()].filter((name) => old.get(name) !== now.get(name)).sort();
    expect(changed).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"]);
    expect(Buffer.from(now.get("xl/workbook.xml") as string, "base64").toString()).toMatch(/<definedName name="PokaznykPlan\.\d+">'[^']+'!\$A\$\d+:\$[A-Z]+\$\d+<\/definedName>/);
    // Reconciled with the plan beside it: a report made from the plan agrees with it on every row.
    const sheets = (await json([at("book.xlsx")])).doc?.files[0].sheets ?? [];
    const report = sheets.find((s) => s.form === "quarterly-report");
    expect(report?.sheet).toBe("Звіт III кв 2022");
    expect(report?.findings.filter((f) => /approved|plan$|reported/.test(f.rule))).toEqual([]);
  });

  it("says in one line when the workbook has no plan, or the quarter plans nothing", async () => {
    await writeWorkbook(at("letter.xlsx"), (wb) => putRows(wb.addWorksheet("Лист"), [["Супровідний лист"], ["Надсилаємо звіт"]]));
    const none = await runCli(["report-from-plan", at("letter.xlsx"), "--quarter", "1", "-o", at("x.xlsx")]);
    expect(none).toMatchObject({ code: 2, stdout: "" });
    expect(none.stderr).toMatch(/немає річного плану/);
    const missing = await runCli(["report-from-plan", at("letter.xlsx"), "-o", at("x.xlsx")]);
    expect(missing.stderr).toMatch(/--quarter 1\.\.4/);
  });
});

describe("check reconciles reports with their plan", () => {
  beforeAll(async () => {
    await writeWorkbook(at("plan.xlsx"), (wb) => putRows(wb.addWorksheet("План 2024"), PLAN_ROWS));
    await writeWorkbook(at("q1.xlsx"), (wb) =>
      putRows(
        wb.addWorksheet("Звіт I кв"),
        reportRows("I", [
          ["1.1", "Лекції для школярів", "Відділ", "кількість лекцій", 2, 2],
          // The approved plan for the quarter is 4.
          ["1.3", "Виїзні консультації", "Бюро", "кількість", 5, 5],
          ["1.4", "Участь у ярмарку вакансій", "Відділ", "кількість", 1, 1],
        ]),
      ),
    );
  });

  it("flags a changed plan, a dropped measure and an added one against --plan", async () => {
    const { run, doc } = await json([at("q1.xlsx"), "--plan", at("plan.xlsx")]);
    expect(run.stderr).toBe("");
    const found = doc?.files[0].sheets[0].findings.filter((f) => /approved|plan$|reported/.test(f.rule)).map((f) => `${f.cell} ${f.rule}`);
    expect(found).toEqual(["A6 measure-not-reported", "E6 plan-differs-from-approved", "B7 measure-not-in-plan"]);
  });

  it("reconciles nothing without a plan, and refuses an unreadable --plan in one line", async () => {
    const { doc } = await json([at("q1.xlsx")]);
    expect(doc?.files[0].sheets[0].findings.filter((f) => /approved|plan$|reported/.test(f.rule))).toEqual([]);
    const bad = await runCli(["check", at("q1.xlsx"), "--plan", at("nowhere.xlsx")]);
    expect(bad).toMatchObject({ code: 2, stdout: "" });
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("annual-report", () => {
  const QUARTERS: [string, ExcelValue[][]][] = [
    ["I", [["1.1", "Лекції для школярів", "Відділ", "кількість лекцій", 2, 2], ["1.2", "Буклети", "Відділ", "кількість", 10, 7, "Затримка друку"]]],
    ["II", [["1.1", "Лекції для школярів", "Відділ", "кількість лекцій", 3, 3]]],
    ["III", [["1.1", "Лекції для школярів", "Відділ", "кількість лекцій", 3, 1, "Канікули"], ["1.2", "Буклети", "Відділ", "кількість", 10, 10]]],
    ["IV", [["1.1", "Лекції для школярів", "Відділ", "кількість лекцій", 2, 2]]],
  ];

  beforeAll(async () => {
    for (const [q, rows] of QUARTERS) await writeWorkbook(at(`r${q}.xlsx`), (wb) => putRows(wb.addWorksheet("Звіт"), reportRows(q, rows)));
    await writeWorkbook(at("year.xlsx"), (wb) => QUARTERS.forEach(([q, rows]) => putRows(wb.addWorksheet(`Звіт ${q} кв`), reportRows(q, rows))));
  });

  it("sums four quarterly files into a new workbook holding their copies, and checks as a report on the year", async () => {
    const files = QUARTERS.map(([q]) => at(`r${q}.xlsx`));
    const run = await runCli(["annual-report", ...files, "-o", at("annual.xlsx")]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/річний звіт на аркуші «Річний звіт 2024»: 2 заходи/);
    const sheets = (await json([at("annual.xlsx")])).doc?.files[0].sheets ?? [];
    expect(sheets.map((s) => s.sheet)).toEqual(["Звіт", "Звіт (2)", "Звіт (3)", "Звіт (4)", "Річний звіт 2024"]);
    const annual = sheets[4];
    expect(annual.form).toBe("quarterly-report");
    expect(rowsOf(annual).map((r) => [r.plan, r.fact, r.percent])).toEqual([[10, 8, 80], [20, 17, 85]]);
    const again = await runCli(["annual-report", ...files, "-o", at("annual.xlsx")]);
    expect(again.code).toBe(2);
    expect((await runCli(["annual-report", ...files, "-o", at("annual.xlsx"), "--force"])).code).toBe(0);
  });

  it("adds the annual sheet to the one workbook that holds the quarters, its formulas reading them", async () => {
    const run = await runCli(["annual-report", at("year.xlsx"), "-o", at("year.xlsx")]);
    expect(run.stderr).toBe("");
    const sheets = (await json([at("year.xlsx")])).doc?.files[0].sheets ?? [];
    expect(sheets).toHaveLength(5);
    expect(rowsOf(sheets[4]).map((r) => [r.plan, r.fact])).toEqual([[10, 8], [20, 17]]);
    const zip = openZip(readFileSync(at("year.xlsx")));
    const sheet5 = zip.entries.find((e) => /sheet5\.xml$/.test(e.name));
    const xml = Buffer.from(readEntry(zip, sheet5!, (d, max) => inflateRawSync(d, { maxOutputLength: max }))).toString();
    expect(xml.replace(/&apos;/g, "'")).toContain("'Звіт III кв'!F5");
  });

  it("refuses two reports of one quarter in one line", async () => {
    const run = await runCli(["annual-report", at("rI.xlsx"), at("rI.xlsx"), "-o", at("twice.xlsx")]);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toMatch(/другий звіт за той самий квартал/);
  });
});
