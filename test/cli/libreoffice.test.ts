/**
 * A real spreadsheet program agrees with the engine. LibreOffice (headless, with the shared
 * profile that makes it recalculate every formula on load) opens the CLI's computed workbooks
 * and its templates filled with a few numbers, recalculates and saves; every total and
 * percentage it got is compared with the engine's. The computed workbooks are recalculated twice,
 * with LibreOffice's locale set to en-US and to uk-UA (the profile's ooSetupSystemLocale): numbers
 * stored as text ("12,5", "7.5", "1 000") must give the engine's figures in both, as VALUE() would
 * not ("12,5" is 125 in en-US, "7.5" a date in uk-UA). Each template is also printed to PDF and
 * rendered to PNG in test-output/templates/ for a person to look at.
 *
 * LibreOffice runs one after another (it writes into its profile), each run converting many
 * files at once: starting it is most of the cost.
 */
import path from "node:path";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import type { Worksheet } from "exceljs";
import { TEMPLATE_IDS, buildTemplate, checkSheet, parseAddress } from "../../src/core";
import type { SheetGrid, TemplateId } from "../../src/core";
import { contentsFromBytes } from "../helpers/exceljs/load-workbook-file";
import { stampedOptions } from "../../src/core/templates";
import { fileFormula } from "../../src/core/edits";
import { nameReferences } from "../helpers/exceljs/read-workbook";
import { makeTempDir } from "../helpers/xlsx";
import { enginePlans, fixture } from "./compute-check";
import type { ComputeOptions } from "./compute-check";
import { runCli } from "./run-cli";
import { loadWorkbook } from "./workbook-model";

const ROOT = path.resolve(__dirname, "../..");
const PROFILE = path.resolve(ROOT, "../shared/tools/lo-recalc-profile");
const PNG_DIR = path.join(ROOT, "test-output/templates");
const TOLERANCE = 1e-9;
const DETAILS = { organisation: "Коростенського місцевого центру з надання безоплатної правничої допомоги", year: 2025, quarter: 3 as const, responsible: "Н. В. Левченко" };

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
const hasPdftoppm = spawnSync("sh", ["-c", "command -v pdftoppm"]).status === 0;

/** The computed workbooks LibreOffice recalculates: [name, workbook, compute flags]. */
const COMPUTED: [string, string, ComputeOptions][] = [
  ["plan-2022", fixture("plan-2022-public.xlsx"), {}],
  ["plan-2022-replaced", fixture("plan-2022-public.xlsx"), { replaceTotals: true }],
  ["report-2021-percent", fixture("report-q3-2021-public.xlsx"), { addPercentColumn: true }],
  ["report-2020-percent", fixture("report-q1-2020-kramatorsk.xlsx"), { addPercentColumn: true }],
  // Quarters, plans and facts stored as text with decimal commas and points (test/fixtures).
  ["text-numbers", path.join(ROOT, "test/fixtures/plan-2024-text-numbers.xlsx"), { replaceTotals: true }],
];
/** The locales LibreOffice recalculates the computed workbooks in. */
const LOCALES = ["en-US", "uk-UA"] as const;
type Locale = (typeof LOCALES)[number];

/** Plan and fact typed into a report template's rows (a shortfall without a note shows the highlight). */
const REPORT_NUMBERS: [number | string | null, number | null][] = [[10, 8], [5, 5], [3, 6], ["За потребою", 2], [0, 2], [7.5, 2.5]];
const PLAN_QUARTERS: (number | string | null)[][] = [[1, 2, 3, 4], [5, null, null, 5], [2.5, 0, 1, 0], [null, null, null, null], ["За потребою", null, null, null], [12, 12, 12, 13]];

if (!hasSoffice) {
  it.skip("LibreOffice agreement: skipped because `soffice` is not installed (apt-get install libreoffice-calc poppler-utils)", () => undefined);
} else {
  describe("LibreOffice recalculates what the engine computed", () => {
    const temp = makeTempDir("pokaznyk-lo-");
    const input = (name: string) => path.join(temp.dir, "in", `${name}.xlsx`);
    const recalculated = (name: string, locale: Locale = "en-US") => path.join(temp.dir, `lo-${locale}`, `${name}.xlsx`);
    /** Year totals the annual report must show: sheet row -> [plan, fact] sums of what was typed. */
    const annualSums = new Map<number, [number | null, number | null]>();

    beforeAll(async () => {
      mkdirSync(path.join(temp.dir, "in"));
      for (const [name, source, options] of COMPUTED) {
        const flags = [...(options.addPercentColumn ? ["--add-percent-column"] : []), ...(options.replaceTotals ? ["--replace-totals"] : [])];
        const run = await runCli(["compute", source, "-o", input(name), ...flags]);
        expect(run.stderr).toBe("");
      }
      for (const id of TEMPLATE_IDS) await filledTemplate(id, input(`template-${id}`), annualSums);

      const inputs = readdirSync(path.join(temp.dir, "in")).map((f) => path.join(temp.dir, "in", f));
      const english = localeProfile(temp.dir, "en-US");
      soffice(english, ["--convert-to", "xlsx", "--outdir", path.join(temp.dir, "lo-en-US"), ...inputs]);
      soffice(english, ["--convert-to", "pdf", "--outdir", path.join(temp.dir, "pdf"), ...inputs.filter((f) => path.basename(f).startsWith("template-"))]);
      const computed = inputs.filter((f) => !path.basename(f).startsWith("template-"));
      soffice(localeProfile(temp.dir, "uk-UA"), ["--convert-to", "xlsx", "--outdir", path.join(temp.dir, "lo-uk-UA"), ...computed]);
      if (hasPdftoppm) {
        mkdirSync(PNG_DIR, { recursive: true });
        for (const id of TEMPLATE_IDS) {
          for (const old of readdirSync(PNG_DIR).filter((f) => f.startsWith(`${id}-`))) rmSync(path.join(PNG_DIR, old));
          const run = spawnSync("pdftoppm", ["-png", "-r", "50", path.join(temp.dir, "pdf", `template-${id}.pdf`), path.join(PNG_DIR, id)], { encoding: "utf8" });
          if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
        }
      }
    }, 180_000);
    afterAll(temp.cleanup);

    /**
     * Each formula compute wrote, as a comparison with LibreOffice's result for it, and how many of
     * them stand on a row holding a number stored as text (or a negative fact: no percentage).
     */
    async function recalculatedWrites(name: string, source: string, options: ComputeOptions, locale: Locale) {
      const workbook = await loadWorkbook(recalculated(name, locale));
      const compares: (() => void)[] = [];
      let onTextNumbers = 0;
      for (const { name: sheetName, report, plan, accepted } of await enginePlans(source, options)) {
        const sheet = workbook.getWorksheet(sheetName) as Worksheet;
        const tricky = new Set(report.findings.filter((f) => f.rule === "number-as-text" || (f.rule === "value-invalid" && f.params.reason === "negative")).map((f) => f.row));
        for (const write of [...plan.writes, ...accepted]) {
          const cell = sheet.getCell(write.row, write.col);
          if (tricky.has(write.row)) onTextNumbers++;
          compares.push(() => {
            expect({ at: cell.address, formula: `=${cell.formula}` }).toEqual({ at: cell.address, formula: fileFormula(write.formula ?? "") });
            expectSame(`${locale} ${sheetName}!${cell.address}`, cell.result, write.value);
          });
        }
      }
      return { compares, onTextNumbers };
    }

    // Failed before for text-numbers: VALUE("12,5") is an error in LibreOffice's en-US and 12.5 in
    // uk-UA, where "7.5" becomes a date; the engine reads both as numbers.
    describe.each(LOCALES)("in %s", (locale) => {
      it.each(COMPUTED)("%s: every formula compute wrote has the value LibreOffice computes", async (name, source, options) => {
        const { compares } = await recalculatedWrites(name, source, options, locale);
        expect(compares.length).toBeGreaterThan(0);
        compares.forEach((compare) => compare());
      });

      it("numbers stored as text, with a decimal comma or point, were really put to the test", async () => {
        const { onTextNumbers } = await recalculatedWrites("text-numbers", COMPUTED[4][1], COMPUTED[4][2], locale);
        expect(onTextNumbers).toBeGreaterThanOrEqual(8);
        const { onTextNumbers: publicReport } = await recalculatedWrites("report-2021-percent", COMPUTED[2][1], COMPUTED[2][2], locale);
        expect(publicReport).toBeGreaterThan(0);
      });
    });

    it.each(TEMPLATE_IDS)("template %s: LibreOffice's totals and percentages are the engine's", async (id) => {
      const planned = buildTemplate(id, { ...DETAILS, rows: REPORT_NUMBERS.length });
      const { grids, definedNames } = await contentsFromBytes(readFileSync(recalculated(`template-${id}`)));
      const grid = grids[0];
      const report = checkSheet(grid, stampedOptions(nameReferences(definedNames), grid.name));
      expect(report.form).toBe(planned.form);
      const { percent, total, plan, fact } = report.columns;
      let numeric = 0;
      for (const m of report.measures) {
        if (percent !== undefined) {
          // A programme's percent is of money used (or financed) over planned; a report's, fact over plan.
          const [done, base] = report.form === "program-execution" ? [m.used ?? m.financed, m.planned] : [m.fact, m.plan];
          const expected = m.percent === null || m.percent === undefined ? "" : (done as number) / (base as number);
          expectSame(`row ${m.row} %`, valueAt(grid, m.row, percent), expected);
          if (expected !== "") numeric++;
        }
        if (report.columns.deviation !== undefined) {
          expectSame(`row ${m.row} deviation`, valueAt(grid, m.row, report.columns.deviation), m.deviation ?? "");
          if (typeof m.deviation === "number") numeric++;
        }
        if (total !== undefined) {
          expectSame(`row ${m.row} total`, valueAt(grid, m.row, total), m.total ?? "");
          if (typeof m.total === "number") numeric++;
        }
        const sums = id === "annual-report" ? annualSums.get(m.row) : undefined;
        if (sums && plan !== undefined && fact !== undefined) {
          expectSame(`row ${m.row} year plan`, valueAt(grid, m.row, plan), sums[0] ?? "");
          expectSame(`row ${m.row} year fact`, valueAt(grid, m.row, fact), sums[1] ?? "");
        }
      }
      // Templates without computed columns have nothing to compare; the others must have compared numbers.
      if (planned.cells.some((c) => c.formula)) expect(numeric).toBeGreaterThan(0);
    });

    it.each(TEMPLATE_IDS)("template %s prints to a PDF of at least one page", (id) => {
      const pdf = path.join(temp.dir, "pdf", `template-${id}.pdf`);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
      if (hasPdftoppm) expect(readdirSync(PNG_DIR).filter((f) => f.startsWith(`${id}-`) && f.endsWith(".png")).length).toBeGreaterThanOrEqual(1);
    });
  });
}

/** A copy of the shared profile with LibreOffice's locale (number formats, VALUE's reading) set to `locale`. */
function localeProfile(dir: string, locale: Locale): string {
  const profile = path.join(dir, `profile-${locale}`);
  cpSync(PROFILE, profile, { recursive: true });
  const settings = path.join(profile, "user/registrymodifications.xcu");
  const item = `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>`;
  writeFileSync(settings, readFileSync(settings, "utf8").replace("</oor:items>", `${item}\n</oor:items>`));
  return profile;
}

function soffice(profile: string, args: string[]): void {
  const run = spawnSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, ...args], { encoding: "utf8", timeout: 120_000 });
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr || run.stdout}`);
  const outdir = args[args.indexOf("--outdir") + 1];
  if (!existsSync(outdir)) throw new Error(`soffice wrote nothing: ${run.stdout} ${run.stderr}`);
}

/** A template from the CLI with a few numbers typed in; its formulas' cached results are left stale on purpose. */
async function filledTemplate(id: TemplateId, file: string, annualSums: Map<number, [number | null, number | null]>): Promise<void> {
  const run = await runCli(["template", id, "-o", file, "--rows", String(REPORT_NUMBERS.length), "--org", DETAILS.organisation, "--year", "2025", "--quarter", "3", "--responsible", DETAILS.responsible]);
  expect(run.code).toBe(0);
  const planned = buildTemplate(id, { ...DETAILS, rows: REPORT_NUMBERS.length });
  const { grids, definedNames } = await contentsFromBytes(readFileSync(file));
  const { columns } = checkSheet(grids[0], stampedOptions(nameReferences(definedNames), planned.name));
  const workbook = await loadWorkbook(file);
  const sheet = workbook.worksheets[0];
  const set = (row: number, col: number, value: number | string | null) => {
    if (value !== null) sheet.getCell(row, col).value = value;
  };
  for (let k = 0; k < REPORT_NUMBERS.length; k++) {
    const row = planned.measureRows.first + k;
    if (columns.measure !== undefined) set(row, columns.measure, `Захід ${k + 1}`);
    if (columns.q1 !== undefined) [columns.q1, columns.q2, columns.q3, columns.q4].forEach((col, q) => set(row, col as number, PLAN_QUARTERS[k][q]));
    // A programme's money: planned and used (the financed column left as typed, empty).
    const used = columns.used ?? columns.financed;
    if (columns.planned !== undefined && used !== undefined) {
      set(row, columns.planned, REPORT_NUMBERS[k][0]);
      set(row, used, REPORT_NUMBERS[k][1]);
    }
    if (columns.plan === undefined || columns.fact === undefined) continue;
    const planSources = formulaSources(sheet, row, columns.plan);
    const factSources = formulaSources(sheet, row, columns.fact);
    if (planSources.length === 0) {
      set(row, columns.plan, REPORT_NUMBERS[k][0]);
      set(row, columns.fact, REPORT_NUMBERS[k][1]);
      continue;
    }
    // An annual report: plan and fact typed per quarter, the year columns add them up.
    const quarterly = planSources.map((_, q) => (k === 3 && q > 0 ? [null, null] : [k + q, (k * (q + 2)) % 7]));
    planSources.forEach((col, q) => set(row, col, quarterly[q][0]));
    factSources.forEach((col, q) => set(row, col, quarterly[q][1]));
    const sum = (values: (number | null)[]) => (values.some((v) => v !== null) ? values.reduce<number>((a, v) => a + (v ?? 0), 0) : null);
    annualSums.set(row, [sum(quarterly.map((p) => p[0])), sum(quarterly.map((p) => p[1]))]);
  }
  await workbook.xlsx.writeFile(file);
}

/** The columns a template's formula cell adds up ("IF(COUNT(I8,K8,…)=0,…)" -> [9, 11, …]). */
function formulaSources(sheet: Worksheet, row: number, col: number): number[] {
  const formula = sheet.getCell(row, col).formula;
  const count = formula ? /COUNT\(([^)]*)\)/.exec(formula) : null;
  return count ? count[1].split(",").map((a) => parseAddress(a).col) : [];
}

function valueAt(grid: SheetGrid, row: number, col: number): unknown {
  return grid.values[row - grid.top]?.[col - grid.left] ?? null;
}

/** Numbers within 1e-9 (a percentage as the fraction Excel stores); blank, "" and no cached value alike. */
function expectSame(where: string, actual: unknown, expected: unknown): void {
  const blank = (v: unknown) => v === null || v === undefined || v === "";
  if (blank(expected)) {
    expect({ where, value: blank(actual) ? "" : actual }).toEqual({ where, value: "" });
    return;
  }
  if (typeof expected === "number" && typeof actual === "number") {
    expect({ where, off: Math.abs(actual - expected) <= TOLERANCE }).toEqual({ where, off: true });
    return;
  }
  expect({ where, value: actual }).toEqual({ where, value: expected });
}
