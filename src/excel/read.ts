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
import type { CellValue, SheetGrid } from "../core/grid";
import { clipArea, parseAreas, type Area } from "../core/address";
import { isDate1904, isDateFormat, serialToDate } from "./dates";
import { jsonBytes, SYNC_BUDGET_BYTES } from "./payload";
import {
  addMerges,
  blockLoads,
  columnBlocks,
  mergeBlocks,
  mergeLoad,
  rowLoad,
  runPlanned,
  SAMPLE_MERGE_COLUMNS,
  type Collected,
  type Piece,
  type PlannedLoad,
  type Shape,
} from "./read-loads";
import type { XlContext, XlRangeAreas, XlValue } from "./types";

export interface ReadOptions {
  /** Read merged areas. Default true; false only for tests and diagnostics. */
  merges?: boolean;
  /** Estimated bytes one sync may carry. Default SYNC_BUDGET_BYTES. */
  budgetBytes?: number;
  /** Rows read in the first sync to measure the sheet. Default 200. */
  sampleRows?: number;
}

/** Guess for a formula's size on the wire, per cell, when the sample holds none. */
const FORMULA_BYTES = 48;
/** Least estimate for a number format on the wire, per cell ("General",). */
const FORMAT_BYTES = 10;
/** Estimates are multiplied by this before planning; a refused sync is retried in pieces anyway. */
const SAFETY = 1.1;

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
