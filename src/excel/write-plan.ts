/**
 * Carries out the engine's EditPlan on a worksheet (the same semantics as core's applyEdits):
 * whole columns inserted with their header, then number formats and live formulas.
 *
 * Round trips: first, one (more for very long plans) to make sure every target still holds what
 * the plan was made from (the user may have typed since the check; nothing is written if anything
 * changed), with the sheet's protection: a protected sheet gets what Excel allows, per cell, and a
 * clear refusal otherwise, before anything is written (./write-check). Before a column goes in,
 * the sheet's marks are taken off (./marks: an insert would move them and copy them into the new
 * column). Then the writes, in as few syncs as the payload budget allows; contiguous targets of a
 * column go as one 2-D array. A write sync Excel refuses as too large is tried once more in two
 * halves, after reading back what it had already written. Compute on a 20,000-row sheet: 2 syncs
 * (the read before it costs 1-2 more, see read.ts).
 */
import { cellAddress, columnLetter } from "../core/address";
import type { SheetGrid } from "../core/grid";
import { isOwnFormula, type CellWrite, type EditPlan, type ReplaceOffer } from "../core/edits";
import { nothingRan, rowsPerPiece, SyncBatcher, type Piece } from "./batch";
import { asText } from "./cells";
import { queueMarksOverview, unmarkLoaded } from "./marks";
import { jsonBytes, SYNC_BUDGET_BYTES, WIRE } from "./payload";
import { toCellValue } from "./read";
import type { XlContext, XlValue, XlWorksheet } from "./types";
import { checkProtection, expectationsOf, isFormula, originalColumn, stillToWrite, verify, type Expectation } from "./write-check";

export interface WritePlanOptions {
  /** Offers the user accepted; each is written only if its cell still holds the value offered. */
  accepted?: ReplaceOffer[];
  /**
   * The sheet as read when the plan was made: every target must still hold exactly what it held
   * then. Without it a target must be blank or hold the formula about to be written.
   */
  read?: SheetGrid;
  /** Estimated bytes one sync may carry. Default SYNC_BUDGET_BYTES. */
  budgetBytes?: number;
}

export interface WritePlanResult {
  /** Cells written (the plan's writes and the accepted offers). */
  written: number;
  insertedColumns: number;
}

/** Contiguous targets of one column with the same number format: one 2-D write. */
interface Run {
  col: number;
  top: number;
  writes: CellWrite[];
}

/** A piece of the write: a run of targets, or the column insert (never tried twice unless Excel ran none of it). */
interface WritePiece extends Piece {
  writes: CellWrite[];
  insert?: boolean;
}

export async function writeEditPlan(context: XlContext, plan: EditPlan, options: WritePlanOptions = {}): Promise<WritePlanResult> {
  const budget = options.budgetBytes ?? SYNC_BUDGET_BYTES;
  const accepted = options.accepted ?? [];
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  sheet.protection.load("protected,options");
  const marks = plan.insertColumns.length ? queueMarksOverview(context) : null;
  const expectations = expectationsOf(plan, accepted, options.read);
  const locks = await verify(context, sheet, plan.sheet, expectations, budget);
  const { protected: isProtected, options: allowed } = sheet.protection;
  const writes = await checkProtection(
    context,
    sheet,
    plan,
    unique([...plan.writes, ...accepted.map((o) => o.write)]),
    { protected: isProtected, allowFormatCells: !!allowed.allowFormatCells, allowInsertColumns: !!allowed.allowInsertColumns },
    locks,
    budget,
  );
  if (marks) await unmarkLoaded(context, marks, plan.sheet);

  const expected = new Map(expectations.map((e) => [`${e.row},${e.col}`, e]));
  const before = (w: CellWrite): Expectation | null => {
    const col = originalColumn(w.col, plan.insertColumns);
    return col === null ? null : (expected.get(`${w.row},${col}`) ?? null);
  };
  const batch = new SyncBatcher(context, {
    budget,
    recover: async (pieces, failure) => {
      const failed = pieces as WritePiece[];
      if (nothingRan(failure)) return failed;
      // Excel may have run part of the sync: an insert cannot be told apart from the rest, a write can.
      if (failed.some((p) => p.insert)) throw failure;
      const left = await stillToWrite(context, sheet, plan.sheet, failed.flatMap((p) => p.writes), before, written, budget);
      return runsOf(left).map((run) => runPiece(sheet, run));
    },
  });
  for (const insert of plan.insertColumns) await batch.add(insertPiece(sheet, insert));
  for (const run of runsOf(writes)) {
    const size = rowsPerPiece(run.writes.length, runBytes(run.writes), budget);
    for (let start = 0; start < run.writes.length; start += size) {
      await batch.add(runPiece(sheet, { ...run, top: run.top + start, writes: run.writes.slice(start, start + size) }));
    }
  }
  await batch.flush();
  return { written: writes.length, insertedColumns: plan.insertColumns.length };
}

// ---- the writes --------------------------------------------------------------------------------

function insertPiece(sheet: XlWorksheet, insert: EditPlan["insertColumns"][number]): WritePiece {
  // The insert, the header's value, its merge and the widened group titles.
  const bytes = WIRE.range + WIRE.call + WIRE.range + WIRE.set + jsonBytes(insert.header) + (WIRE.range + WIRE.call) * (1 + insert.widen.length);
  return { bytes, writes: [], insert: true, queue: () => queueInsert(sheet, insert) };
}

function queueInsert(sheet: XlWorksheet, insert: EditPlan["insertColumns"][number]): void {
  const letter = columnLetter(insert.before);
  // Excel's own insert: cells, merges and every formula that refers to them move right.
  sheet.getRange(`${letter}:${letter}`).insert("Right");
  const first = insert.headerRows[0];
  const last = insert.headerRows[insert.headerRows.length - 1];
  sheet.getRange(cellAddress(first, insert.before)).values = [[asText(insert.header)]];
  if (last > first) sheet.getRange(`${cellAddress(first, insert.before)}:${cellAddress(last, insert.before)}`).merge(false);
  // The group title now stands over the new column too; merging over a merge absorbs it.
  for (const group of insert.widen) sheet.getRange(`${cellAddress(group.top, group.left)}:${cellAddress(group.bottom, group.right + 1)}`).merge(false);
}

/** What goes into `range.formulas` for a write: its formula, or its value as Excel should keep it. */
function formulaOrValue(write: CellWrite): XlValue {
  if (write.formula) return write.formula;
  const value = write.value ?? null;
  if (value === null) return "";
  if (typeof value === "string") return asText(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") return value.error;
  return value;
}

/** Whether a target read back holds what the write put there. */
function written(write: CellWrite, formula: XlValue, value: XlValue): boolean {
  if (write.formula) return isFormula(formula) && isOwnFormula(String(formula), write.formula);
  const want = formulaOrValue(write);
  return !isFormula(formula) && (value === want || String(toCellValue(value)) === String(toCellValue(typeof want === "string" ? want.replace(/^'/, "") : want)));
}

/**
 * Request bytes of a run, as the real client sends it (payload.ts): the range, a property set per
 * array (number formats, formulas), and per cell its JSON and the row's brackets.
 */
function runBytes(writes: CellWrite[]): number {
  const format = writes[0].numberFormat;
  let bytes = WIRE.range + WIRE.set + (format ? WIRE.set : 0);
  for (const w of writes) bytes += jsonBytes(formulaOrValue(w)) + WIRE.row + (format ? jsonBytes(format) + WIRE.row : 0);
  return bytes;
}

function runPiece(sheet: XlWorksheet, run: Run): WritePiece {
  return {
    bytes: runBytes(run.writes),
    writes: run.writes,
    queue: () => queueRun(sheet, run),
    halves: () => {
      if (run.writes.length < 2) return null;
      const mid = Math.ceil(run.writes.length / 2);
      return [runPiece(sheet, { ...run, writes: run.writes.slice(0, mid) }), runPiece(sheet, { ...run, top: run.top + mid, writes: run.writes.slice(mid) })];
    },
  };
}

function queueRun(sheet: XlWorksheet, run: Run): void {
  const range = sheet.getRangeByIndexes(run.top - 1, run.col - 1, run.writes.length, 1);
  // The number format first: Excel then shows each result formatted as it arrives.
  const format = run.writes[0].numberFormat;
  if (format) range.numberFormat = run.writes.map(() => [format]);
  range.formulas = run.writes.map((w) => [formulaOrValue(w)]);
}

function unique(writes: CellWrite[]): CellWrite[] {
  const byCell = new Map<string, CellWrite>();
  for (const w of writes) byCell.set(`${w.row},${w.col}`, w);
  return [...byCell.values()];
}

function runsOf(writes: CellWrite[]): Run[] {
  const runs: Run[] = [];
  const byColumn = new Map<number, CellWrite[]>();
  for (const w of writes) {
    const list = byColumn.get(w.col);
    if (list) list.push(w);
    else byColumn.set(w.col, [w]);
  }
  for (const [col, group] of byColumn) {
    group.sort((a, b) => a.row - b.row);
    for (const w of group) {
      const last = runs[runs.length - 1];
      const prev = last?.writes[last.writes.length - 1];
      if (last && last.col === col && prev.row === w.row - 1 && prev.numberFormat === w.numberFormat) last.writes.push(w);
      else runs.push({ col, top: w.row, writes: [w] });
    }
  }
  return runs;
}
