/**
 * The later syncs of a sheet read (./read): loads planned by their estimated size, packed into
 * syncs under the budget and split when Excel refuses one anyway; rows of values with their
 * merged areas, and per-cell properties (formulas, number formats) over column blocks.
 */
import type { MergedArea } from "../core/grid";
import { areaCells, parseAreas, type Area } from "../core/address";
import { mayBeTooLarge, toFailure } from "./errors";
import type { XlContext, XlRange, XlRangeAreas, XlValue, XlWorksheet } from "./types";

/**
 * Cells per getMergedAreasOrNullObject call. Excel fails the call past 512 merged areas
 * (index.d.ts), and every area it returns has its top-left cell in the block (office-js#3611), so
 * a block of at most 512 cells can never hold more, however the merges run (two-row merges down
 * every column put a merge's top-left in every other row: the usual "columns / 2" estimate
 * overflows there).
 */
const MERGE_BLOCK_CELLS = 512;
/** The first sync knows no width yet: its merge blocks are this wide (and MERGE_BLOCK_CELLS / this tall). */
export const SAMPLE_MERGE_COLUMNS = 64;
export interface Shape {
  name: string;
  /** 1-based sheet row and column of the used range's top-left cell. */
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** One rectangle's worth of a per-cell property (formulas, number formats), in sheet coordinates. */
export interface Piece {
  area: Area;
  cells: XlValue[][];
}

/** What the syncs bring back, in sheet coordinates. */
export interface Collected {
  /** Raw rows as Excel reports them, indexed from the used range's top row. */
  rows: XlValue[][];
  merges: Map<string, MergedArea>;
  formulas: Piece[];
  /** Number formats: the sample's, then the blocks below it that hold numbers. */
  formats: Piece[];
}

/** One load planned for a later sync, with its estimated response size. */
export interface PlannedLoad {
  bytes: number;
  queue(sheet: XlWorksheet): () => void;
  /** Smaller loads covering the same cells, for a retry after a payload refusal. */
  split(): PlannedLoad[] | null;
}

/** Packs loads into syncs of at most `budget` estimated bytes. */
export async function runPlanned(context: XlContext, sheet: XlWorksheet, loads: PlannedLoad[], budget: number): Promise<void> {
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

export function rowLoad(shape: Shape, start: number, count: number, rowBytes: number, withMerges: boolean, out: Collected): PlannedLoad {
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
export function mergeLoad(shape: Shape, blocks: MergeBlock[], out: Collected): PlannedLoad {
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

type BlockProperty = "formulas" | "numberFormat";

export function blockLoads(property: BlockProperty, area: Area, budget: number, cellBytes: number, out: Piece[]): PlannedLoad[] {
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

export function addMerges(set: Map<string, MergedArea>, areas: XlRangeAreas, shape: Shape): void {
  if (areas.isNullObject || !areas.address) return;
  for (const area of parseAreas(areas.address)) {
    // A merge may be reported by more than one block; keep one, and only those starting in the
    // used range (the first sync's blocks may reach past its right edge).
    if (area.top < shape.top || area.left < shape.left || area.top >= shape.top + shape.rows || area.left >= shape.left + shape.columns) continue;
    set.set(`${area.top}:${area.left}:${area.bottom}:${area.right}`, area);
  }
}
