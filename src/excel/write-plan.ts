/**
 * Carries out the engine's EditPlan on a worksheet (the same semantics as core's applyEdits):
 * whole columns inserted with their header, then number formats and live formulas.
 *
 * Round trips: one to make sure every target still holds what the plan was made from (the user
 * may have typed since the check; nothing is written if anything changed), then the writes, in
 * as few syncs as the payload budget allows. Contiguous targets of a column go as one 2-D array.
 * Compute on a 20,000-row sheet: 2 syncs (the read before it costs 1-2 more, see read.ts).
 */
import { cellAddress, columnLetter } from "../core/address";
import type { CellValue, SheetGrid } from "../core/grid";
import { isOwnFormula, type CellWrite, type EditPlan, type ReplaceOffer } from "../core/edits";
import { rowsPerPiece, SyncBatcher } from "./batch";
import { asText } from "./cells";
import { ExcelFailure } from "./errors";
import { jsonBytes, SYNC_BUDGET_BYTES } from "./payload";
import { toCellValue } from "./read";
import type { XlContext, XlRange, XlValue, XlWorksheet } from "./types";

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

/** What a target must hold for the write to go ahead, in the sheet as it was read. */
interface Expectation {
  row: number;
  col: number;
  /** Estimated bytes of reading the cell back: its value and, if it is ours, a formula like the one planned. */
  bytes: number;
  holds(formula: XlValue, value: XlValue): boolean;
}

/** Contiguous targets of one column with the same number format: one 2-D write. */
interface Run {
  col: number;
  top: number;
  writes: CellWrite[];
}

/** Rows between two targets read together rather than in two loads. */
const READ_GAP = 4;
/** A target read back beyond its formula: the value and the JSON around both. */
const READ_CELL_BYTES = 40;
/** Bytes of a command's own envelope on the wire, beyond its data. */
const COMMAND_BYTES = 120;

export async function writeEditPlan(context: XlContext, plan: EditPlan, options: WritePlanOptions = {}): Promise<WritePlanResult> {
  const budget = options.budgetBytes ?? SYNC_BUDGET_BYTES;
  const accepted = options.accepted ?? [];
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  const expectations = expectationsOf(plan, accepted, options.read);
  if (expectations.length) await verify(context, sheet, plan.sheet, expectations, budget);

  const batch = new SyncBatcher(context, budget);
  for (const insert of plan.insertColumns) {
    await batch.add(COMMAND_BYTES * 4 + jsonBytes(insert.header), () => queueInsert(sheet, insert));
  }
  const writes = unique([...plan.writes, ...accepted.map((o) => o.write)]);
  for (const run of runsOf(writes)) {
    const bytes = runBytes(run.writes);
    const size = rowsPerPiece(run.writes.length, bytes, budget);
    for (let start = 0; start < run.writes.length; start += size) {
      const piece = { ...run, top: run.top + start, writes: run.writes.slice(start, start + size) };
      await batch.add(size === run.writes.length ? bytes : runBytes(piece.writes), () => queueRun(sheet, piece));
    }
  }
  await batch.flush();
  return { written: writes.length, insertedColumns: plan.insertColumns.length };
}

// ---- checking the targets first ----------------------------------------------------------------

/** Where a column of the sheet as read lands after the plan's inserts; null inside an inserted one. */
function originalColumn(col: number, inserts: EditPlan["insertColumns"]): number | null {
  let c = col;
  for (const insert of [...inserts].reverse()) {
    if (c === insert.before) return null;
    if (c > insert.before) c--;
  }
  return c;
}

const isFormula = (formula: XlValue) => typeof formula === "string" && formula.startsWith("=");
const isBlank = (formula: XlValue, value: XlValue) => !isFormula(formula) && (value === "" || value === null || (typeof value === "string" && value.trim() === ""));

/** Values as read now and as read before; an error value reads back as its text ("#REF!"). */
function sameValue(now: CellValue, before: CellValue): boolean {
  const text = (v: CellValue) => (v !== null && typeof v === "object" && "error" in v ? v.error : v instanceof Date ? v.toISOString() : v);
  return text(now) === text(before);
}

function expectationsOf(plan: EditPlan, accepted: ReplaceOffer[], read?: SheetGrid): Expectation[] {
  const out: Expectation[] = [];
  const targets = [...plan.writes.map((write) => ({ write, offer: undefined as ReplaceOffer | undefined })), ...accepted.map((offer) => ({ write: offer.write, offer }))];
  for (const { write, offer } of targets) {
    const col = originalColumn(write.col, plan.insertColumns);
    if (col === null) continue; // a new column: nothing there to lose
    const row = write.row;
    const bytes = READ_CELL_BYTES + (offer ? jsonBytes(offer.current) : 0);
    if (read) {
      const i = row - read.top;
      const j = col - read.left;
      const wasFormula = read.formulas?.[i]?.[j] ?? null;
      const wasValue = read.values[i]?.[j] ?? null;
      out.push({ row, col, bytes: bytes + jsonBytes(wasFormula ?? wasValue), holds: (formula, value) => (wasFormula ? formula === wasFormula : !isFormula(formula) && sameValue(toCellValue(value), wasValue)) });
    } else if (offer) {
      out.push({ row, col, bytes, holds: (_formula, value) => sameValue(toCellValue(value), offer.current) });
    } else {
      out.push({ row, col, bytes: bytes + jsonBytes(write.formula ?? ""), holds: (formula, value) => isBlank(formula, value) || (!!write.formula && isOwnFormula(String(formula), write.formula)) });
    }
  }
  return out;
}

interface Load {
  expect: Expectation[];
  top: number;
  range: XlRange;
}

async function verify(context: XlContext, sheet: XlWorksheet, sheetName: string, expectations: Expectation[], budget: number): Promise<void> {
  sheet.protection.load("protected");
  const pending: Load[] = [];
  let bytes = 0;
  const send = async () => {
    await context.sync();
    if (sheet.protection.protected) throw new ExcelFailure("protected", `Sheet ${sheetName} is protected`, undefined, { sheet: sheetName });
    for (const load of pending.splice(0)) check(load, sheetName);
    bytes = 0;
  };
  for (const [col, group] of groupBy(expectations, (e) => e.col)) {
    const cellBytes = Math.max(...group.map((e) => e.bytes));
    for (const run of clusters(group, READ_GAP, Math.max(1, Math.floor(budget / cellBytes)))) {
      const top = run[0].row;
      const count = run[run.length - 1].row - top + 1;
      if (pending.length && bytes + count * cellBytes > budget) await send();
      const range = sheet.getRangeByIndexes(top - 1, col - 1, count, 1);
      range.load(["values", "formulas"]);
      pending.push({ expect: run, top, range });
      bytes += count * cellBytes;
    }
  }
  await send();
}

function check(load: Load, sheetName: string): void {
  const { values, formulas } = load.range;
  for (const e of load.expect) {
    const i = e.row - load.top;
    if (!e.holds(formulas[i][0], values[i][0])) {
      const cell = cellAddress(e.row, e.col);
      throw new ExcelFailure("changed", `${sheetName}!${cell} changed since the check`, undefined, { sheet: sheetName, cell });
    }
  }
}

/** Targets sorted by row, in clusters whose gaps are at most `gap` rows and spans at most `max` rows. */
function clusters(items: Expectation[], gap: number, max: number): Expectation[][] {
  const sorted = [...items].sort((a, b) => a.row - b.row);
  const out: Expectation[][] = [];
  for (const item of sorted) {
    const last = out[out.length - 1];
    if (last && item.row - last[last.length - 1].row <= gap && item.row - last[0].row < max) last.push(item);
    else out.push([item]);
  }
  return out;
}

// ---- the writes --------------------------------------------------------------------------------

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

function runBytes(writes: CellWrite[]): number {
  let bytes = COMMAND_BYTES * 2;
  for (const w of writes) bytes += jsonBytes(formulaOrValue(w)) + 4 + (w.numberFormat ? jsonBytes(w.numberFormat) + 4 : 0);
  return bytes;
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
  for (const [col, group] of groupBy(writes, (w) => w.col)) {
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

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
