import { SheetView } from "../sheet-view";
import { ColumnRole, Section } from "../types";
import { CellValue } from "../grid";
import { valueFor } from "../cells";
import { readValue } from "../value";
import { roundNoise, sameNumber } from "../compute";
import { FindingList } from "./findings";

/** What the check needs of a table: its measure rows, section headings and total rows. */
export interface TotalsLayout {
  measureRows: readonly number[];
  sections: readonly Section[];
  totals: readonly number[];
  /** Beside measureRows: which measure each row belongs to (rows per bureau under one merged name share it). */
  measureKeys?: readonly string[];
}

/** A value cell as a number to add up, null for nothing to add (empty, a word, `х`), undefined when the sum cannot be known (an Excel error). */
export type SumReader = (cell: CellValue) => number | null | undefined;

/** Excel's SUM: numbers (also typed as text) count, words and blanks do not, an error spoils the sum. */
export const sumReader: SumReader = (cell) => {
  const reading = readValue(cell);
  if (reading.kind === "number") return reading.value;
  if (reading.kind === "invalid") {
    if (reading.reason === "error") return undefined;
    // A negative number still adds up as typed (value-invalid reports it where it is not allowed).
    if (reading.reason === "negative" && typeof cell === "number") return cell;
  }
  return null;
};

/**
 * SPEC `subtotal-mismatch`, for any numeric columns (a report's plan and fact, a plan's quarters and
 * total, a programme's planned, financed and used): a total row's number must equal the sum of the
 * measure rows since the previous total row or section heading, or of all measure rows above it in
 * the table. Read generously where real tables nest: a section's total may also sum from the heading
 * of any section it closes (`Усього за розділом I` under subsections 1.1 and 1.2), and a total row
 * standing above its measures (right under a heading, or first in the table) sums those below it, down to
 * the next total or heading, the end of its section, or the end of the table, and «Усього по центру» under a measure split per bureau may sum that measure's rows alone
 * (the measure above it had no total row). A total row with no number in the column (`х`, empty) or over an Excel error is not judged.
 */
export function checkSubtotals(
  view: SheetView,
  layout: TotalsLayout,
  cols: readonly { col: number; role: ColumnRole }[],
  findings: FindingList,
  read: SumReader = sumReader,
): void {
  if (layout.totals.length === 0 || cols.length === 0) return;
  const boundaries = [...layout.sections.map((s) => s.row), ...layout.totals].sort((a, b) => a - b);
  for (const totalRow of layout.totals) {
    const above = layout.measureRows.filter((r) => r < totalRow);
    const previous = lastBefore(boundaries, totalRow);
    const since = above.filter((r) => r > previous);
    // A total above its measures: what it sums lies below it, to the next total or heading.
    const below = since.length === 0 ? layout.measureRows.filter((r) => r > totalRow && r < firstAfter(boundaries, totalRow)) : [];
    const belowSets = since.length === 0 ? sumsBelow(layout, totalRow, above.length === 0) : [];
    const openers = sectionsClosedBy(layout.sections, totalRow);
    const group = splitMeasureAbove(layout, totalRow);
    for (const { col, role } of cols) {
      const total = read(valueFor(view, totalRow, col));
      if (total === null || total === undefined) continue;
      const sumOf = (rows: readonly number[]) => sum(view, rows, col, read);
      const sinceSum = sumOf(below.length > 0 ? below : since);
      const aboveSum = sumOf(above);
      if (sinceSum === undefined || aboveSum === undefined) continue;
      const candidates = [sinceSum, aboveSum, ...openers.map((from) => sumOf(above.filter((r) => r > from))), ...(group.length > 1 ? [sumOf(group)] : []), ...belowSets.map(sumOf)];
      if (candidates.some((c) => c !== undefined && sameNumber(c, total))) continue;
      findings.add("subtotal-mismatch", totalRow, col, { column: role, total, sum: sinceSum, all: aboveSum, label: findings.label(role) });
    }
  }
}

function sum(view: SheetView, rows: readonly number[], col: number, read: SumReader): number | undefined {
  let total = 0;
  for (const row of rows) {
    const value = read(valueFor(view, row, col));
    if (value === undefined) return undefined;
    if (value !== null) total += value;
  }
  return roundNoise(total);
}

function lastBefore(rows: readonly number[], row: number): number {
  let last = 0;
  for (const r of rows) if (r < row) last = r;
  return last;
}

function firstAfter(rows: readonly number[], row: number): number {
  for (const r of rows) if (r > row) return r;
  return Infinity;
}

/** The headings of the last section above the total row and of every section it lies in. */
function sectionsClosedBy(sections: readonly Section[], totalRow: number): number[] {
  let index = -1;
  for (let k = 0; k < sections.length; k++) if (sections[k].row < totalRow) index = k;
  const rows: number[] = [];
  for (let k: number | null = index < 0 ? null : index; k !== null; k = sections[k].parent) rows.push(sections[k].row);
  return rows;
}

/** The rows of the measure right above the total row, when it is split over several (one per bureau). */
function splitMeasureAbove(layout: TotalsLayout, totalRow: number): number[] {
  const keys = layout.measureKeys;
  if (!keys) return [];
  let last = -1;
  for (let k = 0; k < layout.measureRows.length && layout.measureRows[k] < totalRow; k++) last = k;
  const rows: number[] = [];
  for (let k = last; k >= 0 && keys[k] === keys[last]; k--) rows.push(layout.measureRows[k]);
  return rows;
}

/**
 * What a total standing above its measures may sum: down to the next total row, to the end of the
 * section it heads (subsections included), or — first in the table — every measure below.
 */
function sumsBelow(layout: TotalsLayout, totalRow: number, firstInTable: boolean): number[][] {
  const below = layout.measureRows.filter((r) => r > totalRow);
  const sets = [below.filter((r) => r < firstAfter(layout.totals, totalRow))];
  const headed = layout.sections.filter((s) => s.row < totalRow).at(-1);
  if (headed) {
    const end = layout.sections.find((s) => s.row > totalRow && s.level <= headed.level)?.row ?? Infinity;
    sets.push(below.filter((r) => r < end));
  }
  if (firstInTable) sets.push(below);
  return sets;
}
