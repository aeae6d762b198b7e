/** What the roll-up counts (core/rollup.ts): per sheet, per section and per executor. */

/**
 * How measures fared. Every measure counts once under `measures` and once under its execution
 * (`full` … `unknown`). Its plan counts it under `numeric` (a numeric target: a report's numeric
 * plan, a plan's quarters that give a total) or `qualitative` (a wording), or under neither (no
 * target, or an invalid one: `measures − numeric − qualitative`). One definition everywhere.
 */
export interface Tally {
  measures: number;
  full: number;
  partial: number;
  none: number;
  qualitative: number;
  unknown: number;
  /** Mean execution of numeric rows, each capped at 100 %, rounded to one decimal; null if none. */
  execution: number | null;
  /** Measures with a numeric target (planKind "number"): a report's numeric plan, a plan's quarters with a total. */
  numeric: number;
}

/**
 * One executor's measures. Executor cells that list several ("Директор центру, відділ …") count
 * the measure under each. `others` marks the entry that folds executors with one measure each
 * (their names listed; `executor` is then «інші»), last.
 */
export interface ExecutorTally {
  executor: string;
  tally: Tally;
  others?: string[];
}

export interface Rollup {
  sheet: Tally;
  sections: { section: number; title: string; tally: Tally }[];
  executors: ExecutorTally[];
}
