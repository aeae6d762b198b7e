/** What the engine tells about a sheet: the contract shared by the CLI, the task pane and tests. */
import type { Rollup } from "./tally";

export type FormId = "quarterly-report" | "annual-plan" | "action-plan" | "regional-plan" | "program-measures" | "program-execution";

export type Severity = "error" | "warning" | "info";

export type Lang = "uk" | "en";

export type InvalidReason = "error" | "negative" | "mixed" | "text-fact" | "word-among-numbers" | "not-a-number" | "text-money";

/** Why and when an official accepted a warning or tip on a cell (see core/acceptances.ts). */
export interface AcceptedNote {
  reason: string;
  /** ISO 8601 time of the acceptance. */
  at: string;
}

/** Where a finding is and how much it matters; every rule's finding has these. */
interface FindingBase {
  severity: Severity;
  sheet: string;
  /** A1 address of the cell to look at or fix. */
  cell: string;
  row: number;
  col: number;
  /**
   * Set by `applyAcceptances` when the official accepted this warning or tip and the cell still
   * holds the value it held then: shown as accepted, not counted against the verdict.
   */
  accepted?: AcceptedNote;
}

// `label` in a rule's params is the sheet's own wording of the column the finding is about, when
// it is short enough to quote; messages name the column by its standard name otherwise.

/** A report row's numeric fact is below its plan and the note is empty. */
interface ShortfallUnexplainedFinding extends FindingBase {
  rule: "shortfall-unexplained";
  params: { plan: number; fact: number; label?: string };
}

/**
 * A plan, fact, quarter or total cell holds what cannot be such a value; `value` is the cell as shown.
 * `noted` when the row's note is already filled in (a negative fact explained there): the message
 * then asks only for the number.
 */
interface ValueInvalidFinding extends FindingBase {
  rule: "value-invalid";
  params: { column: ColumnRole; label?: string; value: string; reason: InvalidReason; noted?: true };
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

/**
 * A typed execution percentage `value` disagrees with the `percent` that fact and plan give.
 * `shown` is the typed value in percent units as the cell most likely shows it: 0.5 formatted as
 * a percent is 50, a typed 75 is 75 (whichever reading is nearer the computed percent).
 */
interface PercentMismatchFinding extends FindingBase {
  rule: "percent-mismatch";
  /** `basis` on a programme execution row: the percent is of money used (or financed) ÷ planned. */
  params: { value: number; shown: number; percent: number; label?: string; basis?: "used" | "financed" };
}

/** Where on a form sheet a cell lies: the title block, a section heading, a measure row, or the signatures below. */
export type SheetPlace = "title" | "section" | "measure" | "signature";

/** A template's placeholder (`value`, cut to 120 characters) still stands in a form that is being filled in. */
interface PlaceholderLeftFinding extends FindingBase {
  rule: "placeholder-left";
  params: { value: string; place: SheetPlace };
}

/**
 * A recognised form none of whose `measures` rows (0 for a fresh template) holds a value in the
 * `columns` that would hold one: nothing to check or send yet.
 */
interface FormEmptyFinding extends FindingBase {
  rule: "form-empty";
  params: { form: FormId; measures: number; columns: ColumnRole[] };
}

/** A shortfall's note (`note`, as written) holds no letters, or only says it was done: no reason given. */
interface ExplanationWeakFinding extends FindingBase {
  rule: "explanation-weak";
  params: { plan: number; fact: number; note: string; label?: string };
}

/**
 * A `% виконання` cell holds an Excel error or text (`value` as shown); `percent` is what fact and
 * plan give, or null when they give none.
 */
interface PercentInvalidFinding extends FindingBase {
  rule: "percent-invalid";
  params: { value: string; kind: "error" | "text"; percent: number | null; label?: string };
}

/** Where a reconciled report's approved values come from (SPEC "Reconciliation"). */
interface ApprovedSource {
  /** The report's last quarter, and whether its figures run from the start of the year. */
  quarter: 1 | 2 | 3 | 4;
  cumulative: boolean;
  /** The plan sheet, and the cell the approved value comes from (the quarter's, or the measure's). */
  planSheet: string;
  planCell: string;
}

/**
 * A report row's plan (`plan`, as typed: a number or a wording) is not the approved plan's value
 * for the period: `approved` a number, a qualitative wording, or null when nothing is planned then.
 */
interface PlanDiffersFromApprovedFinding extends FindingBase {
  rule: "plan-differs-from-approved";
  params: ApprovedSource & { plan: number | string; approved: number | string | null; label?: string };
}

/** A report's measure (`number`, `measure` cut to 80 characters) has no match in the plan sheet. */
interface MeasureNotInPlanFinding extends FindingBase {
  rule: "measure-not-in-plan";
  params: { number: string | null; measure: string; planSheet: string };
}

/**
 * A plan measure with a numeric target `approved` for the period has no row in the report; the
 * finding stands at the report row it would come before (or the row after the table).
 */
interface MeasureNotReportedFinding extends FindingBase {
  rule: "measure-not-reported";
  params: ApprovedSource & { number: string | null; measure: string; approved: number };
}

/**
 * A programme execution row (SPEC `program-execution`): money `planned` > 0, `used` (or financed,
 * where there is no used column: `column`) below it, and no note.
 */
interface UnderspendUnexplainedFinding extends FindingBase {
  rule: "underspend-unexplained";
  params: { planned: number; used: number; column: "used" | "financed"; label?: string };
}

/**
 * A programme execution row's typed `deviation` is not `expected` (used − planned, or planned − used
 * where the sheet's first full row writes it that way: `sign`).
 */
interface DeviationMismatchFinding extends FindingBase {
  rule: "deviation-mismatch";
  params: { deviation: number; expected: number; sign: "used-minus-planned" | "planned-minus-used"; label?: string };
}

/**
 * A total row's `total` in `column` is neither the sum of the rows since the previous total row or
 * section heading (`sum`) nor the sum of every row above it in the table (`all`).
 */
interface SubtotalMismatchFinding extends FindingBase {
  rule: "subtotal-mismatch";
  params: { column: ColumnRole; total: number; sum: number; all: number; label?: string };
}

/**
 * Below the sheet's table, from `headerRow`, a further table begins (its own header); it was not
 * read as rows of the first nor checked. `form` when that header alone reads as one of the forms.
 */
interface TableNotCheckedFinding extends FindingBase {
  rule: "table-not-checked";
  params: { headerRow: number; form: FormId | null };
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
  | PercentMismatchFinding
  | PlaceholderLeftFinding
  | FormEmptyFinding
  | ExplanationWeakFinding
  | PercentInvalidFinding
  | PlanDiffersFromApprovedFinding
  | MeasureNotInPlanFinding
  | MeasureNotReportedFinding
  | UnderspendUnexplainedFinding
  | DeviationMismatchFinding
  | SubtotalMismatchFinding
  | TableNotCheckedFinding;

export type RuleId = Finding["rule"];

/**
 * The one-click fixes (core/edits/fixes.ts): numbers stored as text to numbers, the same for those
 * with stray spaces around them, a typed `% виконання` or total to the live formula.
 */
export type FixKind = "numbers-as-text" | "trim-spaces" | "percent-formula" | "total-formula";

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
  /** A programme execution row's money, тис. грн (null where missing or invalid). */
  planned?: number | null;
  financed?: number | null;
  used?: number | null;
  /** The deviation as typed, sign as written (may be negative); null where missing or unreadable. */
  deviation?: number | null;
  /** The row's financing source (`Джерела фінансування`), as written. */
  source?: string | null;
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
  | "deadline"
  /** A period split over two columns (`Початок` / `Закінчення`): its first and last date. */
  | "start"
  | "end"
  /** `Од. виміру`: never a value, never the indicator. */
  | "units"
  | "source"
  | "planned"
  | "financed"
  | "used"
  | "deviation";

// The roll-up's shapes live beside it; every consumer keeps importing them from here.
export type { Tally, ExecutorTally, Rollup } from "./tally";

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
  /** The sheet's own header wording of each recognised column, spaces collapsed (for group summaries). */
  headers?: Partial<Record<ColumnRole, string>>;
  /** A quarterly report reconciled with an annual plan: that plan's sheet (SPEC "Reconciliation"). */
  reconciledWith?: string;
  /** A sheet that is not a form, but whose header nearly is one: what it lacks. */
  nearly?: NearlyForm;
}

/** The form a header nearly is (`headerRow` its last row), and the columns it lacks to be one. */
export interface NearlyForm {
  form: FormId;
  headerRow: number;
  missing: ColumnRole[];
}
