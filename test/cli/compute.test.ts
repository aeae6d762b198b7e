/**
 * `pokaznyk compute` on the shared fixtures and on random sheets: the engine's plan is carried
 * out and nothing else in the workbook changes.
 */
import path from "node:path";
import { chmodSync, copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import fc from "fast-check";
import type { CellValue as ExcelValue, Workbook } from "exceljs";
import { columnLetter, columnNumber } from "../../src/core/address";
import { fileFormula } from "../../src/core/edits";
import { makeTempDir, writeWorkbook } from "../helpers/xlsx";
import { computeAndCompare, enginePlans, fixture } from "./compute-check";
import { runCli } from "./run-cli";
import { loadWorkbook } from "./workbook-model";

const temp = makeTempDir("pokaznyk-compute-");
afterAll(temp.cleanup);
const file = (name: string) => path.join(temp.dir, name);

const FIXTURES = ["plan-2022-public.xlsx", "plan-2023-zhytomyr.xlsx", "report-q1-2020-kramatorsk.xlsx", "report-q3-2021-public.xlsx"];
const FLAG_SETS = [{}, { addPercentColumn: true }, { replaceTotals: true }, { addPercentColumn: true, replaceTotals: true }];

describe.each(FIXTURES)("compute %s", (name) => {
  it.each(FLAG_SETS.map((flags) => [JSON.stringify(flags), flags] as const))("with %s changes only the plan's cells", async (label, flags) => {
    const output = file(`${name}-${label.replace(/\W/g, "")}.xlsx`);
    const { run } = await computeAndCompare(fixture(name), output, flags);
    expect(run.stdout).toContain(`Written to ${output}`);
  });
});

describe("compute's answers", () => {
  it("adds the percent column to a report only when asked, with live percentages", async () => {
    const without = await computeAndCompare(fixture("report-q3-2021-public.xlsx"), file("r-plain.xlsx"));
    expect(without.sheets[0].plan.writes).toEqual([]);
    expect(without.run.stdout).toContain("run with --add-percent-column");
    const withColumn = await computeAndCompare(fixture("report-q3-2021-public.xlsx"), file("r-percent.xlsx"), { addPercentColumn: true });
    const [insert] = withColumn.sheets[0].plan.insertColumns;
    expect(withColumn.run.stdout).toContain(`column "${insert.header}" added (${columnLetter(insert.before)})`);
    const sheet = (await loadWorkbook(file("r-percent.xlsx"))).worksheets[0];
    expect(sheet.getCell(insert.headerRows[0], insert.before).value).toBe(insert.header);
  });

  it("lists typed totals that disagree with their quarters, and replaces them only with --replace-totals", async () => {
    const plain = await computeAndCompare(fixture("plan-2022-public.xlsx"), file("p-plain.xlsx"));
    const offers = plain.sheets[0].plan.offers;
    expect(offers.length).toBeGreaterThan(0);
    for (const o of offers) {
      expect(plain.run.stdout).toContain(`${o.cell}: typed ${String(o.current)}, quarters add up to ${String(o.write.value)} — run with --replace-totals to replace`);
      expect((await loadWorkbook(file("p-plain.xlsx"))).worksheets[0].getCell(o.cell).value).toEqual(o.current);
    }
    const replaced = await computeAndCompare(fixture("plan-2022-public.xlsx"), file("p-replaced.xlsx"), { replaceTotals: true });
    const sheet = (await loadWorkbook(file("p-replaced.xlsx"))).worksheets[0];
    for (const o of offers) {
      expect(replaced.run.stdout).toContain(`${o.cell}: typed ${String(o.current)} replaced`);
      expect([`=${sheet.getCell(o.cell).formula}`, sheet.getCell(o.cell).result]).toEqual([fileFormula(o.write.formula!), o.write.value]);
    }
  });

  it("exits like check: 1 while the written file still has errors, 0 when it has none", async () => {
    expect((await runCli(["compute", fixture("report-q1-2020-kramatorsk.xlsx"), "-o", file("k.xlsx")])).code).toBe(0);
    expect((await runCli(["compute", fixture("plan-2022-public.xlsx"), "-o", file("p.xlsx")])).code).toBe(1);
  });

  it("reads a workbook a template wrote, through its marker, and leaves it whole", async () => {
    const input = file("templated.xlsx");
    await runCli(["template", "annual-plan", "-o", input, "--rows", "4"]);
    await runCli(["template", "quarterly-report", "-o", input, "--rows", "4"]);
    const { run } = await computeAndCompare(input, file("templated-out.xlsx"), { addPercentColumn: true, replaceTotals: true });
    expect(run.code).toBe(0);
  });

  it("never writes over its input unless -o names it, with --force", async () => {
    const input = file("mine.xlsx");
    copyFileSync(fixture("plan-2023-zhytomyr.xlsx"), input);
    // The official's own file is writable (the shared fixtures may be read-only, which -o refuses).
    chmodSync(input, 0o644);
    const original = readFileSync(input);
    const noOutput = await runCli(["compute", input]);
    expect(noOutput.code).toBe(2);
    expect(readFileSync(input).equals(original)).toBe(true);
    const [sheet] = await enginePlans(input, {});
    expect((await runCli(["compute", input, "-o", input, "--force"])).code).not.toBe(2);
    const written = (await loadWorkbook(input)).worksheets[0];
    for (const w of sheet.plan.writes) expect(`=${written.getCell(w.row, w.col).formula}`).toBe(w.formula);
  });

  it("gives exit 2 and one line when the input cannot be read or the output cannot be written", async () => {
    const broken = file("broken.xlsx");
    writeFileSync(broken, "PK\u0003\u0004 not really a zip");
    const unreadable = await runCli(["compute", broken, "-o", file("never.xlsx")]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(file("never.xlsx"))).toBe(false);
    const missing = await runCli(["compute", file("nowhere.xlsx"), "-o", file("never.xlsx")]);
    expect(missing.code).toBe(2);
    const unwritable = await runCli(["compute", fixture("plan-2023-zhytomyr.xlsx"), "-o", path.join(temp.dir, "no-dir", "out.xlsx"), "--lang", "en"]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/^pokaznyk: cannot write .*out\.xlsx \(no such folder\)\n$/);
  });
});

// ---------------------------------------------------------------------------------------------
// Random sheets: values of every kind, styles, merges, formulas pointing past the new column,
// a validation, a highlight and a second sheet that refers to the first.

const anyValue: fc.Arbitrary<ExcelValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 60 }),
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.constantFrom("7", "12,5", "За потребою", "3 шт", "", "  ", "Постійно", "перенесено"),
  fc.constant({ error: "#REF!" } as ExcelValue),
);

const anyStyle = fc.record(
  {
    font: fc.record({ bold: fc.boolean(), italic: fc.boolean(), size: fc.constantFrom(10, 11, 12) }),
    fill: fc.constantFrom("FFFFFF00", "FFDDEEFF").map((argb) => ({ type: "pattern" as const, pattern: "solid" as const, fgColor: { argb } })),
    border: fc.constant({ top: { style: "thin" as const }, bottom: { style: "dashed" as const } }),
    numFmt: fc.constantFrom("0.00", "0%", "@"),
    alignment: fc.constant({ horizontal: "center" as const, wrapText: true }),
  },
  { requiredKeys: [] },
);

/** A formula in the extra column: one to the left of the insert, one past it, one on text. */
const extraFormula = fc.constantFrom("F{r}+1", "LEN(H{r})", 'IF(H{r}="","-",H{r})', "SUM(F{r}:G{r})");

const reportRow = fc.record({
  plan: anyValue,
  fact: anyValue,
  percent: anyValue,
  note: fc.oneof(fc.constant(null), fc.constantFrom("перенесено на II квартал", "  ")),
  extra: fc.oneof(fc.constant(null as ExcelValue), fc.constantFrom("довідка", 3), extraFormula),
  style: fc.option(anyStyle),
  mergeNote: fc.boolean(),
});

const reportBook = fc.record({
  rows: fc.array(reportRow, { minLength: 1, maxLength: 8 }),
  withPercent: fc.boolean(),
  taskSpan: fc.integer({ min: 1, max: 3 }),
});

const planRow = fc.record({ quarters: fc.array(anyValue, { minLength: 4, maxLength: 4 }), total: anyValue, style: fc.option(anyStyle) });

type ReportSpec = typeof reportBook extends fc.Arbitrary<infer T> ? T : never;
type PlanRowSpec = typeof planRow extends fc.Arbitrary<infer T> ? T : never;

function fillReport(spec: ReportSpec) {
  return (wb: Workbook) => {
    const s = wb.addWorksheet("Звіт");
    const header = ["№ з/п", "Найменування завдання", "Найменування заходу", "Відповідальний виконавець", "Найменування показників результативності", "План", "Факт", ...(spec.withPercent ? ["% виконання"] : []), "Примітка у разі недовиконання плану", "Джерело"];
    const width = header.length;
    const noteCol = spec.withPercent ? 9 : 8;
    s.getCell(1, 1).value = "Звіт про виконання плану діяльності";
    for (let c = 1; c <= width; c++) s.getCell(1, c).style = { font: { bold: true, size: 14 }, border: { bottom: { style: "thin" } } };
    s.mergeCells(1, 1, 1, width);
    s.getCell(2, 1).value = "за I квартал 2025 року";
    header.forEach((h, k) => {
      s.getCell(4, k + 1).value = h;
      s.getCell(4, k + 1).style = { font: { bold: true }, border: { left: { style: "thin" }, right: { style: "thin" } }, fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDE6F0" } } };
    });
    s.getCell(5, 1).value = "I. Доступ до правової допомоги";
    s.mergeCells(5, 1, 5, width);
    spec.rows.forEach((r, k) => {
      const row = 6 + k;
      const values: ExcelValue[] = [String(k + 1), k === 0 ? "1.1. Ранній доступ" : null, `1.1.${k + 1}. Проведення заходів`, "Відділ правопросвіти", "Кількість заходів", r.plan, r.fact, ...(spec.withPercent ? [r.percent] : []), r.note];
      values.forEach((v, j) => {
        if (v !== null && !(j === 1 && k > 0)) s.getCell(row, j + 1).value = v;
      });
      const extra = typeof r.extra === "string" && r.extra.includes("{r}") ? ({ formula: r.extra.replace(/\{r\}/g, String(row)), result: 0 } as ExcelValue) : r.extra;
      if (extra !== null) s.getCell(row, width).value = extra;
      if (r.style) for (const c of [6, 7, noteCol]) s.getCell(row, c).style = structuredClone(r.style);
      if (r.mergeNote && r.extra === null) s.mergeCellsWithoutStyle(row, noteCol, row, width);
    });
    const last = 5 + spec.rows.length;
    if (spec.taskSpan > 1 && spec.rows.length >= spec.taskSpan) s.mergeCells(6, 2, 5 + spec.taskSpan, 2);
    s.getColumn(3).width = 40;
    s.getColumn(noteCol).width = 30;
    (s as unknown as { dataValidations: { add(range: string, v: object): void } }).dataValidations.add(`G6:G${last}`, { type: "custom", allowBlank: true, formulae: ["AND(ISNUMBER(G6),G6>=0)"] });
    s.addConditionalFormatting({ ref: `A6:${columnLetter(width)}${last}`, rules: [{ type: "expression", priority: 1, formulae: [`LEN(TRIM($${columnLetter(noteCol)}6))=0`], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFF8D7DA" } } } }] });
    wb.addWorksheet("Зведення").getCell("A1").value = { formula: `'Звіт'!${columnLetter(noteCol)}6`, result: 0 } as ExcelValue;
  };
}

function fillPlan(rows: PlanRowSpec[]) {
  return (wb: Workbook) => {
    const s = wb.addWorksheet("План");
    s.getCell(1, 1).value = "Річний план діяльності на 2025 рік";
    s.mergeCells(1, 1, 1, 10);
    const top = ["п/п", "Найменування завдання", "Найменування заходу", "Відповідальний виконавець", "Найменування показників", "Значення показників"];
    top.forEach((h, k) => (s.getCell(3, k + 1).value = h));
    ["I", "II", "III", "IV", "Разом"].forEach((h, k) => (s.getCell(4, 6 + k).value = h));
    for (let c = 1; c <= 5; c++) s.mergeCells(3, c, 4, c);
    s.mergeCells(3, 6, 3, 10);
    s.getCell(5, 1).value = "1. Правова освіта";
    s.mergeCells(5, 1, 5, 10);
    rows.forEach((r, k) => {
      const row = 6 + k;
      [String(k + 1), "1.1", `1.1.1.${k + 1}. Захід`, "Відділ", "Кількість", ...r.quarters, r.total].forEach((v, j) => {
        if (v !== null) s.getCell(row, j + 1).value = v;
      });
      if (r.style) for (let c = 6; c <= 10; c++) s.getCell(row, c).style = structuredClone(r.style);
    });
  };
}

/** Excel's rewrite for the simple formulas above: a column at or past the insert moves right. */
function shiftSimple(_sheet: string, formula: string, inserts: number[]): string {
  return formula.replace(/\b([A-Z]{1,2})(\d+)\b/g, (whole, letters: string, row: string) => {
    const col = inserts.reduce((c, before) => (c >= before ? c + 1 : c), columnNumber(letters));
    return `${columnLetter(col)}${row}`;
  });
}

describe("no data loss on random workbooks", () => {
  let run = 0;

  it("compute on any report changes no cell outside the engine's plan, whatever the flags", async () => {
    await fc.assert(
      fc.asyncProperty(reportBook, fc.boolean(), fc.boolean(), async (spec, addPercentColumn, replaceTotals) => {
        const input = await writeWorkbook(file(`report-${++run}.xlsx`), fillReport(spec));
        await computeAndCompare(input, file(`report-${run}-out.xlsx`), { addPercentColumn, replaceTotals, rewrite: shiftSimple });
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it("compute on any annual plan changes no cell outside the engine's plan, whatever the flags", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(planRow, { minLength: 1, maxLength: 8 }), fc.boolean(), async (rows, replaceTotals) => {
        const input = await writeWorkbook(file(`plan-${++run}.xlsx`), fillPlan(rows));
        await computeAndCompare(input, file(`plan-${run}-out.xlsx`), { replaceTotals, rewrite: shiftSimple });
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

