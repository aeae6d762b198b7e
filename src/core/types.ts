/** What the engine tells about a sheet: the contract shared by the CLI, the task pane and tests. */

export type FormId = "quarterly-report" | "annual-plan" | "action-plan" | "regional-plan" | "program-measures";

export type Severity = "error" | "warning" | "info";

export type Lang = "uk" | "en";

export type RuleId =
  | "shortfall-unexplained"
  | "value-invalid"
  | "total-mismatch"
  | "fact-missing"
  | "column-missing"
  | "plan-missing"
  | "executor-missing"
  | "indicator-missing"
  | "total-missing"
  | "number-duplicate"
  | "number-hierarchy"
  | "deadline-unreadable"
  | "deadline-outside-period"
  | "number-as-text"
  | "fact-far-above-plan"
  | "percent-mismatch";

/** Parameters a message template may use; all optional, each rule uses its own. */
export interface FindingParams {
  /** The column's role; `label` is the sheet's own wording of it, when short enough to quote. */
  column?: string;
  label?: string;
  value?: string;
  plan?: number;
  fact?: number;
  total?: number;
  sum?: number;
  number?: string;
  parent?: string;
  firstRow?: number;
  reason?: InvalidReason;
  period?: string;
  ratio?: number;
  /** The cell holds a formula (its result is what was read). */
  formula?: boolean;
}

export type InvalidReason = "error" | "negative" | "mixed" | "text-fact" | "word-among-numbers" | "not-a-number";

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell to look at or fix. */
  cell: string;
  row: number;
  col: number;
  params: FindingParams;
}

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
