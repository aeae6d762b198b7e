/**
 * Writes queued by estimated request size: a sync goes out whenever the next piece of work would
 * take the request past the budget, so a large write costs as few round trips as the 5 MB limit
 * of Excel on the web allows, and never one per cell.
 *
 * With `recover`, a sync that fails the way a too-large request fails (a payload error, or
 * GeneralException, which older Excel on the web answers instead: see errors.ts) is tried once more,
 * in two smaller syncs. Excel may have carried out part of a failed batch (batches are not
 * transactions), so the writer says which pieces are still to do before the retry.
 */
import { mayBeTooLarge, toFailure, type ExcelFailure } from "./errors";
import { SYNC_BUDGET_BYTES } from "./payload";
import type { XlContext } from "./types";

/** One piece of work: commands queued together, never split across syncs. */
export interface Piece {
  /** Estimated request bytes. */
  bytes: number;
  /** Queues the piece's commands on the context. */
  queue(): void;
  /** The same work as two smaller pieces, for the retry; absent or null when it cannot be split. */
  halves?(): [Piece, Piece] | null;
}

export interface BatchOptions {
  /** Estimated bytes one sync may carry. */
  budget?: number;
  /**
   * After a sync that may have been too large: the pieces still to do (throwing an ExcelFailure,
   * "changed", if the sheet is no longer as planned). Without it a failed sync is not tried again;
   * writes that may safely be repeated (formats, settings) give back every piece.
   */
  recover?(pieces: Piece[], failure: ExcelFailure): Promise<Piece[]>;
  /** Queued before each sync of pieces (suspending screen updating, say). */
  beforeSync?(): void;
}

export class SyncBatcher {
  private pending: Piece[] = [];
  private bytes = 0;
  /** Syncs this batcher sent. */
  syncs = 0;
  /** Failed syncs tried again in two halves. */
  retries = 0;

  private readonly options: BatchOptions;

  /** `options` may be just the budget, as the template writer passes it. */
  constructor(
    private readonly context: XlContext,
    options: BatchOptions | number = {},
  ) {
    this.options = typeof options === "number" ? { budget: options } : options;
  }

  private get budget(): number {
    return this.options.budget ?? SYNC_BUDGET_BYTES;
  }

  /** Queues a piece (or `work` estimated at `bytes`); sends what is queued first if it would not fit. */
  async add(piece: Piece | number, work?: () => void): Promise<void> {
    if (typeof piece === "number") piece = { bytes: piece, queue: work ?? (() => undefined) };
    if (this.pending.length && this.bytes + piece.bytes > this.budget) await this.flush();
    this.pending.push(piece);
    this.bytes += piece.bytes;
  }

  /** Sends whatever is queued, retrying once in halves if the sync may have been too large. */
  async flush(): Promise<void> {
    if (!this.pending.length) return;
    const pieces = this.pending;
    this.pending = [];
    this.bytes = 0;
    try {
      await this.send(pieces);
    } catch (error) {
      const failure = toFailure(error);
      if (!this.options.recover || !mayBeTooLarge(failure)) throw error;
      const left = await this.options.recover(pieces, failure);
      if (!left.length) return;
      const halves = halve(left);
      if (!halves) throw error;
      this.retries++;
      for (const half of halves) await this.send(half);
    }
  }

  private async send(pieces: Piece[]): Promise<void> {
    this.options.beforeSync?.();
    for (const piece of pieces) piece.queue();
    this.syncs++;
    await this.context.sync();
  }
}

/** Codes with which Excel refuses a request before carrying out any of it. */
const REFUSED_UNREAD = new Set(["RequestPayloadSizeLimitExceeded", "PayloadTooLarge"]);

/** True when Excel refused the whole request unread, so none of it was carried out. */
export function nothingRan(failure: ExcelFailure): boolean {
  const cause = failure.cause as { code?: string; debugInfo?: { code?: string } } | undefined;
  return REFUSED_UNREAD.has(cause?.debugInfo?.code ?? cause?.code ?? "");
}

/**
 * The pieces as two syncs of about half the bytes each; a piece larger than half is split first,
 * if it can be. Null when there is nothing to split.
 */
function halve(pieces: Piece[]): [Piece[], Piece[]] | null {
  const total = pieces.reduce((sum, p) => sum + p.bytes, 0);
  const list = pieces.flatMap((p) => (p.bytes > total / 2 ? (p.halves?.() ?? [p]) : [p]));
  if (list.length < 2) return null;
  // The cut that makes the larger side smallest.
  let best = 1;
  let bestMax = Infinity;
  let left = 0;
  for (let cut = 1; cut < list.length; cut++) {
    left += list[cut - 1].bytes;
    const larger = Math.max(left, total - left);
    if (larger < bestMax) [best, bestMax] = [cut, larger];
  }
  return [list.slice(0, best), list.slice(best)];
}

/** Rows per piece so that a run of `rows` rows estimated at `bytes` fits the budget, leaving room for the rest of a sync. */
export function rowsPerPiece(rows: number, bytes: number, budget = SYNC_BUDGET_BYTES): number {
  if (bytes <= budget * 0.9) return rows;
  return Math.max(1, Math.floor((rows * budget * 0.9) / bytes));
}
