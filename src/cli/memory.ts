/**
 * Peak memory of a big check. Reading a 100,000-row workbook leaves ~100 MB of garbage (the
 * inflated parts, their XML text, the reader's cell lists), and checking leaves more; V8 grows
 * the heap rather than collect it before the next phase allocates, so the run's peak was the sum
 * of the phases (~345 MB) though no phase needs more than ~250 MB. A full collection between
 * phases keeps the peak at the largest phase's for ~50 ms of CPU. Only after a big workbook: a
 * small one leaves little garbage, and a full collection of a big heap (a test runner's) with
 * little to free is all cost.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** A workbook file this big (~25,000 rows and up) is worth a collection after reading it. */
const BIG_WORKBOOK_BYTES = 1024 * 1024;

let collect: (() => void) | null | undefined;
let bigRun = false;

/** A full garbage collection after reading a workbook of this many bytes, if it was big. */
export function releaseGarbageAfterReading(fileBytes: number): void {
  if (fileBytes < BIG_WORKBOOK_BYTES) return;
  bigRun = true;
  runCollector();
}

/** A full garbage collection before output, if the run read a big workbook. */
export function releaseGarbage(): void {
  if (bigRun) runCollector();
}

/**
 * A full garbage collection now, for a command that knows it has let go of much: consolidate,
 * every hundred files read and between rows of a thousand centres' links.
 */
export function releaseGarbageNow(): void {
  runCollector();
}

function runCollector(): void {
  if (collect === undefined) collect = garbageCollector();
  collect?.();
}

/** V8's gc(), which Node exposes only under --expose-gc: the flag set now, the function taken from a fresh context. */
function garbageCollector(): (() => void) | null {
  try {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("typeof gc === 'function' ? gc : null");
    return typeof gc === "function" ? (gc as () => void) : null;
  } catch {
    return null;
  }
}
