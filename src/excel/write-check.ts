/**
 * What Compute checks before and while it writes (./write-plan):
 *  - verify: every target still holds what the plan was made from (nothing is written otherwise);
 *  - checkProtection: on a protected sheet, each write is one Excel allows, per cell and per kind
 *    of change, so Compute refuses only what Excel would refuse, before writing anything;
 *  - stillToWrite: after a refused sync (part of which Excel may have carried out), which writes
 *    are still to do, so no cell is written twice and none that changed is written over.
 * Request and response bytes of every load are counted against the budget.
 */
import { cellAddress } from "../core/address";
import type { CellValue, SheetGrid } from "../core/grid";
import { isOwnFormula, type CellWrite, type EditPlan, type ReplaceOffer } from "../core/edits";
import { blocksOf, type CellAt } from "./cell-blocks";
import { ExcelFailure } from "./errors";
import { jsonBytes, WIRE } from "./payload";
import { toCellValue } from "./read";
import type { XlCellProperties, XlClientResult, XlContext, XlRange, XlValue, XlWorksheet } from "./types";

/** What a target must hold for the write to go ahead, in the sheet as it was read (columns before the inserts). */
export interface Expectation {
  row: number;
  col: number;
  /** Estimated bytes of reading the cell back: its value and, if it is ours, a formula like the one planned. */
  bytes: number;
  holds(formula: XlValue, value: XlValue): boolean;
}

/** Rows between two targets read together rather than in two loads. */
const READ_GAP = 4;
/** A target read back beyond its formula: the value and the JSON around both. */
const READ_CELL_BYTES = 40;
const VERIFY_PROPERTIES = ["values", "formulas", "format/protection/locked"];

const key = (row: number, col: number) => `${row},${col}`;

/** Where a column of the sheet as read lands after the plan's inserts; null inside an inserted one. */
export function originalColumn(col: number, inserts: EditPlan["insertColumns"]): number | null {
  let c = col;
  for (const insert of [...inserts].reverse()) {
    if (c === insert.before) return null;
    if (c > insert.before) c--;
  }
  return c;
}

/** The column (as read) whose formats a column lands with: itself, or for an inserted one the nearest on its left (Excel's insert takes the left column's formats). */
function formatSource(col: number, inserts: EditPlan["insertColumns"]): number {
  for (let c = col; c >= 1; c--) {
    const original = originalColumn(c, inserts);
    if (original !== null) return original;
  }
  return 1;
}

export const isFormula = (formula: XlValue) => typeof formula === "string" && formula.startsWith("=");
export const isBlank = (formula: XlValue, value: XlValue) => !isFormula(formula) && (value === "" || value === null || (typeof value === "string" && value.trim() === ""));

/** Values as read now and as read before; an error value reads back as its text ("#REF!"). */
function sameValue(now: CellValue, before: CellValue): boolean {
  const text = (v: CellValue) => (v !== null && typeof v === "object" && "error" in v ? v.error : v instanceof Date ? v.toISOString() : v);
  return text(now) === text(before);
}

export function expectationsOf(plan: EditPlan, accepted: ReplaceOffer[], read?: SheetGrid): Expectation[] {
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

function changed(sheetName: string, row: number, col: number): ExcelFailure {
  const cell = cellAddress(row, col);
  return new ExcelFailure("changed", `${sheetName}!${cell} changed since the check`, undefined, { sheet: sheetName, cell });
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

/**
 * Reads every target back and throws "changed" at the first that no longer holds what the plan
 * expects. Always syncs at least once: the first sync also carries what the caller queued (the
 * sheet's protection). Returns each target's lock as its load read it: per load, true or false for
 * the whole range, null when mixed.
 */
export async function verify(context: XlContext, sheet: XlWorksheet, sheetName: string, expectations: Expectation[], budget: number): Promise<Map<string, boolean | null>> {
  const locks = new Map<string, boolean | null>();
  const pending: { expect: Expectation[]; top: number; range: XlRange }[] = [];
  const request = WIRE.range + WIRE.load + jsonBytes(VERIFY_PROPERTIES);
  let up = 0;
  let down = 0;
  const send = async () => {
    await context.sync();
    for (const { expect, top, range } of pending.splice(0)) {
      const { values, formulas } = range;
      const locked = range.format.protection.locked;
      for (const e of expect) {
        if (!e.holds(formulas[e.row - top][0], values[e.row - top][0])) throw changed(sheetName, e.row, e.col);
        locks.set(key(e.row, e.col), locked);
      }
    }
    up = 0;
    down = 0;
  };
  const byColumn = new Map<number, Expectation[]>();
  for (const e of expectations) {
    const list = byColumn.get(e.col);
    if (list) list.push(e);
    else byColumn.set(e.col, [e]);
  }
  for (const [col, group] of byColumn) {
    const cellBytes = Math.max(...group.map((e) => e.bytes));
    for (const run of clusters(group, READ_GAP, Math.max(1, Math.floor((budget * 0.5) / cellBytes)))) {
      const top = run[0].row;
      const count = run[run.length - 1].row - top + 1;
      const bytes = count * cellBytes + WIRE.result;
      if (pending.length && (up + request > budget || down + bytes > budget)) await send();
      const range = sheet.getRangeByIndexes(top - 1, col - 1, count, 1);
      range.load(VERIFY_PROPERTIES);
      pending.push({ expect: run, top, range });
      up += request;
      down += bytes;
    }
  }
  await send();
  return locks;
}

// ---- protection --------------------------------------------------------------------------------

/** The sheet's protection as Compute's first sync read it. */
export interface Protection {
  protected: boolean;
  allowFormatCells: boolean;
  allowInsertColumns: boolean;
}

interface CellFormat {
  locked: boolean;
  numberFormat: string;
}

/** Each cell's lock and number format (as read), by blocks, within the budget. */
async function readFormats(context: XlContext, sheet: XlWorksheet, cells: CellAt[], budget: number): Promise<Map<string, CellFormat>> {
  const answer = jsonBytes({ format: { protection: { formulaHidden: false, locked: false } } }) + jsonBytes(["General"]) + 2 * WIRE.row;
  const request = 2 * WIRE.range + WIRE.call + WIRE.load + 60;
  const out = new Map<string, CellFormat>();
  const pending: { col: number; top: number; rows: number[]; range: XlRange; props: XlClientResult<XlCellProperties[][]> }[] = [];
  let up = 0;
  let down = 0;
  const send = async () => {
    await context.sync();
    for (const { col, top, rows, range, props } of pending.splice(0)) {
      for (const row of rows) out.set(key(row, col), { locked: props.value[row - top][0].format?.protection?.locked !== false, numberFormat: String(range.numberFormat[row - top][0]) });
    }
    up = 0;
    down = 0;
  };
  for (const block of blocksOf(cells, Math.floor(request / answer), Math.max(1, Math.floor((budget * 0.25) / answer)))) {
    const bytes = (block.bottom - block.top + 1) * answer + 2 * WIRE.result;
    if (pending.length && (up + request > budget || down + bytes > budget)) await send();
    const range = sheet.getRangeByIndexes(block.top - 1, block.col - 1, block.bottom - block.top + 1, 1);
    range.load("numberFormat");
    pending.push({ ...block, range, props: range.getCellProperties({ format: { protection: true } }) });
    up += request;
    down += bytes;
  }
  if (pending.length) await send();
  return out;
}

/**
 * On a protected sheet, refuses (ExcelFailure "protected", naming the cell and the kind of change)
 * what Excel would refuse: inserting columns without "Insert columns"; merging header cells; a
 * value or formula into a locked cell; a number format without "Format cells". A number format a
 * cell already has is not set again, so the write needs no "Format cells". Returns the writes to
 * carry out. `locks` are the targets' locks as verify read them (false spares a per-cell read).
 */
export async function checkProtection(
  context: XlContext,
  sheet: XlWorksheet,
  plan: EditPlan,
  writes: CellWrite[],
  protection: Protection,
  locks: Map<string, boolean | null>,
  budget: number,
): Promise<CellWrite[]> {
  if (!protection.protected) return writes;
  const refuse = (action: string, row?: number, col?: number): never => {
    const cell = row && col ? cellAddress(row, col) : undefined;
    throw new ExcelFailure("protected", `Sheet ${plan.sheet} is protected: ${action}${cell ? ` at ${cell}` : ""} is not allowed`, undefined, {
      sheet: plan.sheet,
      action,
      ...(cell ? { cell } : {}),
    });
  };
  const inserts = plan.insertColumns;
  if (inserts.length && !protection.allowInsertColumns) refuse("insert-columns");
  for (const insert of inserts) if (insert.headerRows.length > 1 || insert.widen.length) refuse("merge", insert.headerRows[0], insert.before);

  // Each written cell, and the cell (as read) whose lock and format it has: itself, or for a new
  // column's cell its left neighbour, whose formats Excel's insert copies.
  const needs = [
    ...inserts.map((i) => ({ row: i.headerRows[0], col: i.before, numberFormat: undefined as string | undefined })),
    ...writes.map((w) => ({ row: w.row, col: w.col, numberFormat: w.numberFormat })),
  ].map((n) => ({ ...n, source: { row: n.row, col: formatSource(n.col, inserts) }, isNew: originalColumn(n.col, inserts) === null }));
  const formatsChecked = !protection.allowFormatCells;
  const unknown = needs.filter((n) => n.isNew || locks.get(key(n.source.row, n.source.col)) !== false || (formatsChecked && n.numberFormat));
  const formats = unknown.length ? await readFormats(context, sheet, unknown.map((n) => n.source), budget) : new Map<string, CellFormat>();
  for (const n of needs) {
    const read = formats.get(key(n.source.row, n.source.col));
    if (read ? read.locked : locks.get(key(n.source.row, n.source.col)) !== false) refuse("edit", n.row, n.col);
    if (formatsChecked && n.numberFormat && read?.numberFormat !== n.numberFormat) refuse("format-cells", n.row, n.col);
  }
  // Every number format asked for is already there: none is set again.
  return formatsChecked ? writes.map((w) => ({ row: w.row, col: w.col, formula: w.formula, value: w.value })) : writes;
}

// ---- after a refused sync ----------------------------------------------------------------------

/**
 * The writes still to do after a sync Excel refused part-way: each target is read back; one
 * holding what was to be written is done, one holding what it held before is still to do, and
 * anything else means the sheet changed meanwhile ("changed": nothing more is written).
 */
export async function stillToWrite(
  context: XlContext,
  sheet: XlWorksheet,
  sheetName: string,
  writes: CellWrite[],
  before: (write: CellWrite) => Expectation | null,
  written: (write: CellWrite, formula: XlValue, value: XlValue) => boolean,
  budget: number,
): Promise<CellWrite[]> {
  const byCell = new Map(writes.map((w) => [key(w.row, w.col), w]));
  const left: CellWrite[] = [];
  const answer = Math.max(...writes.map((w) => READ_CELL_BYTES + jsonBytes(w.formula ?? w.value ?? "")));
  const request = WIRE.range + WIRE.load + jsonBytes(["values", "formulas"]);
  const pending: { col: number; top: number; rows: number[]; range: XlRange }[] = [];
  let down = 0;
  let up = 0;
  const send = async () => {
    await context.sync();
    for (const { col, top, rows, range } of pending.splice(0)) {
      for (const row of rows) {
        const write = byCell.get(key(row, col))!;
        const [formula, value] = [range.formulas[row - top][0], range.values[row - top][0]];
        if (written(write, formula, value)) continue;
        const expected = before(write);
        if (expected ? expected.holds(formula, value) : isBlank(formula, value)) left.push(write);
        else throw changed(sheetName, row, col);
      }
    }
    up = 0;
    down = 0;
  };
  for (const block of blocksOf(writes, READ_GAP, Math.max(1, Math.floor((budget * 0.25) / answer)))) {
    const bytes = (block.bottom - block.top + 1) * answer + WIRE.result;
    if (pending.length && (up + request > budget || down + bytes > budget)) await send();
    const range = sheet.getRangeByIndexes(block.top - 1, block.col - 1, block.bottom - block.top + 1, 1);
    range.load(["values", "formulas"]);
    pending.push({ ...block, range });
    up += request;
    down += bytes;
  }
  if (pending.length) await send();
  return left;
}
