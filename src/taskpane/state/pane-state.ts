/**
 * The pane's state as data: what it shows, which command runs, what Compute asks. The commands
 * (`commands.ts`) do the Excel work and say what happened as actions; `paneReducer` turns them
 * into the next state. Pure: no React, no Excel, so it is tested on its own.
 */
import type { Acceptance, Quarter, ReplaceOffer, SheetReport } from "../../core";
import type { ExcelFailure, TemplateFeature, UnreadSheet } from "../../excel";
import { WRITING, type AnnualRefusal, type Busy, type Checked, type ComputeState, type Details, type FixAsk, type FixChange, type Notice, type OtherSheet, type View, type WorkbookCheck } from "./types";

export interface PaneState {
  view: View;
  /** The command running; one at a time. */
  busy: Busy | null;
  /** What Excel refused during the last command. */
  failure: ExcelFailure | null;
  /** What the last command did. */
  notice: Notice | null;
  /** The last sheet checked: what the pane shows. */
  report: SheetReport | null;
  /** Key of the finding whose cell was selected last. */
  selected: string | null;
  /** Cells carrying our marks in the workbook, per sheet. */
  marks: Record<string, number>;
  /** Cells whose explanation has text typed but not written: the list must not be replaced under them. */
  drafts: readonly string[];
  /** Set when another sheet became active while a command, Compute's questions or a draft kept the pane from re-checking. */
  otherSheet: OtherSheet | null;
  /** What Compute asks; null when it asks nothing. */
  compute: ComputeState | null;
  /** The sheet as Compute last read it: plans are made from it and writes check their targets against it. */
  computeBasis: Checked | null;
  /** The template details in the gallery's form. */
  details: Details;
  /** The last «Перевірити книгу»: the verdict's basis, kept current as single sheets are re-checked. */
  workbook: WorkbookCheck | null;
  /** Sheets whose cells changed since they were checked: their findings are not current. */
  stale: readonly string[];
  /** The official's accepted warnings, as stored in the workbook. */
  acceptances: readonly Acceptance[];
  /** A fix waiting for the official's confirmation. */
  fixAsk: FixAsk | null;
  /**
   * The plan each report is reconciled with, where the official picked it: a plan sheet's name, or
   * null for none. A report not listed is reconciled with the plan of its year found by itself.
   */
  planChoice: Readonly<Record<string, string | null>>;
}

export type PaneAction =
  | { type: "view-chosen"; view: View }
  | { type: "command-started"; busy: Busy }
  | { type: "command-failed"; failure: ExcelFailure }
  | { type: "command-finished" }
  | { type: "dismissed" }
  | { type: "checked"; report: SheetReport }
  | { type: "selected"; key: string | null }
  | { type: "written"; cell: string }
  /** Marks found in the workbook when the pane opens (they survive a reload). */
  | { type: "marks-found"; marks: Record<string, number> }
  /** Marks on a re-checked sheet redrawn to its new findings, without a notice. */
  | { type: "marks-refreshed"; sheet: string; count: number }
  | { type: "marked"; sheet: string; count: number }
  | { type: "nothing-to-mark" }
  | { type: "unmarked"; restored: number }
  | { type: "draft-changed"; cell: string; pending: boolean }
  | { type: "sheet-activated"; active: string }
  | { type: "compute-read"; checked: Checked }
  | { type: "not-computable"; notAForm: boolean }
  | { type: "percent-asked"; sheet: string }
  | { type: "percent-declined" }
  | { type: "computed"; sheet: string; cells: number; offers: ReplaceOffer[] }
  | { type: "offers-replaced"; offers: ReplaceOffer[] }
  | { type: "offers-kept" }
  | { type: "inserted"; sheet: string; skipped: TemplateFeature[] }
  | { type: "details-changed"; details: Details }
  | { type: "workbook-checked"; reports: SheetReport[]; unread: UnreadSheet[]; active: string }
  /** Cells of these sheets changed, not by the pane's own write. */
  | { type: "sheets-changed"; sheets: string[] }
  | { type: "acceptances-loaded"; acceptances: Acceptance[] }
  /** A sheet's report with acceptances applied anew, from the same read: whether it is stale does not change. */
  | { type: "acceptances-applied"; report: SheetReport }
  | { type: "accepted"; cell: string; undone: boolean }
  | { type: "fix-asked"; ask: FixAsk }
  | { type: "fix-cancelled" }
  | { type: "fixed"; sheet: string; changes: FixChange[] }
  | { type: "nothing-to-fix" }
  | { type: "nothing-planned"; quarter: Quarter; cumulative: boolean }
  | { type: "report-made"; sheet: string; measures: number; skipped: TemplateFeature[] }
  | { type: "plan-chosen"; report: string; plan: string | null | undefined }
  | { type: "annual-made"; sheet: string; measures: number; quarters: string[]; skipped: TemplateFeature[] }
  | { type: "annual-refused"; reason: AnnualRefusal; sheet: string; year: number | null };

export function initialPaneState(details: Details): PaneState {
  return {
    view: "check",
    busy: null,
    failure: null,
    notice: null,
    report: null,
    selected: null,
    marks: {},
    drafts: [],
    otherSheet: null,
    compute: null,
    computeBasis: null,
    details,
    workbook: null,
    stale: [],
    acceptances: [],
    planChoice: {},
    fixAsk: null,
  };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "view-chosen":
      return { ...state, view: action.view };
    case "command-started":
      return { ...state, busy: action.busy, failure: null, notice: null };
    case "command-failed":
      return { ...state, failure: action.failure };
    case "command-finished":
      return { ...state, busy: null };
    case "dismissed":
      return { ...state, failure: null, notice: null };
    case "checked":
      return {
        ...state,
        report: action.report,
        workbook: withReport(state.workbook, action.report),
        stale: state.stale.filter((s) => s !== action.report.sheet),
      };
    case "workbook-checked":
      return {
        ...state,
        workbook: { reports: action.reports, unread: action.unread },
        report: action.reports.find((r) => r.sheet === action.active) ?? null,
        stale: [],
        otherSheet: null,
      };
    case "sheets-changed": {
      // A change seen while the pane writes is its own: the re-check after the write covers it.
      if (state.busy && WRITING.includes(state.busy)) return state;
      const checked = new Set([...(state.workbook?.reports.map((r) => r.sheet) ?? []), ...(state.report ? [state.report.sheet] : [])]);
      const added = action.sheets.filter((s) => checked.has(s) && !state.stale.includes(s));
      return added.length ? { ...state, stale: [...state.stale, ...added] } : state;
    }
    case "acceptances-loaded":
      return { ...state, acceptances: action.acceptances };
    case "acceptances-applied":
      return {
        ...state,
        report: state.report?.sheet === action.report.sheet ? action.report : state.report,
        workbook: withReport(state.workbook, action.report),
      };
    case "accepted":
      return { ...state, notice: { kind: action.undone ? "unaccepted" : "accepted", cell: action.cell } };
    case "fix-asked":
      return { ...state, fixAsk: action.ask };
    case "fix-cancelled":
      return { ...state, fixAsk: null };
    case "fixed":
      return { ...state, fixAsk: null, notice: { kind: "fixed", sheet: action.sheet, changes: action.changes } };
    case "nothing-to-fix":
      return { ...state, fixAsk: null, notice: { kind: "nothing-to-fix" } };
    case "report-made":
      return { ...state, notice: { kind: "report-made", sheet: action.sheet, measures: action.measures, skipped: action.skipped } };
    case "plan-chosen": {
      const planChoice = { ...state.planChoice };
      if (action.plan === undefined) delete planChoice[action.report];
      else planChoice[action.report] = action.plan;
      return { ...state, planChoice };
    }
    case "annual-made":
      return { ...state, notice: { kind: "annual-made", sheet: action.sheet, measures: action.measures, quarters: action.quarters, skipped: action.skipped } };
    case "annual-refused":
      return { ...state, notice: { kind: "annual-refused", reason: action.reason, sheet: action.sheet, year: action.year } };
    case "nothing-planned":
      return { ...state, notice: { kind: "nothing-planned", quarter: action.quarter, cumulative: action.cumulative } };
    case "selected":
      return { ...state, selected: action.key };
    case "written":
      return { ...state, notice: { kind: "written", cell: action.cell } };
    case "marks-found":
      return { ...state, marks: action.marks };
    case "marks-refreshed":
      return { ...state, marks: { ...state.marks, [action.sheet]: action.count } };
    case "marked":
      return { ...state, marks: { ...state.marks, [action.sheet]: action.count }, notice: { kind: "marked", count: action.count } };
    case "nothing-to-mark":
      return { ...state, notice: { kind: "nothing-to-mark" } };
    case "unmarked":
      return { ...state, marks: {}, notice: { kind: "unmarked", count: action.restored } };
    case "draft-changed": {
      const has = state.drafts.includes(action.cell);
      if (has === action.pending) return state;
      return { ...state, drafts: action.pending ? [...state.drafts, action.cell] : state.drafts.filter((c) => c !== action.cell) };
    }
    case "sheet-activated":
      return activated(state, action.active);
    case "compute-read":
      return { ...state, computeBasis: action.checked };
    case "not-computable":
      return { ...state, compute: null, notice: { kind: "nothing-to-compute", notAForm: action.notAForm } };
    case "percent-asked":
      return { ...state, compute: { sheet: action.sheet, askPercent: true, offers: [] } };
    case "percent-declined":
      return state.compute ? { ...state, compute: { ...state.compute, askPercent: false } } : state;
    case "computed":
      return {
        ...state,
        compute: { sheet: action.sheet, askPercent: false, offers: action.offers },
        notice: { kind: "computed", cells: action.cells },
      };
    case "offers-replaced": {
      const compute = state.compute && { ...state.compute, offers: state.compute.offers.filter((o) => !action.offers.includes(o)) };
      return { ...state, compute, notice: { kind: "replaced", count: action.offers.length } };
    }
    case "offers-kept":
      return state.compute ? { ...state, compute: { ...state.compute, offers: [] } } : state;
    case "inserted":
      return { ...state, notice: { kind: "inserted", sheet: action.sheet, skipped: action.skipped } };
    case "details-changed":
      return { ...state, details: action.details };
  }
}

/** The workbook check with this sheet's report replaced by a newer one (a sheet re-checked on its own). */
function withReport(workbook: WorkbookCheck | null, report: SheetReport): WorkbookCheck | null {
  if (!workbook) return null;
  const at = workbook.reports.findIndex((r) => r.sheet === report.sheet);
  // A sheet added since the workbook check (a template) joins the verdict in tab order's stead: at the end.
  const reports = at < 0 ? [...workbook.reports, report] : workbook.reports.map((r, k) => (k === at ? report : r));
  return { ...workbook, reports };
}

/** Whether the findings shown are out of date: the sheet changed since it was checked. */
export function isStale({ report, stale }: PaneState): boolean {
  return !!report && stale.includes(report.sheet);
}

function activated(state: PaneState, active: string): PaneState {
  const shown = state.report?.sheet;
  const follow = followSheet(state, active);
  if (!shown || follow === "none") return state;
  if (follow === "offer") return { ...state, otherSheet: { shown, active } };
  return state.otherSheet ? { ...state, otherSheet: null } : state;
}

/**
 * What the pane does when `active` became the active sheet: nothing before the first check;
 * nothing when it is the sheet shown; re-check it; or, while a command runs, Compute waits for an
 * answer or an explanation is being typed, only offer to check it.
 */
export function followSheet(state: PaneState, active: string): "none" | "same" | "check" | "offer" {
  const shown = state.report?.sheet;
  if (!shown) return "none";
  if (active === shown) return "same";
  const asks = state.compute;
  const computing = !!asks && asks.sheet === shown && (asks.askPercent || asks.offers.length > 0);
  return state.busy || computing || state.drafts.length > 0 ? "offer" : "check";
}

/** The other sheet to offer, only while the report it speaks of is still the one shown. */
export function shownOtherSheet({ otherSheet, report }: PaneState): OtherSheet | null {
  return otherSheet && report?.sheet === otherSheet.shown && otherSheet.active !== report.sheet ? otherSheet : null;
}

/** Compute's questions and summary, only for the sheet shown. */
export function shownCompute({ compute, report }: PaneState): ComputeState | null {
  return compute && report && compute.sheet === report.sheet ? compute : null;
}

export function canMark({ report }: PaneState): boolean {
  return !!report && report.findings.length > 0;
}

/** Whether any sheet of the workbook carries our marks. */
export function anyMarks({ marks }: PaneState): boolean {
  return Object.values(marks).some((n) => n > 0);
}
