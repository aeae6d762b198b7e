/**
 * Pokaznyk's own output met among the inputs. `check --report` writes a results table, which a
 * later `check` of the same folder would list as a file that is no form: it is told by its two
 * sheets' header rows (one language's «Файл, Аркуш, Установа…» and «…Клітинка, Рядок, Правило…»),
 * which survive the office sorting, filtering and re-saving it in Excel, as a file property might
 * not. A marked copy is no such output: it is the centre's own workbook, and may come back fixed.
 * `consolidate`'s lists (centres, unexplained shortfalls, measures not in every centre) are told
 * by their names and header rows, which core/consolidate/lists.ts gives: they are no forms, and no
 * «Схоже на …» should send the office to rename their columns.
 */
import type { CellValue, SheetGrid } from "../core/grid";
import type { SheetReport } from "../core/types";
import { Consolidation, centresList, partialList, shortfallsList } from "../core/consolidate";
import { officeText } from "./office-text";

export function isCheckReport(grids: readonly SheetGrid[]): boolean {
  return Object.values(officeText).some(({ report }) => {
    const has = (headers: Record<string, string>) => grids.some((g) => holdsAll(firstRow(g), Object.values(headers)));
    return has(report.summaryHeaders) && has(report.findingsHeaders);
  });
}

function firstRow(grid: SheetGrid): CellValue[] {
  return grid.top === 1 ? (grid.values[0] ?? []) : [];
}

function holdsAll(row: CellValue[], headers: string[]): boolean {
  const texts = new Set(row.map((v) => (typeof v === "string" ? v.trim() : "")));
  return headers.every((h) => texts.has(h));
}

/** The lists' names and header rows, as consolidate writes them (the rows of an empty consolidation are none). */
const CONSOLIDATION_LISTS = [centresList, shortfallsList, partialList].map((list) => {
  const sheet = list(new Consolidation("quarterly-report"));
  return { name: sheet.name, headers: sheet.columns.map((c) => c.header) };
});

/** A list sheet `consolidate` wrote beside its summary: its own name, its header row from A1. */
export function isConsolidationList(grid: SheetGrid): boolean {
  const row = firstRow(grid);
  return grid.left === 1 && CONSOLIDATION_LISTS.some((list) => list.name === grid.name && list.headers.every((h, k) => row[k] === h));
}

/** The report of a consolidation's list: a sheet that is not a form, saying nothing of what it nearly is. */
export function asConsolidationList(report: SheetReport): SheetReport {
  if (report.nearly === undefined) return report;
  const plain = { ...report };
  delete plain.nearly;
  return plain;
}
