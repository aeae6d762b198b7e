/**
 * Reading a worksheet into the engine's SheetGrid.
 *
 * Round trips: the first sync learns the used range, where the formulas, the numbers and the
 * error values are, the date system, and reads a sample of the top rows (values, formulas,
 * number formats, merged areas). From the sample's size the rest is planned into as few syncs as
 * fit SYNC_BUDGET_BYTES each: a sheet of 20,000 rows of up to about 180 bytes a row on the wire
 * (short entries and the formats of its number columns) costs two or three syncs; text-heavy
 * sheets cost more, each still well under Excel on the web's 5 MB limit. If Excel refuses a
 * payload anyway, that part is read again in smaller pieces.
 *
 * `valueTypes` is not loaded: it would cost about 9 bytes a cell just to tell error values from
 * text. The error cells come from getSpecialCells(…, "Errors") instead, a few bytes in all.
 *
 * Dates arrive as serial numbers (31.12.2021 is 44561), told from other numbers only by their
 * number format; they become the Date exceljs gives the CLI (./dates). `numberFormat` costs about
 * 10 bytes a cell ("General",), so it is loaded with the sample's values, where it saves a round
 * trip, and below the sample only over the columns where getSpecialCells finds numbers.
 */
import type { CellValue, MergedArea, SheetGrid } from "../core/grid";
import { areaCells, clipArea, parseAreas, type Area } from "../core/address";
import { isDate1904, isDateFormat, serialToDate } from "./dates";
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
/** Least estimate for a number format on the wire, per cell ("General",). */
const FORMAT_BYTES = 10;
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

/** One rectangle's worth of a per-cell property (formulas, number formats), in sheet coordinates. */
interface Piece {
  area: Area;
  cells: XlValue[][];
}

/** What the syncs bring back, in sheet coordinates. */
interface Collected {
  /** Raw rows as Excel reports them, indexed from the used range's top row. */
  rows: XlValue[][];
  merges: Map<string, MergedArea>;
  formulas: Piece[];
  /** Number formats: the sample's, then the blocks below it that hold numbers. */
  formats: Piece[];
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
  // The top rows, but not past the used range's bottom: padding rows would cost ~10 bytes a cell.
  const sample = used.getRow(0).getResizedRange(sampleRows - 1, 0).getIntersection(used);
  sample.load(["values", "formulas", "numberFormat"]);
  const formulaAreas = used.getSpecialCellsOrNullObject("Formulas");
  const errorAreas = [
    used.getSpecialCellsOrNullObject("Constants", "Errors"),
    used.getSpecialCellsOrNullObject("Formulas", "Errors"),
  ];
  // Where numbers are (dates are numbers): below the sample, only these columns need a format.
  const numberAreas = [
    used.getSpecialCellsOrNullObject("Constants", "Numbers"),
    used.getSpecialCellsOrNullObject("Formulas", "Numbers"),
  ];
  for (const areas of [formulaAreas, ...errorAreas, ...numberAreas]) areas.load("address");
  // DATE(1904, 1, 1) is 1462 in the 1900 date system and 0 in the 1904 one.
  const dateSystem = context.workbook.functions.date(1904, 1, 1);
  dateSystem.load("value");
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
  const sampleFormats = sample.numberFormat.slice(0, sampleCount);
  const sampleArea: Area = {
    top: shape.top,
    left: shape.left,
    bottom: shape.top + sampleCount - 1,
    right: shape.left + shape.columns - 1,
  };
  const collected: Collected = {
    rows: new Array(shape.rows),
    merges: new Map(),
    formulas: [{ area: sampleArea, cells: sampleFormulas }],
    formats: [{ area: sampleArea, cells: sampleFormats }],
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
    for (const block of columnBlocks(areasIn(formulaAreas.address, shape), sampleArea.bottom + 1)) {
      loads.push(...blockLoads("formulas", block, budget, cellBytes, collected.formulas));
    }
  }
  const numbers = numberAreas.flatMap((areas) => (areas.isNullObject ? [] : areasIn(areas.address, shape)));
  if (numbers.length && shape.rows > sampleCount) {
    const cellBytes = SAFETY * Math.max(FORMAT_BYTES, jsonBytes(sampleFormats) / Math.max(1, sampleCount * shape.columns));
    for (const block of columnBlocks(numbers, sampleArea.bottom + 1)) {
      loads.push(...blockLoads("numberFormat", block, budget, cellBytes, collected.formats));
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
  const dates = numbers.length ? dateCells(shape, collected.formats) : new Set<string>();
  const date1904 = isDate1904(dateSystem.value);
  return {
    name: shape.name,
    values: toCellValues(shape, collected.rows, errors, dates, date1904),
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
 * One sync for a group of loads; when Excel refuses the payload, the group is read load by load,
 * and a load that is refused alone in smaller pieces. A reasonless GeneralException (how older
 * Excel on the web reports an overflow) gets one such split of a load, not a cascade: if the
 * pieces fail too, the error stands.
 */
async function syncGroup(context: XlContext, sheet: XlWorksheet, group: PlannedLoad[], splitForGeneral = false): Promise<void> {
  const apply = group.map((load) => load.queue(sheet));
  try {
    await context.sync();
  } catch (error) {
    const failure = toFailure(error);
    if (!mayBeTooLarge(failure) || (failure.kind === "general" && splitForGeneral)) throw failure;
    if (group.length > 1) {
      for (const load of group) await syncGroup(context, sheet, [load], splitForGeneral);
      return;
    }
    const pieces = group[0].split();
    if (!pieces) throw failure;
    for (const piece of pieces) await syncGroup(context, sheet, [piece], splitForGeneral || failure.kind === "general");
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
 * The columns holding `areas` (formulas, numbers) from `fromRow` down, as few rectangles as
 * possible: adjacent columns are joined and each block spans from its first to its last row in
 * them, so scattered cells cost one load per block, not one per cell.
 */
export function columnBlocks(areas: Area[], fromRow: number): Area[] {
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

type BlockProperty = "formulas" | "numberFormat";

function blockLoads(property: BlockProperty, area: Area, budget: number, cellBytes: number, out: Piece[]): PlannedLoad[] {
  const width = area.right - area.left + 1;
  const rowsPerLoad = Math.max(1, Math.floor(budget / (width * cellBytes)));
  const loads: PlannedLoad[] = [];
  for (let top = area.top; top <= area.bottom; top += rowsPerLoad) {
    loads.push(blockLoad(property, { ...area, top, bottom: Math.min(area.bottom, top + rowsPerLoad - 1) }, cellBytes, out));
  }
  return loads;
}

function blockLoad(property: BlockProperty, area: Area, cellBytes: number, out: Piece[]): PlannedLoad {
  return {
    bytes: areaCells(area) * cellBytes,
    queue(sheet) {
      const range: XlRange = sheet.getRangeByIndexes(area.top - 1, area.left - 1, area.bottom - area.top + 1, area.right - area.left + 1);
      range.load(property);
      return () => out.push({ area, cells: range[property] });
    },
    split() {
      if (area.top === area.bottom) return null;
      const middle = Math.floor((area.top + area.bottom) / 2);
      return [blockLoad(property, { ...area, bottom: middle }, cellBytes, out), blockLoad(property, { ...area, top: middle + 1 }, cellBytes, out)];
    },
  };
}

/** The cells ("row,col" in sheet coordinates) whose number format shows a date. */
function dateCells(shape: Shape, pieces: Piece[]): Set<string> {
  const dates = new Set<string>();
  for (const { area, cells } of pieces) {
    for (let i = 0; i < cells.length && area.top + i < shape.top + shape.rows; i++) {
      for (let j = 0; j < cells[i].length; j++) if (isDateFormat(cells[i][j])) dates.add(`${area.top + i},${area.left + j}`);
    }
  }
  return dates;
}

function toCellValues(shape: Shape, rows: XlValue[][], errors: Set<string>, dates: Set<string>, date1904: boolean): CellValue[][] {
  const out: CellValue[][] = new Array(shape.rows);
  for (let i = 0; i < shape.rows; i++) {
    const row = rows[i] ?? [];
    const cells: CellValue[] = new Array(shape.columns);
    for (let j = 0; j < shape.columns; j++) {
      const key = `${shape.top + i},${shape.left + j}`;
      const isError = errors.size > 0 && errors.has(key);
      const value = row[j];
      cells[j] = typeof value === "number" && !isError && dates.size > 0 && dates.has(key) ? serialToDate(value, date1904) : toCellValue(value, isError);
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

function formulaGrid(shape: Shape, pieces: Piece[]): (string | null)[][] {
  const grid: (string | null)[][] = Array.from({ length: shape.rows }, () => new Array(shape.columns).fill(null));
  for (const { area, cells: formulas } of pieces) {
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
