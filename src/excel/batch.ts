/**
 * Writes queued by estimated request size: a sync goes out whenever the next piece of work would
 * take the request past the budget, so a large write costs as few round trips as the 5 MB limit
 * of Excel on the web allows, and never one per cell.
 */
import { SYNC_BUDGET_BYTES } from "./payload";
import type { XlContext } from "./types";

export class SyncBatcher {
  private bytes = 0;
  private queued = 0;
  /** Syncs this batcher sent. */
  syncs = 0;

  constructor(
    private readonly context: XlContext,
    private readonly budget = SYNC_BUDGET_BYTES,
  ) {}

  /** Queues `work` (which queues commands) estimated at `bytes`; sends what is queued first if it would not fit. */
  async add(bytes: number, work: () => void): Promise<void> {
    if (this.queued && this.bytes + bytes > this.budget) await this.flush();
    work();
    this.bytes += bytes;
    this.queued++;
  }

  /** Sends whatever is queued. */
  async flush(): Promise<void> {
    if (!this.queued) return;
    this.bytes = 0;
    this.queued = 0;
    this.syncs++;
    await this.context.sync();
  }
}

/** Rows per piece so that a run of `rows` rows estimated at `bytes` fits the budget, leaving room for the rest of a sync. */
export function rowsPerPiece(rows: number, bytes: number, budget = SYNC_BUDGET_BYTES): number {
  if (bytes <= budget * 0.9) return rows;
  return Math.max(1, Math.floor((rows * budget * 0.9) / bytes));
}
