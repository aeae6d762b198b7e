/**
 * The words the pane's state, commands and components share. Pure types: importing them pulls in
 * neither React nor Excel, so no state file has to import another to name what it holds.
 */
import type { CellValue, FixKind, Quarter, RememberedDetails, ReplaceOffer, RuleId, SheetGrid, SheetReport } from "../../core";
import type { TemplateFeature, UnreadSheet } from "../../excel";

/** The pane's two views: check and compute, and the templates gallery. */
export type View = "check" | "templates";

/** The command running now; one at a time. */
export type Busy = "check" | "select" | "write" | "mark" | "unmark" | "compute" | "insert" | "fix" | "accept";

/** Commands that write cells: a sheet change seen while one runs is the pane's own. */
export const WRITING: readonly Busy[] = ["write", "compute", "insert", "fix"];

/** Why no annual report was made: the engine's reasons, or no quarter sheet of the year at all. */
export type AnnualRefusal = "no-quarters" | "not-a-report" | "no-quarter" | "same-quarter" | "cumulative" | "years-differ";

/** What the last command did, in the status bar. */
export type Notice =
  | { kind: "written"; cell: string }
  | { kind: "marked"; count: number }
  | { kind: "unmarked"; count: number }
  | { kind: "nothing-to-mark" }
  | { kind: "computed"; cells: number }
  | { kind: "replaced"; count: number }
  | { kind: "nothing-to-compute"; notAForm: boolean }
  | { kind: "inserted"; sheet: string; skipped: TemplateFeature[] }
  | { kind: "fixed"; sheet: string; changes: FixChange[] }
  | { kind: "nothing-to-fix" }
  /** A report made from the plan: its sheet, the plan's measures in it, what this Excel could not take. */
  | { kind: "report-made"; sheet: string; measures: number; skipped: TemplateFeature[] }
  /** The plan sets nothing for the quarter asked: no report sheet was made. */
  | { kind: "nothing-planned"; quarter: Quarter; cumulative: boolean }
  /** The year's report made from the quarter sheets named. */
  | { kind: "annual-made"; sheet: string; measures: number; quarters: string[]; skipped: TemplateFeature[] }
  /** No annual report: why, and the sheet that stopped it. */
  | { kind: "annual-refused"; reason: AnnualRefusal; sheet: string; year: number | null }
  | { kind: "accepted"; cell: string }
  | { kind: "unaccepted"; cell: string };

/** One cell a fix changed, as it was and as it is: what the official may want to put back. */
export interface FixChange {
  cell: string;
  before: CellValue;
  after: CellValue;
}

/** «Перевірити книгу»: every sheet's report, and the sheets too large to read. */
export interface WorkbookCheck {
  reports: SheetReport[];
  unread: UnreadSheet[];
}

/** The engine's fixes, and «Взяти з плану» (the approved plan's value into a report's plan cell). */
export type PaneFixKind = FixKind | "take-from-plan";

/** A fix waiting for the official's yes: it changes `cells.length` cells of user data. */
export interface FixAsk {
  sheet: string;
  kind: PaneFixKind;
  rule: RuleId;
  /** The group's cells the fix was asked for. */
  group: string[];
  /** The cells it will change. */
  cells: string[];
  /** «Взяти з плану»'s writes, made when asked (from the findings' plan cells); the engine's fixes are planned again from the read. */
  offers?: ReplaceOffer[];
}

/** A sheet as read and what the engine said about it. */
export interface Checked {
  grid: SheetGrid;
  report: SheetReport;
}

/** The pane shows a report for `shown` while `active` is the active sheet, and could not follow it by itself. */
export interface OtherSheet {
  shown: string;
  active: string;
}

/** What Compute asks about `sheet` before changing what the user typed. */
export interface ComputeState {
  sheet: string;
  /** A report without "% виконання": waiting for the user to say whether to add it. */
  askPercent: boolean;
  /** Typed totals that disagree with the sum of their quarters, not answered yet. */
  offers: ReplaceOffer[];
}

/** The template details the gallery's form holds (remembered between sessions). */
export type Details = RememberedDetails;
