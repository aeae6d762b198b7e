/**
 * Runs `pokaznyk compute` on a file and checks the promise it makes: the input is untouched, the
 * plan's targets hold the engine's formulas and cached results, and every other cell of the
 * workbook reads as before (value, formula, style), columns moved only by the plan's inserts.
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import type { Worksheet } from "exceljs";
import { checkSheet, planCompute } from "../../src/core";
import { fileFormula } from "../../src/core/edits";
import type { CellWrite, EditPlan, SheetReport } from "../../src/core";
import { contentsFromBytes } from "../helpers/exceljs/load-workbook-file";
import { stampedOptions } from "../../src/core/templates";
import { nameReferences } from "../helpers/exceljs/read-workbook";
import { runCli } from "./run-cli";
import type { CliRun } from "./run-cli";
import { cellModels, landingAfter, loadWorkbook, moved } from "./workbook-model";

export interface ComputeOptions {
  addPercentColumn?: boolean;
  replaceTotals?: boolean;
  /** How a formula on `sheet` should read after the inserts (Excel moves references past them). */
  rewrite?: (sheet: string, formula: string, inserts: number[]) => string;
}

export interface ComputedSheet {
  name: string;
  report: SheetReport;
  plan: EditPlan;
  accepted: CellWrite[];
}

/** The engine's plans for the file, as the CLI must have made them. */
export async function enginePlans(input: string, options: ComputeOptions): Promise<ComputedSheet[]> {
  const { grids, definedNames } = await contentsFromBytes(readFileSync(input));
  const stamps = nameReferences(definedNames);
  return grids.map((grid) => {
    const report = checkSheet(grid, stampedOptions(stamps, grid.name));
    const plan = report.form === null ? { sheet: grid.name, insertColumns: [], writes: [], offers: [] } : planCompute(grid, report, { addPercentColumn: options.addPercentColumn });
    return { name: grid.name, report, plan, accepted: options.replaceTotals ? plan.offers.map((o) => o.write) : [] };
  });
}

export async function computeAndCompare(input: string, output: string, options: ComputeOptions = {}): Promise<{ run: CliRun; sheets: ComputedSheet[] }> {
  const flags = [...(options.addPercentColumn ? ["--add-percent-column"] : []), ...(options.replaceTotals ? ["--replace-totals"] : [])];
  const original = readFileSync(input);
  const run = await runCli(["compute", input, "-o", output, "--lang", "en", ...flags]);
  expect(run.stderr).toBe("");
  expect(run.code).not.toBe(2);
  expect(readFileSync(input).equals(original)).toBe(true);

  const sheets = await enginePlans(input, options);
  const before = await loadWorkbook(input);
  const after = await loadWorkbook(output);
  expect(after.worksheets.map((w) => w.name)).toEqual(before.worksheets.map((w) => w.name));
  const inserted = new Map(sheets.map((s) => [s.name, s.plan.insertColumns.map((i) => i.before)]));
  for (const computed of sheets) {
    const rewrite = (formula: string) => {
      let text = formula;
      for (const [sheet, inserts] of inserted) if (inserts.length > 0) text = options.rewrite?.(sheet, text, inserts) ?? text;
      return text;
    };
    compareSheet(before.getWorksheet(computed.name) as Worksheet, after.getWorksheet(computed.name) as Worksheet, computed, rewrite);
  }
  return { run, sheets };
}

function compareSheet(before: Worksheet, after: Worksheet, { plan, accepted }: ComputedSheet, rewrite: (formula: string) => string): void {
  const inserts = plan.insertColumns.map((i) => i.before);
  const landing = landingAfter(inserts);
  const writes = [...plan.writes, ...accepted];
  const targets = new Set(writes.map((w) => `${w.row}:${w.col}`));
  const newColumns = new Set(inserts.map((before, k) => inserts.slice(k + 1).reduce((c, next) => (c >= next ? c + 1 : c), before)));

  const was = cellModels(before);
  const now = cellModels(after);
  for (const [key, model] of was) {
    const [row, col] = key.split(":").map(Number);
    const at = `${row}:${landing(col)}`;
    if (targets.has(at)) continue;
    expect({ at, cell: now.get(at) }).toEqual({ at, cell: moved(model, landing, rewrite) });
  }
  // Cells that were not there before: only the plan's targets and the new columns.
  const landed = new Set([...was.keys()].map((key) => key.split(":").map(Number)).map(([r, c]) => `${r}:${landing(c)}`));
  for (const key of now.keys()) {
    if (landed.has(key) || targets.has(key)) continue;
    expect({ at: key, newColumn: newColumns.has(Number(key.split(":")[1])) }).toEqual({ at: key, newColumn: true });
  }
  for (const write of writes) {
    const cell = after.getCell(write.row, write.col);
    // The file spells newer functions with their _xlfn. prefix (core/edits fileFormula).
    const expected = write.formula ? { formula: fileFormula(write.formula).slice(1), result: write.value === "" ? null : write.value } : { value: write.value };
    const actual = write.formula ? { formula: cell.formula, result: cell.result ?? null } : { value: cell.value };
    expect({ at: cell.address, ...actual }).toEqual({ at: cell.address, ...expected });
    if (write.numberFormat) expect({ at: cell.address, numFmt: cell.numFmt }).toEqual({ at: cell.address, numFmt: write.numberFormat });
  }
  // Widths move with their columns.
  const lastColumn = before.columnCount;
  for (let col = 1; col <= lastColumn; col++) {
    expect({ col, width: after.getColumn(landing(col)).width }).toEqual({ col, width: before.getColumn(col).width });
  }
}

export const fixture = (name: string): string => path.resolve(__dirname, "../../../shared/fixtures", name);
