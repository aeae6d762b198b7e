import { cellAddress } from "../address";
import { valueFor } from "../cells";
import { sameNumber } from "../compute";
import { SheetGrid } from "../grid";
import { FindingList } from "../rules/findings";
import { SheetView } from "../sheet-view";
import { ColumnRole, Finding, SheetReport } from "../types";
import { cellText, readValue } from "../value";
import { approvedValue } from "./approved";
import { matchMeasures } from "./match";
import type { MatchableMeasure } from "./match";
import { reportPeriod } from "./period";
import type { ReportPeriod } from "./period";

/** A sheet and what checking it said: what reconciliation reads on both sides. */
export interface CheckedSheet {
  grid: SheetGrid;
  report: SheetReport;
}

/** A report reconciled with one plan sheet: which, for which period, and what differs. */
export interface Reconciliation {
  plan: string;
  period: ReportPeriod;
  matched: number;
  findings: Finding[];
}

export interface ReconcileOptions {
  /** The official picked the plan: its year is not second-guessed (a title may carry last year's by mistake). */
  anyYear?: boolean;
}

/**
 * Each quarterly report among `reports` reconciled with the annual plan among `plans` that is
 * its own (SPEC "Reconciliation"): same year where both titles name one; among several, the one
 * sharing most measures. Keyed by the report's sheet name; reports without a plan or a quarter
 * are left out. `plans` may be the same sheets (a workbook holding both) or another file's.
 */
export function reconcileReports(reports: CheckedSheet[], plans: CheckedSheet[], options: ReconcileOptions = {}): Map<string, Reconciliation> {
  const result = new Map<string, Reconciliation>();
  const annual = plans.filter((p) => p.report.form === "annual-plan");
  for (const report of reports) {
    if (report.report.form !== "quarterly-report") continue;
    const period = periodOf(report);
    if (period.quarter === null) continue;
    const sameYear = options.anyYear ? annual : annual.filter((p) => period.year === null || yearOf(p) === null || yearOf(p) === period.year);
    let best: Reconciliation | null = null;
    for (const plan of sameYear) {
      const done = reconcile(report, plan, period);
      if (done && (!best || done.matched > best.matched)) best = done;
    }
    if (best && best.matched > 0) result.set(report.report.sheet, best);
  }
  return result;
}

/** The report's findings with the reconciliation's among them, in sheet order. */
export function withReconciliation(report: SheetReport, reconciliation: Reconciliation | undefined): SheetReport {
  if (!reconciliation) return report;
  if (reconciliation.findings.length === 0) return { ...report, reconciledWith: reconciliation.plan };
  const findings = [...report.findings, ...reconciliation.findings].sort((a, b) => a.row - b.row || a.col - b.col);
  return { ...report, findings, reconciledWith: reconciliation.plan };
}

/** The period from the title and header; a sheet named «Звіт II кв 2021» says it too. */
export function periodOf(sheet: CheckedSheet): ReportPeriod {
  const fromTitle = reportPeriod(titleText(sheet));
  if (fromTitle.quarter !== null) return fromTitle;
  const fromName = reportPeriod(sheet.grid.name);
  return { quarter: fromName.quarter, cumulative: fromTitle.cumulative || fromName.cumulative, year: fromTitle.year ?? fromName.year };
}

function yearOf(sheet: CheckedSheet): number | null {
  return reportPeriod(titleText(sheet)).year ?? reportPeriod(sheet.grid.name).year;
}

/** Everything above the data: the title block and the header. */
function titleText(sheet: CheckedSheet): string {
  const view = new SheetView(sheet.grid);
  const last = sheet.report.headerRow ?? view.firstRow - 1;
  const parts: string[] = [];
  for (let r = view.firstRow; r <= last; r++) {
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const text = cellText(view.own(r, c));
      if (text) parts.push(text);
    }
  }
  return parts.join("\n");
}

function reconcile(report: CheckedSheet, plan: CheckedSheet, period: ReportPeriod): Reconciliation | null {
  const quarter = period.quarter;
  if (quarter === null) return null;
  const reportView = new SheetView(report.grid);
  const planView = new SheetView(plan.grid);
  const rc = report.report.columns;
  const pc = plan.report.columns;
  const planCol = rc.plan;
  if (planCol === undefined) return null;
  const matches = matchMeasures(matchable(reportView, report.report), matchable(planView, plan.report));
  const findings = new FindingList(report.report.sheet, labels(report.report));
  const planSheet = plan.report.sheet;
  const base = { quarter, cumulative: period.cumulative, planSheet };

  for (const m of report.report.measures) {
    const planRow = matches.get(m.row);
    if (planRow === undefined) {
      findings.add("measure-not-in-plan", m.row, rc.measure ?? planCol, { number: m.number, measure: cut(m.measure), planSheet });
      continue;
    }
    const approved = approvedValue(planView, pc, planRow, quarter, period.cumulative);
    if (approved === undefined) continue;
    const typed = readValue(valueFor(reportView, m.row, planCol));
    const planCell = cellAddress(planRow, pc[`q${quarter}`] as number);
    const label = findings.label("plan");
    if (typeof approved === "number") {
      if (typed.kind === "number" && !sameNumber(typed.value, approved)) findings.add("plan-differs-from-approved", m.row, planCol, { ...base, plan: typed.value, approved, planCell, label });
      else if (typed.kind === "text") findings.add("plan-differs-from-approved", m.row, planCol, { ...base, plan: typed.text, approved, planCell, label });
    } else if (approved === null) {
      if (typed.kind === "number" && typed.value > 0) findings.add("plan-differs-from-approved", m.row, planCol, { ...base, plan: typed.value, approved: null, planCell, label });
    } else if (typed.kind === "number") {
      // A qualitative plan matches any qualitative plan (SPEC), never a number.
      findings.add("plan-differs-from-approved", m.row, planCol, { ...base, plan: typed.value, approved: cut(approved.text), planCell, label });
    }
  }

  const reportRowOf = new Map([...matches].map(([reportRow, planRow]) => [planRow, reportRow]));
  const where = rc.number ?? rc.measure ?? planCol;
  const afterLast = (report.report.lastDataRow ?? report.report.headerRow ?? 0) + 1;
  // Walked bottom-up so each missing measure points at the report row it would stand before:
  // the row of the next plan measure that was reported, or the row after the table.
  let before = afterLast;
  for (const p of [...plan.report.measures].reverse()) {
    const reported = reportRowOf.get(p.row);
    if (reported !== undefined) {
      before = reported;
      continue;
    }
    const approved = approvedValue(planView, pc, p.row, quarter, period.cumulative);
    if (typeof approved !== "number" || approved <= 0) continue;
    findings.add("measure-not-reported", before, where, {
      ...base,
      number: p.number,
      measure: cut(p.measure),
      approved,
      planCell: cellAddress(p.row, pc.measure ?? pc.number ?? 1),
    });
  }
  findings.items.sort((a, b) => a.row - b.row || a.col - b.col);
  return { plan: planSheet, period, matched: matches.size, findings: findings.items };
}

function matchable(view: SheetView, report: SheetReport): MatchableMeasure[] {
  const col = report.columns.indicator;
  return report.measures.map((m) => ({ row: m.row, number: m.number, measure: m.measure, indicator: col === undefined ? "" : cellText(view.shown(m.row, col)) }));
}

function labels(report: SheetReport): Map<ColumnRole, string> {
  return new Map(Object.entries(report.headers ?? {}).filter(([, text]) => text.length <= 40) as [ColumnRole, string][]);
}

/** Measures are quoted back in messages: short. */
function cut(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}
