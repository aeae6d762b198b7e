/**
 * The patched packages open elsewhere: exceljs loads them and reads back the written formulas
 * with their cached results; LibreOffice (headless, with the shared profile that recalculates
 * every formula on load) opens and re-saves them, and its results for the formulas Compute wrote
 * are the engine's. The rich workbook with the named formula SUM('План 2022'!…) is left out of
 * the exceljs leg: exceljs 4.4.0 runs out of memory on that name (it reads it as a range
 * $K$49:$SUM$2022); LibreOffice opens it.
 */
import path from "node:path";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { enginePlans } from "../compute-check";
import type { ComputedSheet } from "../compute-check";
import { addTemplateSheet, nodeCodec, patchCompute } from "../../../src/cli/package";
import type { PatchedCompute, PatchedTemplate } from "../../../src/cli/package";
import { contentsFromBytes, workbookFromBytes } from "../../helpers/exceljs/load-workbook-file";
import { completeDetails } from "../../../src/core/templates";
import { fileFormula } from "../../../src/core/edits";
import type { CellWrite } from "../../../src/core/edits";
import type { SheetGrid } from "../../../src/core";
import { makeTempDir } from "../../helpers/xlsx";
import { REPORT, richPlan, richReport } from "./rich-workbook";
import { fixtureFile } from "./parts";

const PROFILE = path.resolve(__dirname, "../../../../shared/tools/lo-recalc-profile");
const hasSoffice = existsSync("/usr/bin/soffice") || spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
const TOLERANCE = 1e-9;

interface Case {
  name: string;
  sheet: string;
  bytes: Uint8Array;
  writes: CellWrite[];
  /** exceljs can load it (the named-formula workbook it cannot). */
  exceljs: boolean;
}

const cases: Case[] = [];
let template: PatchedTemplate;

function computed(bytes: Uint8Array, sheet: ComputedSheet): PatchedCompute {
  const out = patchCompute(bytes, sheet.name, sheet.plan, sheet.accepted, nodeCodec);
  if ("refusal" in out) throw new Error(`refused: ${JSON.stringify(out.refusal)}`);
  return out;
}

beforeAll(async () => {
  const [plan] = (await enginePlans(fixtureFile("plan-2022-public.xlsx"), { replaceTotals: true })).filter((s) => s.plan.writes.length + s.accepted.length > 0);
  const [report] = (await enginePlans(fixtureFile("report-q3-2021-public.xlsx"), { addPercentColumn: true })).filter((s) => s.plan.insertColumns.length > 0);
  const writesOf = (s: ComputedSheet) => [...s.plan.writes, ...s.accepted];
  cases.push({ name: "plan-writes", sheet: plan.name, bytes: computed(richPlan({ namedFormula: false }), plan).bytes, writes: writesOf(plan), exceljs: true });
  cases.push({ name: "plan-writes-named-formula", sheet: plan.name, bytes: computed(richPlan({ macros: true }), plan).bytes, writes: writesOf(plan), exceljs: false });
  cases.push({ name: "report-insert", sheet: REPORT, bytes: computed(richReport(), report).bytes, writes: writesOf(report), exceljs: true });
  const out = await addTemplateSheet(richPlan({ lockStructure: false, namedFormula: false }), "annual-report", completeDetails({ year: 2025, rows: 4 }, new Date(2025, 0, 10)), nodeCodec);
  if ("refusal" in out) throw new Error(`refused: ${JSON.stringify(out.refusal)}`);
  template = out;
  cases.push({ name: "template", sheet: out.template.name, bytes: out.bytes, writes: [], exceljs: true });
}, 60_000);

describe("exceljs opens the patched packages", () => {
  it("reads every written formula with its cached result", async () => {
    for (const c of cases.filter((k) => k.exceljs)) {
      const workbook = await workbookFromBytes(Buffer.from(c.bytes));
      const sheet = workbook.getWorksheet(c.sheet);
      expect({ case: c.name, sheet: sheet?.name }).toEqual({ case: c.name, sheet: c.sheet });
      for (const w of c.writes) {
        const cell = sheet?.getCell(w.row, w.col);
        expect({ at: cell?.address, formula: `=${cell?.formula}` }).toEqual({ at: cell?.address, formula: fileFormula(w.formula as string) });
        expectSame(`${c.name} ${cell?.address}`, cell?.result ?? null, w.value);
      }
    }
  });

  it("reads the template sheet the engine planned", async () => {
    const { grids } = await contentsFromBytes(Buffer.from(template.bytes));
    expect(grids.map((g) => g.name)).toContain(template.template.name);
  });
});

if (!hasSoffice) {
  it.skip("LibreOffice round trip: skipped because `soffice` is not installed", () => undefined);
} else {
  describe("LibreOffice opens the patched packages and recalculates the engine's values", () => {
    const temp = makeTempDir("pokaznyk-patch-lo-");
    const recalculated = (name: string) => path.join(temp.dir, "lo", `${name}.xlsx`);
    beforeAll(() => {
      mkdirSync(path.join(temp.dir, "in"));
      const inputs = cases.map((c) => {
        const file = path.join(temp.dir, "in", `${c.name}.xlsx`);
        writeFileSync(file, c.bytes);
        return file;
      });
      const profile = path.join(temp.dir, "profile");
      cpSync(PROFILE, profile, { recursive: true });
      const run = spawnSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", "xlsx", "--outdir", path.join(temp.dir, "lo"), ...inputs], { encoding: "utf8", timeout: 170_000 });
      if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr || run.stdout}`);
    }, 180_000);
    afterAll(temp.cleanup);

    it("converts every patched package", () => {
      for (const c of cases) expect({ case: c.name, converted: existsSync(recalculated(c.name)) }).toEqual({ case: c.name, converted: true });
    });

    it.each(["plan-writes", "report-insert"])("%s: LibreOffice's results for the written formulas are the engine's", async (name) => {
      const c = cases.find((k) => k.name === name) as Case;
      const { grids } = await contentsFromBytes(readFileSync(recalculated(name)));
      const grid = grids.find((g) => g.name === c.sheet) as SheetGrid;
      expect(c.writes.length).toBeGreaterThan(0);
      for (const w of c.writes) expectSame(`${name} R${w.row}C${w.col}`, grid.values[w.row - grid.top]?.[w.col - grid.left] ?? null, w.value);
    });

    it("recalculates the summary's moved formula over the new column (its cached 10 was before the insert)", async () => {
      const { grids } = await contentsFromBytes(readFileSync(recalculated("report-insert")));
      const summary = grids.find((g) => g.name === "Зведення") as SheetGrid;
      // C2 = SUM('Звіт III кв 2021'!F6:I6): plan 5 + fact 5 + the new 100 % (1) + the notes (empty).
      expect(summary.values[2 - summary.top][3 - summary.left]).toBe(11);
    });
  });
}

/** Numbers within 1e-9; blank, "" and no value alike. */
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
