import path from "path";
import type { CellValue, SheetGrid } from "../../src/core/grid";
import { FakeExcel, type SheetJson, type WorkbookJson } from "../../src/fake-excel";
import { clone } from "../../src/fake-excel/model";
import { xlsxToJson } from "../../src/preview/fixtures/xlsx-to-json";

export const FIXTURES = path.resolve(__dirname, "../../../shared/fixtures");

const cache = new Map<string, Promise<WorkbookJson>>();

/** A fixture workbook as the fake's JSON (converted once per test file). */
export function fixtureJson(name: string): Promise<WorkbookJson> {
  if (!cache.has(name)) cache.set(name, xlsxToJson(path.join(FIXTURES, `${name}.xlsx`)));
  return cache.get(name)!.then((json) => clone(json));
}

export async function fixtureExcel(name: string): Promise<FakeExcel> {
  return FakeExcel.fromJson(await fixtureJson(name));
}

/** What readSheet should return for a sheet, computed straight from the JSON, not through the fake. */
export function expectedGrid(sheet: SheetJson): SheetGrid {
  const cells = sheet.cells.filter((c) => c.v !== undefined || c.f !== undefined);
  const top = Math.min(...cells.map((c) => c.r));
  const left = Math.min(...cells.map((c) => c.c));
  const bottom = Math.max(...cells.map((c) => c.r));
  const right = Math.max(...cells.map((c) => c.c));
  const values: CellValue[][] = Array.from({ length: bottom - top + 1 }, () => new Array(right - left + 1).fill(null));
  for (const c of cells) values[c.r - top][c.c - left] = (c.v ?? null) as CellValue;
  return { name: sheet.name, values, top, left, merges: [] };
}

const WORDS = ["Проведення", "інформаційно-роз'яснювальних", "заходів", "щодо", "доступу", "до", "безоплатної", "правової", "допомоги", "громадян"];

function text(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 3) % WORDS.length]);
  return out.join(" ");
}

export interface BigSheetOptions {
  rows: number;
  /** Words in the measure text; typical reports have long ones. */
  measureWords?: number;
  /** Merge the task column over every block of this many rows. */
  mergeEvery?: number;
  /** Put a formula in every Nth row's percent column. */
  formulaEvery?: number;
}

/** A quarterly report of `rows` measure rows, as the fake's JSON. */
export function bigReport(options: BigSheetOptions): WorkbookJson {
  const { rows, measureWords = 4, mergeEvery = 0, formulaEvery = 0 } = options;
  const cells: SheetJson["cells"] = [];
  const header = ["№ з/п", "Найменування завдання", "Найменування заходу", "Відповідальний виконавець", "Показник", "План", "Факт", "Примітка у разі недовиконання плану", "% виконання"];
  header.forEach((v, i) => cells.push({ r: 1, c: i + 1, v }));
  const merges: string[] = [];
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    const plan = (i % 9) + 1;
    const fact = i % 5 === 0 ? plan - 1 : plan;
    cells.push({ r, c: 1, v: `1.${Math.floor(i / 100) + 1}.${(i % 100) + 1}` });
    if (!mergeEvery || i % mergeEvery === 0) cells.push({ r, c: 2, v: `Завдання ${Math.floor(i / 10) + 1}` });
    cells.push({ r, c: 3, v: text(i, measureWords) });
    cells.push({ r, c: 4, v: `Відділ ${(i % 7) + 1}` });
    cells.push({ r, c: 5, v: "Кількість заходів" });
    cells.push({ r, c: 6, v: plan });
    cells.push({ r, c: 7, v: fact });
    if (formulaEvery && i % formulaEvery === 0) cells.push({ r, c: 9, v: fact / plan, f: `=G${r}/F${r}` });
    if (mergeEvery && i % mergeEvery === 0 && i + mergeEvery <= rows) merges.push(`B${r}:B${r + mergeEvery - 1}`);
  }
  return { sheets: [{ name: "Звіт", cells, merges }] };
}
