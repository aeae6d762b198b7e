/** What checking one file produced: the engine's sheet reports, or why the file could not be read. */
import type { SheetReport } from "../core/types";
import { verdictOf } from "../core/verdict";
import type { StrayCells } from "../xlsx";
import type { ReadProblem } from "./read-problem";
import type { SheetTitle } from "./sheet-title";

export interface CheckedFile {
  file: string;
  reports: SheetReport[];
  /** Far cells the reader left out of a sheet's grid, per sheet that had any (stray-cells.ts). */
  strays?: StrayCells[];
  /** Each sheet's organisation and period from its title, in the order of `reports`. */
  titles?: SheetTitle[];
}

export interface UnreadableFile {
  file: string;
  problem: ReadProblem;
}

export type FileOutcome = CheckedFile | UnreadableFile;

/**
 * Exit status 2: nothing could be done with a file (unreadable, unwritable) or with the command
 * line itself. The same for every command, as SPEC's `check` sets it.
 */
export const EXIT_CANNOT = 2;

export function isUnreadable(outcome: FileOutcome): outcome is UnreadableFile {
  return "problem" in outcome;
}

/** Exit status per SPEC: 2 if any file could not be read, else 1 if any error-severity finding, else 0. */
export function exitStatus(outcomes: FileOutcome[]): number {
  if (outcomes.some(isUnreadable)) return EXIT_CANNOT;
  const hasError = outcomes.some((o) => !isUnreadable(o) && verdictOf(o.reports).verdict === "fix");
  return hasError ? 1 : 0;
}
