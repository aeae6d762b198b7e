/** What checking one file produced: the engine's sheet reports, or why the file could not be read. */
import type { SheetReport } from "../core/types";
import { verdictOf } from "../core/verdict";
import type { ReadProblem } from "./read-problem";

export interface CheckedFile {
  file: string;
  reports: SheetReport[];
}

export interface UnreadableFile {
  file: string;
  problem: ReadProblem;
}

export type FileOutcome = CheckedFile | UnreadableFile;

export function isUnreadable(outcome: FileOutcome): outcome is UnreadableFile {
  return "problem" in outcome;
}

/** Exit status per SPEC: 2 if any file could not be read, else 1 if any error-severity finding, else 0. */
export function exitStatus(outcomes: FileOutcome[]): number {
  if (outcomes.some(isUnreadable)) return 2;
  const hasError = outcomes.some((o) => !isUnreadable(o) && verdictOf(o.reports).verdict === "fix");
  return hasError ? 1 : 0;
}
