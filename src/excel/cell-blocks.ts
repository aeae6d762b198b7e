/**
 * Reading and setting many cells' formats in few, small requests: one getCellProperties or
 * setCellProperties per block, a block being the rows of one column close enough together to
 * share a range (`{}` for the rows in between, which setCellProperties leaves alone).
 *
 * Whether two cells share a block is a matter of bytes: a row in between costs its empty answer
 * (reads) or `{}` (writes, 5 bytes), a new range costs its path and call (~310 to 480 bytes).
 */
import type { Piece } from "./batch";
import { jsonBytes, SYNC_BUDGET_BYTES, WIRE } from "./payload";
import type { XlCellProperties, XlCellPropertiesLoad, XlContext, XlWorksheet } from "./types";

export interface CellAt {
  row: number;
  col: number;
}

/** Rows `top`…`bottom` of column `col`; `rows` are the cells wanted in it. */
export interface Block {
  col: number;
  top: number;
  bottom: number;
  rows: number[];
}

/**
 * The cells in blocks: per column, rows in order, a new block when the gap is over `maxGap` rows
 * or the block would pass `maxRows`.
 */
export function blocksOf(cells: CellAt[], maxGap: number, maxRows: number): Block[] {
  const byColumn = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const rows = byColumn.get(col) ?? [];
    rows.push(row);
    byColumn.set(col, rows);
  }
  const blocks: Block[] = [];
  for (const col of [...byColumn.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byColumn.get(col))].sort((a, b) => a - b);
    let block: Block | null = null;
    for (const row of rows) {
      if (block && row - block.bottom - 1 <= maxGap && row - block.top < maxRows) {
        block.bottom = row;
        block.rows.push(row);
      } else {
        block = { col, top: row, bottom: row, rows: [row] };
        blocks.push(block);
      }
    }
  }
  return blocks;
}

const key = (row: number, col: number) => `${row},${col}`;

export interface ReadOptions {
  /** Response bytes already expected of the first sync (a settings load, say). */
  firstReserve?: number;
  budget?: number;
}

/**
 * Every cell's properties (`load`), read by blocks in as few syncs as the budget allows; the first
 * sync also carries whatever the caller queued before. `sample` is the largest answer one cell
 * may get, for the estimate. Keys are "row,col". Always syncs at least once.
 */
export async function readProperties(
  context: XlContext,
  sheet: XlWorksheet,
  cells: CellAt[],
  load: XlCellPropertiesLoad,
  sample: XlCellProperties,
  options: ReadOptions = {},
): Promise<Map<string, XlCellProperties>> {
  const budget = options.budget ?? SYNC_BUDGET_BYTES;
  const answer = jsonBytes(sample) + WIRE.row;
  const request = WIRE.range + WIRE.call + jsonBytes(load);
  // A row in between costs an answer; a new block costs its request and a result.
  const maxGap = Math.floor((request + WIRE.result) / answer);
  // Blocks of at most a quarter of a sync, so they pack well next to whatever else a sync carries.
  const maxRows = Math.max(1, Math.floor((budget * 0.25) / answer));
  const out = new Map<string, XlCellProperties>();
  const pending: { block: Block; result: { readonly value: XlCellProperties[][] } }[] = [];
  let up = 0;
  let down = options.firstReserve ?? 0;
  const send = async () => {
    await context.sync();
    for (const { block, result } of pending.splice(0)) {
      for (const row of block.rows) out.set(key(row, block.col), result.value[row - block.top][0]);
    }
    up = 0;
    down = 0;
  };
  for (const block of blocksOf(cells, maxGap, maxRows)) {
    const bytes = (block.bottom - block.top + 1) * answer + WIRE.result;
    // Nothing queued yet but the caller's own loads (down > 0): those go first, alone, if need be.
    if ((pending.length || down) && (up + request > budget || down + bytes > budget)) await send();
    const range = sheet.getRangeByIndexes(block.top - 1, block.col - 1, block.bottom - block.top + 1, 1);
    pending.push({ block, result: range.getCellProperties(load) });
    up += request;
    down += bytes;
  }
  await send();
  return out;
}

/** Per "row,col", what to set on the cell. */
export type CellWrites = Map<string, XlCellProperties>;

/**
 * setCellProperties pieces over blocks of the cells to write, for a SyncBatcher. A piece halves
 * into two blocks of fewer rows for a retry; the rows in between stay `{}`.
 */
export function writePieces(sheet: XlWorksheet, writes: CellWrites, budget = SYNC_BUDGET_BYTES): Piece[] {
  const cells = [...writes.keys()].map((k) => {
    const [row, col] = k.split(",").map(Number);
    return { row, col };
  });
  const call = WIRE.range + WIRE.call;
  const empty = jsonBytes({}) + WIRE.row;
  const widest = Math.max(empty, ...[...writes.values()].map((p) => jsonBytes(p) + WIRE.row));
  const maxGap = Math.floor(call / empty);
  const maxRows = Math.max(1, Math.floor((budget * 0.9) / widest));
  return blocksOf(cells, maxGap, maxRows).map((block) => blockPiece(sheet, block, writes));
}

function blockPiece(sheet: XlWorksheet, block: Block, writes: CellWrites): Piece {
  const props: XlCellProperties[][] = [];
  let bytes = WIRE.range + WIRE.call;
  for (let row = block.top; row <= block.bottom; row++) {
    const cell = writes.get(key(row, block.col)) ?? {};
    props.push([cell]);
    bytes += jsonBytes(cell) + WIRE.row;
  }
  return {
    bytes,
    queue: () => sheet.getRangeByIndexes(block.top - 1, block.col - 1, props.length, 1).setCellProperties(props),
    halves: () => {
      if (block.rows.length < 2) return null;
      const mid = Math.ceil(block.rows.length / 2);
      const part = (rows: number[]): Block => ({ col: block.col, top: rows[0], bottom: rows[rows.length - 1], rows });
      return [blockPiece(sheet, part(block.rows.slice(0, mid)), writes), blockPiece(sheet, part(block.rows.slice(mid)), writes)];
    },
  };
}
