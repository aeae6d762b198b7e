/**
 * The annual report from four quarters (issue 12): every measure met in any quarter, each
 * quarter's plan and fact referenced live, the year's sums, execution and the gathered notes; and
 * LibreOffice, recalculating the written workbook, gets the engine's figures in every cell.
 */
import path from "node:path";
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { Workbook } from "exceljs";
import { annualReport, checkSheet, templateToGrid } from "../../../src/core";
import type { CellValue, CheckedSheet, SheetGrid } from "../../../src/core";
import { fileFormula } from "../../../src/core/edits";
import { readWorkbookBytes } from "../../../src/xlsx";
import { reportGrid } from "../../helpers/sheets";
import { makeTempDir } from "../../helpers/xlsx";

const ROMAN = ["I", "II", "III", "IV"];

function line(n: string, text: string, plan: CellValue, fact: CellValue, note: CellValue = null): CellValue[] {
  return ["1", "Завдання 1", `${n}. ${text}`, "Відділ", "кількість", plan, fact, note];
}

function quarter(q: number, rows: CellValue[][]): CheckedSheet {
  const grid = reportGrid(rows, { name: `Звіт ${ROMAN[q - 1]} кв` });
  grid.values[1] = [`за ${ROMAN[q - 1]} квартал 2024 року`];
  return { grid, report: checkSheet(grid) };
}

const QUARTERS = [
  quarter(1, [line("1.1", "Лекції", 2, 2), line("1.2", "Буклети", 10, 7, "Затримка друку"), line("1.3", "Співпраця з громадами", "За потребою", "2 зустрічі")]),
  quarter(2, [line("1.1", "Лекції", 3, "3,5"), line("1.3", "Співпраця з громадами", "За потребою", "1 зустріч")]),
  // The third quarter renumbered its measures after adding one: matched by wording.
  quarter(3, [line("1.1", "Лекції", 3, 1, "Канікули"), line("1.2", "Виїзні консультації", 4, 4), line("1.3", "Буклети", 10, 10), line("1.4", "Співпраця з громадами", "За потребою", "-")]),
  quarter(4, [line("1.1", "Лекції", 2, null), line("1.3", "Буклети", 0, 0)]),
];

function made(): { sheet: ReturnType<typeof templateToGrid>; grid: SheetGrid; template: Extract<ReturnType<typeof annualReport>, { ok: true }>["sheet"] } {
  const result = annualReport(QUARTERS, { organisation: "Центру з надання БВПД", responsible: "Петренко П. П." });
  if (!result.ok) throw new Error(result.reason);
  const grid = templateToGrid(result.sheet);
  return { sheet: grid, grid, template: result.sheet };
}

/** Row of the annual report holding a measure, by its wording. */
function rowOf(grid: SheetGrid, text: string): CellValue[] {
  const found = grid.values.find((row) => typeof row[1] === "string" && row[1].includes(text));
  if (!found) throw new Error(`no row for ${text}`);
  return found;
}

describe("an annual report made from the four quarterly reports", () => {
  it("has one row per measure met in any quarter, with the year's plan, fact, execution and notes", () => {
    const { grid } = made();
    const report = checkSheet(grid);
    expect(report.form).toBe("quarterly-report");
    expect(report.measures.map((m) => m.measure)).toEqual(["1.1. Лекції", "1.2. Буклети", "1.3. Співпраця з громадами", "1.2. Виїзні консультації"]);
    // Plan 2+3+3+2, fact 2+3.5+1 (the empty fourth quarter counts nothing).
    expect(rowOf(grid, "Лекції").slice(4, 8)).toEqual([10, 6.5, 0.65, "III кв.: Канікули"]);
    expect(rowOf(grid, "Буклети").slice(4, 8)).toEqual([20, 17, 0.85, "I кв.: Затримка друку"]);
    expect(rowOf(grid, "Співпраця").slice(4, 6)).toEqual(["За потребою", ""]);
    expect(rowOf(grid, "Виїзні").slice(4, 7)).toEqual([4, 4, 1]);
    // The quarters side by side: Буклети was not in the second quarter's report.
    expect(rowOf(grid, "Буклети").slice(8)).toEqual([10, 7, null, null, 10, 10, 0, 0]);
  });

  it("references each quarter's own cell, by the quarter sheet's name", () => {
    const { template } = made();
    const lectures = template.cells.filter((c) => c.row === 7 && c.col >= 9).map((c) => c.formula);
    expect(lectures[0]).toBe(`=IF('Звіт I кв'!F6="","",IFERROR(${numberInRef("'Звіт I кв'!F6")},'Звіт I кв'!F6))`);
    expect(lectures[5]).toContain("'Звіт III кв'!G6");
  });

  it("refuses two reports of one quarter, and a running total", () => {
    expect(annualReport([QUARTERS[0], QUARTERS[0]], { responsible: "" })).toMatchObject({ ok: false, reason: "same-quarter" });
    const running = quarter(2, [line("1.1", "Лекції", 5, 5)]);
    running.grid.values[1] = ["за I півріччя 2024 року"];
    expect(annualReport([QUARTERS[0], running], { responsible: "" })).toMatchObject({ ok: false, reason: "cumulative" });
  });
});

function numberInRef(ref: string): string {
  return `IF(ISNUMBER(${ref}),${ref},NUMBERVALUE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},",","."),"\u00a0",""),"\u202f",""),".",","))`;
}

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
(hasSoffice ? it : it.skip)("LibreOffice recalculates every sum and percentage of the written workbook to the engine's values", async () => {
  const temp = makeTempDir("pokaznyk-annual-");
  try {
    const { template, grid } = made();
    const workbook = new Workbook();
    for (const q of QUARTERS) {
      const sheet = workbook.addWorksheet(q.grid.name);
      q.grid.values.forEach((row, r) => row.forEach((v, c) => v !== null && (sheet.getCell(r + 1, c + 1).value = v as string | number)));
    }
    const annual = workbook.addWorksheet(template.name);
    // Cached results left out on purpose: LibreOffice must compute every one itself.
    for (const cell of template.cells) annual.getCell(cell.row, cell.col).value = cell.formula ? { formula: fileFormula(cell.formula).slice(1) } : (cell.value as string | number | null);
    const file = path.join(temp.dir, "annual.xlsx");
    await workbook.xlsx.writeFile(file);
    const profile = path.join(temp.dir, "profile");
    cpSync(path.resolve(__dirname, "../../../../shared/tools/lo-recalc-profile"), profile, { recursive: true });
    const out = path.join(temp.dir, "out");
    const run = spawnSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", "xlsx", "--outdir", out, file], { encoding: "utf8", timeout: 120_000 });
    expect(run.status).toBe(0);
    const read = readWorkbookBytes(readFileSync(path.join(out, "annual.xlsx")), { inflate: (d, max) => inflateRawSync(d, { maxOutputLength: max }) });
    if (!read.ok) throw new Error(read.problem.kind);
    const recalculated = read.grids.find((g) => g.name === template.name) as SheetGrid;
    const formulaCells = template.cells.filter((c) => c.formula);
    expect(formulaCells.length).toBeGreaterThan(30);
    for (const cell of formulaCells) {
      const expected = grid.values[cell.row - 1][cell.col - 1];
      const got = recalculated.values[cell.row - recalculated.top]?.[cell.col - recalculated.left] ?? null;
      const same = typeof expected === "number" ? typeof got === "number" && Math.abs(got - expected) < 1e-9 : (got ?? "") === (expected ?? "");
      if (!same) throw new Error(`${template.name}!R${cell.row}C${cell.col} ${cell.formula}: LibreOffice ${JSON.stringify(got)}, engine ${JSON.stringify(expected)}`);
    }
  } finally {
    temp.cleanup();
  }
}, 180_000);
