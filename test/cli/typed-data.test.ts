/**
 * An official retyping a real plan or report into our template must get the same verdict as
 * the original: the fixtures' measure rows are copied, column role by column role (as the engine
 * reads both sheets), into a fresh template, checked by the CLI and compared with the answer keys.
 * The keys are read at test time; rows move to where the template puts them.
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { ValueType } from "exceljs";
import type { CellValue as ExcelValue, Worksheet } from "exceljs";
import { buildTemplate, checkSheet } from "../../src/core";
import type { ColumnRole, TemplateId } from "../../src/core";
import { contentsFromBytes } from "../helpers/exceljs/load-workbook-file";
import { stampedOptions } from "../../src/core/templates";
import { nameReferences } from "../helpers/exceljs/read-workbook";
import { makeTempDir } from "../helpers/xlsx";
import { parseJsonDocument, runCli } from "./run-cli";
import { loadWorkbook } from "./workbook-model";

const FIXTURES = path.resolve(__dirname, "../../../shared/fixtures");
const EXACT_RULES = new Set(["shortfall-unexplained", "value-invalid", "total-mismatch", "fact-missing"]);
const PERCENT_TOLERANCE = 0.05;
const DETAILS = { organisation: "центру", year: 2025, quarter: 1 as const, responsible: "Н. В. Левченко" };

interface KeySheet {
  form: string | null;
  measureRows: number[];
  findings: { row: number; rule: string }[];
  percents: { row: number; plan: number; fact: number; percent: number }[];
  totals: { row: number; quarters: (number | null)[]; total: number }[];
}

const temp = makeTempDir("pokaznyk-typed-");
afterAll(temp.cleanup);

describe.each([
  ["report-q1-2020-kramatorsk", "quarterly-report"],
  ["plan-2023-zhytomyr", "annual-plan"],
] as [string, TemplateId][])("%s typed into the %s template", (fixture, id) => {
  const key = JSON.parse(readFileSync(path.join(FIXTURES, `${fixture}.expected.json`), "utf8")) as { file: string; sheets: KeySheet[] };
  const expected = key.sheets.find((s) => s.form === id) as KeySheet;
  const rows = [...expected.measureRows].sort((a, b) => a - b);
  const planned = buildTemplate(id, { ...DETAILS, rows: rows.length });
  /** Fixture row -> the template row it was typed into. */
  const moved = (row: number) => {
    const k = rows.indexOf(row);
    if (k < 0) throw new Error(`row ${row} of the key is not a measure row`);
    return planned.measureRows.first + k;
  };
  const output = path.join(temp.dir, `${fixture}.xlsx`);
  let sheet: ReturnType<typeof parseJsonDocument>["files"][0]["sheets"][0];

  beforeAll(async () => {
    expect((await runCli(["template", id, "-o", output, "--rows", String(rows.length), "--org", DETAILS.organisation, "--year", "2025", "--quarter", "1", "--responsible", DETAILS.responsible])).code).toBe(0);
    const source = path.join(FIXTURES, key.file);
    const sourceGrid = (await contentsFromBytes(readFileSync(source))).grids.find((g) => checkSheet(g).form === id);
    if (!sourceGrid) throw new Error(`${key.file} has no ${id} sheet`);
    const from = checkSheet(sourceGrid).columns;
    const templateContents = await contentsFromBytes(readFileSync(output));
    const to = checkSheet(templateContents.grids[0], stampedOptions(nameReferences(templateContents.definedNames), planned.name)).columns;

    const sourceSheet = (await loadWorkbook(source)).getWorksheet(sourceGrid.name) as Worksheet;
    const workbook = await loadWorkbook(output);
    const target = workbook.getWorksheet(planned.name) as Worksheet;
    const roles = (Object.keys(from) as ColumnRole[]).filter((role) => to[role] !== undefined);
    rows.forEach((row) => {
      for (const role of roles) {
        const cell = sourceSheet.getCell(row, from[role] as number);
        // Inside a merged area Excel shows nothing; exceljs would repeat the corner's value.
        if (cell.type === ValueType.Merge || cell.value === null) continue;
        target.getCell(moved(row), to[role] as number).value = structuredClone(cell.value);
      }
    });
    cacheTemplateResults(target);
    await workbook.xlsx.writeFile(output);
    sheet = parseJsonDocument((await runCli(["check", output, "--json"])).stdout).files[0].sheets[0];
  });

  it("is still recognised as the template's form", () => {
    expect([sheet.form, sheet.headerRow]).toEqual([planned.form, planned.headerRows.last]);
    expect(sheet.rows.map((r) => r.row)).toEqual(rows.map(moved));
  });

  it("finds exactly the key's rows for the four exact rules", () => {
    const pairs = (items: { row: number; rule: string }[], at: (row: number) => number) =>
      [...new Set(items.filter((f) => EXACT_RULES.has(f.rule)).map((f) => `${at(f.row)} ${f.rule}`))].sort();
    expect(pairs(sheet.findings, (r) => r)).toEqual(pairs(expected.findings, moved));
  });

  it("computes the key's percentages and totals on the moved rows, and no others", () => {
    const computed = new Map(sheet.rows.map((r) => [r.row, r as Record<string, unknown>]));
    for (const p of expected.percents) {
      const row = computed.get(moved(p.row));
      expect({ plan: row?.plan, fact: row?.fact }).toEqual({ plan: p.plan, fact: p.fact });
      expect(Math.abs((row?.percent as number) - p.percent)).toBeLessThanOrEqual(PERCENT_TOLERANCE);
    }
    for (const t of expected.totals) expect(computed.get(moved(t.row))).toMatchObject({ quarters: t.quarters, total: t.total });
    const having = (field: string) => [...computed.values()].filter((r) => typeof r[field] === "number").map((r) => r.row);
    expect(having("percent")).toEqual(expected.percents.map((p) => moved(p.row)).sort((a, b) => a - b));
    expect(having("total")).toEqual(expected.totals.map((t) => moved(t.row)).sort((a, b) => a - b));
  });
});

/**
 * What Excel would have cached in the template's own formulas after the typing: the percentage
 * (fact / plan when both are numbers, plan > 0 and fact ≥ 0) and the year total (the sum of the numbers).
 */
function cacheTemplateResults(sheet: Worksheet): void {
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type !== ValueType.Formula) return;
      const formula = cell.formula;
      const number = (address: string) => {
        const v = sheet.getCell(address).value;
        return typeof v === "number" ? v : null;
      };
      const percent = /^IFERROR\(IF\(AND\(LEN\(TRIM\(SUBSTITUTE\(SUBSTITUTE\((\w+),.*?\)>0,IF\(ISNUMBER\((\w+)\),/.exec(formula);
      const total = /^IF\(COUNT\(([\w,]+)\)=0,"",SUM\([\w,]+\)\)$/.exec(formula);
      let result: number | string = "";
      if (percent) {
        const [fact, plan] = [number(percent[1]), number(percent[2])];
        if (plan !== null && fact !== null && plan > 0 && fact >= 0) result = fact / plan;
      } else if (total) {
        const numbers = total[1].split(",").map(number).filter((n): n is number => n !== null);
        if (numbers.length > 0) result = numbers.reduce((a, b) => a + b, 0);
      } else {
        throw new Error(`unexpected template formula ${formula}`);
      }
      cell.value = { formula, result } as ExcelValue;
    }),
  );
}
