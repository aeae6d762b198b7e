/** What the engine tells about a sheet: the contract shared by the CLI, the task pane and tests. */

export type FormId = "quarterly-report" | "annual-plan" | "action-plan" | "regional-plan" | "program-measures";

export type Severity = "error" | "warning" | "info";

export type Lang = "uk" | "en";

export type InvalidReason = "error" | "negative" | "mixed" | "text-fact" | "word-among-numbers" | "not-a-number";

/** Where a finding is and how much it matters; every rule's finding has these. */
interface FindingBase {
  severity: Severity;
  sheet: string;
  /** A1 address of the cell to look at or fix. */
  cell: string;
  row: number;
  col: number;
}

// `label` in a rule's params is the sheet's own wording of the column the finding is about, when
// it is short enough to quote; messages name the column by its standard name otherwise.

/** A report row's numeric fact is below its plan and the note is empty. */
interface ShortfallUnexplainedFinding extends FindingBase {
  rule: "shortfall-unexplained";
  params: { plan: number; fact: number; label?: string };
}

/** A plan, fact, quarter or total cell holds what cannot be such a value; `value` is the cell as shown. */
interface ValueInvalidFinding extends FindingBase {
  rule: "value-invalid";
  params: { column: ColumnRole; label?: string; value: string; reason: InvalidReason };
}

/** An annual plan row's typed total is not the sum of its quarters. */
interface TotalMismatchFinding extends FindingBase {
  rule: "total-mismatch";
  params: { total: number; sum: number; label?: string };
}

/** A report row has a numeric plan and an empty fact; `formula` when the empty fact is a formula's result. */
interface FactMissingFinding extends FindingBase {
  rule: "fact-missing";
  params: { plan: number; formula: boolean };
}

/** The header lacks a column the form expects (so the sheet has no wording of it to quote). */
interface ColumnMissingFinding extends FindingBase {
  rule: "column-missing";
  params: { column: ColumnRole };
}

/** Nothing to say but where: the cell is empty. */
type NoParams = Record<string, never>;

/** A report's measure has no plan at all. */
interface PlanMissingFinding extends FindingBase {
  rule: "plan-missing";
  params: NoParams;
}

/** A measure names no responsible executor. */
interface ExecutorMissingFinding extends FindingBase {
  rule: "executor-missing";
  params: NoParams;
}

/** A measure names no performance indicator. */
interface IndicatorMissingFinding extends FindingBase {
  rule: "indicator-missing";
  params: NoParams;
}

/** An annual plan row's quarters are numbers but its total is empty, or words (`value`). */
interface TotalMissingFinding extends FindingBase {
  rule: "total-missing";
  params: { sum: number; value?: string; label?: string };
}

/** A measure number is used a second time; `firstRow` holds the first. */
interface NumberDuplicateFinding extends FindingBase {
  rule: "number-duplicate";
  params: { number: string; firstRow: number };
}

/** A measure number does not start with the number of its task or section (`parent`). */
interface NumberHierarchyFinding extends FindingBase {
  rule: "number-hierarchy";
  params: { number: string; parent: string };
}

/** A deadline or period that reads as no date, year, quarter or recurring wording. */
interface DeadlineUnreadableFinding extends FindingBase {
  rule: "deadline-unreadable";
  params: { value: string };
}

/** A deadline's years fall outside the years `from`–`to` the plan's title names. */
interface DeadlineOutsidePeriodFinding extends FindingBase {
  rule: "deadline-outside-period";
  params: { value: string; from: number; to: number };
}

/** A number typed as text; it was counted as `value`. */
interface NumberAsTextFinding extends FindingBase {
  rule: "number-as-text";
  params: { column: ColumnRole; label?: string; value: number };
}

/** A report row's fact is `ratio` (rounded) times its plan or more. */
interface FactFarAbovePlanFinding extends FindingBase {
  rule: "fact-far-above-plan";
  params: { plan: number; fact: number; ratio: number };
}

/** A typed execution percentage `value` disagrees with the `percent` that fact and plan give. */
interface PercentMismatchFinding extends FindingBase {
  rule: "percent-mismatch";
  params: { value: number; percent: number; label?: string };
}

/** What the engine found: one interface per rule, told apart by `rule`, each with the params it sets. */
export type Finding =
  | ShortfallUnexplainedFinding
  | ValueInvalidFinding
  | TotalMismatchFinding
  | FactMissingFinding
  | ColumnMissingFinding
  | PlanMissingFinding
  | ExecutorMissingFinding
  | IndicatorMissingFinding
  | TotalMissingFinding
  | NumberDuplicateFinding
  | NumberHierarchyFinding
  | DeadlineUnreadableFinding
  | DeadlineOutsidePeriodFinding
  | NumberAsTextFinding
  | FactFarAbovePlanFinding
  | PercentMismatchFinding;

export type RuleId = Finding["rule"];

/** The parameters a rule's finding carries. */
export type FindingParams<R extends RuleId> = Extract<Finding, { rule: R }>["params"];

/** One measure row with what was computed for it (null where missing, qualitative or invalid). */
export interface MeasureRow {
  row: number;
  number: string | null;
  measure: string;
  executor: string | null;
  /** Index into SheetReport.sections, or null outside any section. */
  section: number | null;
  plan?: number | null;
  fact?: number | null;
  percent?: number | null;
  quarters?: (number | null)[];
  total?: number | null;
  /** How the row's plan reads: numeric target, qualitative wording, or none. */
  planKind?: "number" | "qualitative" | "empty" | "invalid";
  execution?: ExecutionStatus;
}

export type ExecutionStatus = "full" | "partial" | "none" | "qualitative" | "unknown";

export interface Section {
  row: number;
  title: string;
  number: string | null;
  level: number;
  parent: number | null;
}

/** Where each column role sits; 1-based sheet columns. */
export type ColumnMap = Partial<Record<ColumnRole, number>>;

export type ColumnRole =
  | "number"
  | "task"
  | "goal"
  | "result"
  | "measure"
  | "executor"
  | "indicator"
  | "plan"
  | "fact"
  | "percent"
  | "note"
  | "q1"
  | "q2"
  | "q3"
  | "q4"
  | "total"
  | "period"
  | "deadline";

export interface Tally {
  measures: number;
  full: number;
  partial: number;
  none: number;
  qualitative: number;
  unknown: number;
  /** Mean execution of numeric rows, each capped at 100 %, rounded to one decimal; null if none. */
  execution: number | null;
  /** Measures with numeric targets: a computed percentage (reports) or total (plans). */
  numeric: number;
}

export interface Rollup {
  sheet: Tally;
  sections: { section: number; title: string; tally: Tally }[];
  executors: { executor: string; tally: Tally }[];
}

export interface SheetReport {
  sheet: string;
  form: FormId | null;
  /** The last header row, 1-based; null when the sheet is not a form. */
  headerRow: number | null;
  firstDataRow: number | null;
  lastDataRow: number | null;
  columns: ColumnMap;
  sections: Section[];
  measures: MeasureRow[];
  findings: Finding[];
  rollup: Rollup;
}
