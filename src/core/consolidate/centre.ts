/**
 * What consolidation keeps of one centre's sheet once it is checked: per measure row only what
 * the summary shows (its words and the linked values of plan and fact, or of the quarters), the
 * unexplained shortfalls and the execution. The grid itself is dropped, so a thousand centres
 * cost a thousand small lists, not a thousand sheets.
 */
import { cellAddress } from "../address";
import { valueFor } from "../cells";
import type { CellValue } from "../grid";
import { isCellError } from "../grid";
import type { CheckedSheet } from "../reconcile/reconcile";
import { periodOf } from "../reconcile/reconcile";
import type { ReportPeriod } from "../reconcile/period";
import { formById } from "../schema/forms";
import { SheetView } from "../sheet-view";
import type { ColumnRole } from "../types";

/** A heading that opens with its own number: «2.», «2.1», «II.», «IV ». */
const NUMBERED = /^\s*(?:\d+(?:\.\d+)*|[IVXІХ]+)(?:[.)]|\s)/u;
import { cellText, readValue } from "../value";

/** The forms whose numbers can be added up across centres. */
export type ConsolidatedForm = "quarterly-report" | "annual-plan";

/** The value columns of each form, in the summary's order. */
export const VALUE_ROLES: Record<ConsolidatedForm, readonly ColumnRole[]> = {
  "quarterly-report": ["plan", "fact"],
  "annual-plan": ["q1", "q2", "q3", "q4"],
};

export function isConsolidated(form: string | null): form is ConsolidatedForm {
  return form === "quarterly-report" || form === "annual-plan";
}

export interface CentreMeasure {
  row: number;
  number: string | null;
  measure: string;
  task: string;
  goal: string;
  executor: string;
  indicator: string;
  /** The section heading the measure stands under, if any. */
  section: string | null;
  /** By VALUE_ROLES: what the summary's link to the cell shows (linkedValue). */
  values: CellValue[];
  note: string;
  /** The invalid values the summary leaves out of its sums, named for its note ("" when none). */
  leftOut: string;
}

export interface Shortfall {
  row: number;
  number: string | null;
  measure: string;
  indicator: string;
  plan: CellValue;
  fact: CellValue;
}

export interface Centre {
  /** The sheet the summary's links name: the centre's copy, or its own sheet in the add-in. */
  name: string;
  file: string;
  /** The sheet's name in the centre's own file. */
  sheet: string;
  form: ConsolidatedForm;
  period: ReportPeriod;
  /** The first line of the title (whose report it is). */
  title: string;
  /** Sheet column of each value role (VALUE_ROLES), 1-based. */
  columns: number[];
  measures: CentreMeasure[];
  shortfalls: Shortfall[];
  /** The engine's execution for the sheet (mean of capped percentages), null where nothing numeric. */
  execution: number | null;
  errors: number;
}

/** The centre's sheet reduced to what the summary needs; null when it is not a form that adds up. */
export function readCentre(checked: CheckedSheet, name: string, file: string): Centre | null {
  const { report } = checked;
  if (!isConsolidated(report.form)) return null;
  const form = report.form;
  const columns = VALUE_ROLES[form].map((role) => report.columns[role]);
  if (columns.some((c) => c === undefined)) return null;
  const view = new SheetView(checked.grid);
  const text = (row: number, role: ColumnRole) => {
    const col = report.columns[role];
    return col === undefined ? "" : cellText(view.shown(row, col));
  };
  const leftOut = leftOutValues(checked, columns as number[], view);
  const sectionTitle = new Map<number, string>();
  // «I. Суб'єкти…» already carries its number (as a Roman numeral, which sectionLevel reads as 1).
  report.sections.forEach((s, k) => sectionTitle.set(k, s.number && !s.title.startsWith(s.number) && !NUMBERED.test(s.title) ? `${s.number} ${s.title}` : s.title));
  const measures = report.measures.map((m): CentreMeasure => ({
    row: m.row,
    number: m.number,
    measure: m.measure,
    task: text(m.row, "task"),
    goal: text(m.row, "goal"),
    executor: m.executor ?? "",
    indicator: text(m.row, "indicator"),
    section: m.section === null ? null : (sectionTitle.get(m.section) ?? null),
    values: (columns as number[]).map((col) => linkedValue(valueFor(view, m.row, col))),
    note: text(m.row, "note"),
    leftOut: leftOut.get(m.row) ?? "",
  }));
  const byRow = new Map(measures.map((m) => [m.row, m]));
  const shortfalls: Shortfall[] = [];
  for (const f of report.findings) {
    const m = byRow.get(f.row);
    if (f.rule !== "shortfall-unexplained" || !m) continue;
    shortfalls.push({ row: m.row, number: m.number, measure: m.measure, indicator: m.indicator, plan: m.values[0], fact: m.values[1] });
  }
  return {
    name,
    file,
    sheet: checked.grid.name,
    form,
    period: periodOf(checked),
    title: firstTitleLine(view, report.headerRow ?? view.firstRow),
    columns: columns as number[],
    measures,
    shortfalls,
    execution: report.rollup.sheet.execution,
    errors: report.findings.filter((f) => f.severity === "error").length,
  };
}

/** Where a centre's value stands in its sheet, as the summary's link names it. */
export function centreCell(centre: Pick<Centre, "name" | "columns">, row: number, k: number): string {
  return `'${centre.name.replace(/'/g, "''")}'!${cellAddress(row, centre.columns[k])}`;
}

/**
 * What the summary's link formula (linkFormula) shows for a cell, as Excel and LibreOffice
 * compute it: a number (a number stored as text read as the engine reads it), a wording as
 * written, "" for an empty cell or an error value. Only numbers are ever added up, and a negative
 * one is not a number to add: a count below zero is invalid (value-invalid), so the link shows ""
 * for it, or the text as written where it was typed as text ("-2").
 */
export function linkedValue(cell: CellValue): CellValue {
  if (cell === null || isCellError(cell) || typeof cell === "boolean" || cell instanceof Date) return "";
  if (typeof cell === "number") return cell < 0 ? "" : cell;
  if (cell.trim() === "") return "";
  const reading = readValue(cell);
  if (reading.kind === "number") return reading.value;
  return cell;
}

/**
 * Each measure row's invalid plan or fact (or quarter) cells, as the summary's note names them:
 * the sums leave them out (a negative number, digits mixed with words, an error value, a word
 * under a numeric plan), so the line says whose value is missing from it and what it was.
 */
function leftOutValues(checked: CheckedSheet, columns: number[], view: SheetView): Map<number, string> {
  const { report } = checked;
  const byRow = new Map<number, string[]>();
  for (const f of report.findings) {
    const k = columns.indexOf(f.col);
    if (f.rule !== "value-invalid" || k < 0) continue;
    const form = report.form as ConsolidatedForm;
    const header = formById(form).columns.find((c) => c.role === VALUE_ROLES[form][k])?.header.uk ?? "";
    const shown = cellText(view.shown(f.row, f.col));
    byRow.set(f.row, [...(byRow.get(f.row) ?? []), `${header} «${shown}» не додано до суми: неприпустиме значення`]);
  }
  return new Map([...byRow].map(([row, parts]) => [row, parts.join("; ")]));
}

function firstTitleLine(view: SheetView, headerRow: number): string {
  for (let r = view.firstRow; r < headerRow; r++) {
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const t = cellText(view.own(r, c));
      if (t) return t;
    }
  }
  return "";
}
