/**
 * Reading a worksheet into the engine's SheetGrid.
 *
 * Round trips: the first sync learns the used range, where the formulas and the error values
 * are, and reads a sample of the top rows (values, formulas, merged areas). From the sample's
 * size the rest is planned into as few syncs as fit SYNC_BUDGET_BYTES each: a sheet of 20,000
 * rows of short entries (up to about 160 bytes a row on the wire) costs two syncs; text-heavy
 * sheets cost more, each still well under Excel on the web's 5 MB limit. If Excel refuses a
 * payload anyway, that part is read again in smaller pieces.
 *
 * `valueTypes` is not loaded: it would cost about 9 bytes a cell just to tell error values from
 * text. The error cells come from getSpecialCells(…, "Errors") instead, a few bytes in all.
 */
import type { CellValue, MergedArea, SheetGrid } from "../core/grid";
import { areaCells, clipArea, parseAreas, type Area } from "../core/address";
import { mayBeTooLarge, toFailure } from "./errors";
import { jsonBytes, SYNC_BUDGET_BYTES } from "./payload";
import type { XlContext, XlRange, XlRangeAreas, XlValue, XlWorksheet } from "./types";

export interface ReadOptions {
  /** Read merged areas. Default true; false only for tests and diagnostics. */
  merges?: boolean;
  /** Estimated bytes one sync may carry. Default SYNC_BUDGET_BYTES. */
  budgetBytes?: number;
  /** Rows read in the first sync to measure the sheet. Default 200. */
  sampleRows?: number;
}

/**
 * Cells per getMergedAreasOrNullObject call. Excel fails the call past 512 merged areas
 * (index.d.ts), and every area it returns has its top-left cell in the block (office-js#3611), so
 * a block of at most 512 cells can never hold more, however the merges run (two-row merges down
 * every column put a merge's top-left in every other row: the usual "columns / 2" estimate
 * overflows there).
 */
const MERGE_BLOCK_CELLS = 512;
/** The first sync knows no width yet: its merge blocks are this wide (and MERGE_BLOCK_CELLS / this tall). */
const SAMPLE_MERGE_COLUMNS = 64;
/** Guess for a formula's size on the wire, per cell, when the sample holds none. */
const FORMULA_BYTES = 48;
/** Estimates are multiplied by this before planning; a refused sync is retried in pieces anyway. */
const SAFETY = 1.1;

interface Shape {
  name: string;
  /** 1-based sheet row and column of the used range's top-left cell. */
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** What the syncs bring back, in sheet coordinates. */
interface Collected {
  /** Raw rows as Excel reports them, indexed from the used range's top row. */
  rows: XlValue[][];
  merges: Map<string, MergedArea>;
  formulas: { area: Area; formulas: XlValue[][] }[];
}

/** One load planned for a later sync, with its estimated response size. */
interface PlannedLoad {
  bytes: number;
  queue(sheet: XlWorksheet): () => void;
  /** Smaller loads covering the same cells, for a retry after a payload refusal. */
  split(): PlannedLoad[] | null;
}

export async function readSheet(context: XlContext, sheetName?: string, options: ReadOptions = {}): Promise<SheetGrid> {
  const withMerges = options.merges ?? true;
  const budget = options.budgetBytes ?? SYNC_BUDGET_BYTES;
  const sampleRows = Math.max(1, options.sampleRows ?? 200);

  // ---- sync 1: shape, where formulas and errors are, a sample of the top rows ----------------
  const sheets = context.workbook.worksheets;
  const sheet = sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
  sheet.load("name");
  const used = sheet.getUsedRange(true);
  used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  const sample = used.getRow(0).getResizedRange(sampleRows - 1, 0);
  sample.load(["values", "formulas"]);
  const formulaAreas = used.getSpecialCellsOrNullObject("Formulas");
  const errorAreas = [
    used.getSpecialCellsOrNullObject("Constants", "Errors"),
    used.getSpecialCellsOrNullObject("Formulas", "Errors"),
  ];
  for (const areas of [formulaAreas, ...errorAreas]) areas.load("address");
  const sampleMerges: XlRangeAreas[] = [];
  if (withMerges) {
    // Fixed-size blocks from the used range's corner: the width is not known before this sync.
    for (const block of mergeBlocks(0, sampleRows, 0, SAMPLE_MERGE_COLUMNS)) {
      const merges = used.getCell(block.row, block.column).getResizedRange(block.rows - 1, block.columns - 1).getMergedAreasOrNullObject();
      merges.load("address");
      sampleMerges.push(merges);
    }
  }
  await context.sync();

  const shape: Shape = {
    name: sheet.name,
    top: used.rowIndex + 1,
    left: used.columnIndex + 1,
    rows: used.rowCount,
    columns: used.columnCount,
  };
  const sampleCount = Math.min(shape.rows, sampleRows);
  const sampleValues = sample.values.slice(0, sampleCount);
  const sampleFormulas = sample.formulas.slice(0, sampleCount);
  const sampleArea: Area = {
    top: shape.top,
    left: shape.left,
    bottom: shape.top + sampleCount - 1,
    right: shape.left + shape.columns - 1,
  };
  const collected: Collected = {
    rows: new Array(shape.rows),
    merges: new Map(),
    formulas: [{ area: sampleArea, formulas: sampleFormulas }],
  };
  sampleValues.forEach((row, i) => (collected.rows[i] = row));
  for (const merges of sampleMerges) addMerges(collected.merges, merges, shape);

  // ---- later syncs: the rows and formulas below the sample, planned by size ------------------
  const rowBytes = Math.max(shape.columns * 4, (SAFETY * jsonBytes(sampleValues)) / Math.max(1, sampleCount));
  const loads: PlannedLoad[] = [];
  const rowsPerLoad = Math.max(1, Math.floor(budget / rowBytes));
  for (let start = sampleCount; start < shape.rows; start += rowsPerLoad) {
    loads.push(rowLoad(shape, start, Math.min(rowsPerLoad, shape.rows - start), rowBytes, withMerges, collected));
  }
  if (withMerges && shape.columns > SAMPLE_MERGE_COLUMNS) {
    // The sample's merges right of the blocks the first sync could size.
    loads.push(mergeLoad(shape, mergeBlocks(0, sampleCount, SAMPLE_MERGE_COLUMNS, shape.columns - SAMPLE_MERGE_COLUMNS), collected));
  }
  if (!formulaAreas.isNullObject && shape.rows > sampleCount) {
    const cellBytes = SAFETY * formulaBytes(sampleFormulas);
    for (const block of formulaBlocks(areasIn(formulaAreas.address, shape), sampleArea.bottom + 1)) {
      loads.push(...formulaLoads(block, budget, cellBytes, collected));
    }
  }
  await runPlanned(context, sheet, loads, budget);

  const errors = new Set<string>();
  for (const areas of errorAreas) {
    if (areas.isNullObject) continue;
    for (const area of areasIn(areas.address, shape)) {
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) errors.add(`${r},${c}`);
    }
  }
  return {
    name: shape.name,
    values: toCellValues(shape, collected.rows, errors),
    top: shape.top,
    left: shape.left,
    merges: [...collected.merges.values()],
    ...(formulaAreas.isNullObject ? {} : { formulas: formulaGrid(shape, collected.formulas) }),
  };
}

/** Packs loads into syncs of at most `budget` estimated bytes. */
async function runPlanned(context: XlContext, sheet: XlWorksheet, loads: PlannedLoad[], budget: number): Promise<void> {
  let group: PlannedLoad[] = [];
  let groupBytes = 0;
  for (const load of loads) {
    if (group.length && groupBytes + load.bytes > budget) {
      await syncGroup(context, sheet, group);
      group = [];
      groupBytes = 0;
    }
    group.push(load);
    groupBytes += load.bytes;
  }
  if (group.length) await syncGroup(context, sheet, group);
}

/**
 * One sync for a group of loads; when Excel refuses the payload, the group is read in smaller
 * pieces. A reasonless GeneralException (how older Excel on the web reports an overflow) gets one
 * such split, not a cascade: if the pieces fail too, the error stands.
 */
async function syncGroup(context: XlContext, sheet: XlWorksheet, group: PlannedLoad[], splitForGeneral = false): Promise<void> {
  const apply = group.map((load) => load.queue(sheet));
  try {
    await context.sync();
  } catch (error) {
    const failure = toFailure(error);
    if (!mayBeTooLarge(failure) || (failure.kind === "general" && splitForGeneral)) throw failure;
    const pieces = group.length > 1 ? group.map((load) => [load]) : group[0].split()?.map((load) => [load]);
    if (!pieces) throw failure;
    for (const piece of pieces) await syncGroup(context, sheet, piece, splitForGeneral || failure.kind === "general");
    return;
  }
  apply.forEach((done) => done());
}

function rowLoad(shape: Shape, start: number, count: number, rowBytes: number, withMerges: boolean, out: Collected): PlannedLoad {
  return {
    bytes: count * rowBytes,
    queue(sheet) {
      const range = sheet.getRangeByIndexes(shape.top - 1 + start, shape.left - 1, count, shape.columns);
      range.load("values");
      const merges = withMerges ? queueMerges(sheet, shape, mergeBlocks(start, count, 0, shape.columns)) : [];
      return () => {
        range.values.forEach((row, i) => (out.rows[start + i] = row));
        for (const areas of merges) addMerges(out.merges, areas, shape);
      };
    },
    split() {
      if (count < 2) return null;
      const size = Math.ceil(count / 4);
      const pieces: PlannedLoad[] = [];
      for (let s = start; s < start + count; s += size) {
        pieces.push(rowLoad(shape, s, Math.min(size, start + count - s), rowBytes, withMerges, out));
      }
      return pieces;
    },
  };
}

/** A block of the used range for one getMergedAreasOrNullObject call: offsets from its top-left cell. */
export interface MergeBlock {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * Rows `start`…`start + count - 1` and columns `left`…`left + width - 1` of the used range (0-based
 * offsets) as blocks of at most MERGE_BLOCK_CELLS cells: as many whole rows as fit, and a row
 * wider than that in pieces.
 */
export function mergeBlocks(start: number, count: number, left: number, width: number): MergeBlock[] {
  const columns = Math.min(width, MERGE_BLOCK_CELLS);
  const rows = Math.max(1, Math.floor(MERGE_BLOCK_CELLS / columns));
  const blocks: MergeBlock[] = [];
  for (let row = start; row < start + count; row += rows) {
    for (let column = left; column < left + width; column += columns) {
      blocks.push({ row, column, rows: Math.min(rows, start + count - row), columns: Math.min(columns, left + width - column) });
    }
  }
  return blocks;
}

function queueMerges(sheet: XlWorksheet, shape: Shape, blocks: MergeBlock[]): XlRangeAreas[] {
  return blocks.map((block) => {
    const areas = sheet.getRangeByIndexes(shape.top - 1 + block.row, shape.left - 1 + block.column, block.rows, block.columns).getMergedAreasOrNullObject();
    areas.load("address");
    return areas;
  });
}

/** Merged areas alone (the sample's, right of what the first sync could size). */
function mergeLoad(shape: Shape, blocks: MergeBlock[], out: Collected): PlannedLoad {
  return {
    bytes: blocks.length * 64,
    queue(sheet) {
      const merges = queueMerges(sheet, shape, blocks);
      return () => merges.forEach((areas) => addMerges(out.merges, areas, shape));
    },
    split() {
      if (blocks.length < 2) return null;
      const middle = Math.ceil(blocks.length / 2);
      return [mergeLoad(shape, blocks.slice(0, middle), out), mergeLoad(shape, blocks.slice(middle), out)];
    },
  };
}

/**
 * The columns holding formulas from `fromRow` down, as few rectangles as possible: adjacent
 * formula columns are joined and each block spans from its first to its last formula row, so
 * scattered formulas cost one load per block, not one per cell.
 */
export function formulaBlocks(areas: Area[], fromRow: number): Area[] {
  const spans = new Map<number, { top: number; bottom: number }>();
  for (const area of areas) {
    if (area.bottom < fromRow) continue;
    const top = Math.max(area.top, fromRow);
    for (let col = area.left; col <= area.right; col++) {
      const span = spans.get(col);
      if (!span) spans.set(col, { top, bottom: area.bottom });
      else {
        span.top = Math.min(span.top, top);
        span.bottom = Math.max(span.bottom, area.bottom);
      }
    }
  }
  const blocks: Area[] = [];
  for (const col of [...spans.keys()].sort((a, b) => a - b)) {
    const span = spans.get(col)!;
    const last = blocks[blocks.length - 1];
    if (last && last.right === col - 1) {
      last.right = col;
      last.top = Math.min(last.top, span.top);
      last.bottom = Math.max(last.bottom, span.bottom);
    } else blocks.push({ top: span.top, bottom: span.bottom, left: col, right: col });
  }
  return blocks;
}

/** Average bytes per formula cell in the sample, or a guess when it holds no formula. */
function formulaBytes(formulas: XlValue[][]): number {
  let bytes = 0;
  let count = 0;
  for (const row of formulas) {
    for (const formula of row) {
      if (typeof formula === "string" && formula.startsWith("=")) {
        bytes += jsonBytes(formula) + 1;
        count++;
      }
    }
  }
  return count ? Math.max(8, bytes / count) : FORMULA_BYTES;
}

function formulaLoads(area: Area, budget: number, cellBytes: number, out: Collected): PlannedLoad[] {
  const width = area.right - area.left + 1;
  const rowsPerLoad = Math.max(1, Math.floor(budget / (width * cellBytes)));
  const loads: PlannedLoad[] = [];
  for (let top = area.top; top <= area.bottom; top += rowsPerLoad) {
    loads.push(formulaLoad({ ...area, top, bottom: Math.min(area.bottom, top + rowsPerLoad - 1) }, cellBytes, out));
  }
  return loads;
}

function formulaLoad(area: Area, cellBytes: number, out: Collected): PlannedLoad {
  return {
    bytes: areaCells(area) * cellBytes,
    queue(sheet) {
      const range: XlRange = sheet.getRangeByIndexes(area.top - 1, area.left - 1, area.bottom - area.top + 1, area.right - area.left + 1);
      range.load("formulas");
      return () => out.formulas.push({ area, formulas: range.formulas });
    },
    split() {
      if (area.top === area.bottom) return null;
      const middle = Math.floor((area.top + area.bottom) / 2);
      return [formulaLoad({ ...area, bottom: middle }, cellBytes, out), formulaLoad({ ...area, top: middle + 1 }, cellBytes, out)];
    },
  };
}

function toCellValues(shape: Shape, rows: XlValue[][], errors: Set<string>): CellValue[][] {
  const out: CellValue[][] = new Array(shape.rows);
  for (let i = 0; i < shape.rows; i++) {
    const row = rows[i] ?? [];
    const cells: CellValue[] = new Array(shape.columns);
    for (let j = 0; j < shape.columns; j++) {
      const isError = errors.size > 0 && errors.has(`${shape.top + i},${shape.left + j}`);
      cells[j] = toCellValue(row[j], isError);
    }
    out[i] = cells;
  }
  return out;
}

/** Excel's value as the engine's CellValue: error cells become {error}, empty becomes null. */
export function toCellValue(value: XlValue, isError = false): CellValue {
  if (isError) return { error: String(value) };
  if (value === "" || value === null || value === undefined) return null;
  return value as CellValue;
}

/** The areas of a RangeAreas address inside the used range: Excel reports whole rows and columns as "5:5" and "A:C". */
function areasIn(address: string, shape: Shape): Area[] {
  const used = { top: shape.top, left: shape.left, bottom: shape.top + shape.rows - 1, right: shape.left + shape.columns - 1 };
  return parseAreas(address).flatMap((area) => clipArea(area, used) ?? []);
}

function addMerges(set: Map<string, MergedArea>, areas: XlRangeAreas, shape: Shape): void {
  if (areas.isNullObject || !areas.address) return;
  for (const area of parseAreas(areas.address)) {
    // A merge may be reported by more than one block; keep one, and only those starting in the
    // used range (the first sync's blocks may reach past its right edge).
    if (area.top < shape.top || area.left < shape.left || area.top >= shape.top + shape.rows || area.left >= shape.left + shape.columns) continue;
    set.set(`${area.top}:${area.left}:${area.bottom}:${area.right}`, area);
  }
}

function formulaGrid(shape: Shape, pieces: Collected["formulas"]): (string | null)[][] {
  const grid: (string | null)[][] = Array.from({ length: shape.rows }, () => new Array(shape.columns).fill(null));
  for (const { area, formulas } of pieces) {
    for (let i = 0; i < formulas.length; i++) {
      for (let j = 0; j < formulas[i].length; j++) {
        const formula = formulas[i][j];
        const r = area.top - shape.top + i;
        const c = area.left - shape.left + j;
        if (typeof formula === "string" && formula.startsWith("=") && r < shape.rows && c < shape.columns) grid[r][c] = formula;
      }
    }
  }
  return grid;
}
