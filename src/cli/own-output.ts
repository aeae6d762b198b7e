/**
 * Pokaznyk's own output met among the inputs. `check --report` writes a results table, which a
 * later `check` of the same folder would list as a file that is no form: it is told by its two
 * sheets' header rows (one language's «Файл, Аркуш, Установа…» and «…Клітинка, Рядок, Правило…»),
 * which survive the office sorting, filtering and re-saving it in Excel, as a file property might
 * not. A marked copy is no such output: it is the centre's own workbook, and may come back fixed.
 * (`consolidate`'s list sheets are told apart by the engine itself: core/consolidation-lists.ts.)
 */
import type { CellValue, SheetGrid } from "../core/grid";
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
