/**
 * The list sheets `consolidate` (and the pane's «Зведення») write beside a summary: centres,
 * unexplained shortfalls, measures not in every centre. Their headers («Найменування заходу»,
 * «Показник») make them look nearly like an action plan; they are the tool's own sheets, and no
 * «Схоже на …» should send the office to rename their columns. Told by their names and header
 * rows, which consolidate/lists.ts gives.
 */
import { Consolidation, centresList, partialList, shortfallsList } from "./consolidate";
import type { SheetGrid } from "./grid";

/** The lists' names and header rows, as consolidate writes them (an empty consolidation's lists have no rows). */
const LISTS = [centresList, shortfallsList, partialList].map((list) => {
  const sheet = list(new Consolidation("quarterly-report"));
  return { name: sheet.name, headers: sheet.columns.map((c) => c.header) };
});

/** A list sheet a consolidation wrote: its own name, its header row from A1. */
export function isConsolidationList(grid: SheetGrid): boolean {
  if (grid.top !== 1 || grid.left !== 1) return false;
  const row = grid.values[0] ?? [];
  return LISTS.some((list) => list.name === grid.name && list.headers.every((h, k) => row[k] === h));
}
