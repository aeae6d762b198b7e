/**
 * The consolidated sheet (issue 11): the centres' common form, one row per line of the spine,
 * and to the right each centre's own values as live links to its sheet: a block per value column
 * of the form («План», then «Факт»; or the quarters), one column per centre in each. The form's
 * plan and fact (or quarters) add their block up with one SUM over a range: a short formula
 * however many centres there are (Excel allows 8,192 characters and 255 arguments a formula, a
 * list of 1,000 links is neither), and each link already reads a number stored as text as the
 * engine does. Execution is the form's own live percentage; notes are the centres' notes, named.
 * `check` reads the sheet as the same form.
 */
import { cellAddress } from "../address";
import type { CellValue } from "../grid";
import { numberIn } from "../edits/formulas";
import type { ReportPeriod } from "../reconcile/period";
import { formById } from "../schema/forms";
import { freshSheetName, TEMPLATE_TITLES } from "../templates/gallery";
import { layOut } from "../templates/layout";
import type { BodyRow, ColumnKind, ColumnSpec } from "../templates/layout";
import type { TemplateSheet } from "../templates/types";
import type { ColumnRole } from "../types";
import { readValue } from "../value";
import { centreCell, VALUE_ROLES } from "./centre";
import type { ConsolidatedForm } from "./centre";
import type { Consolidation, Line } from "./gather";

export interface SummaryOptions {
  /** Whose summary it is, in the genitive as a title wants it; «центрів» with their count when not given. */
  organisation?: string;
  responsible: string;
  /** Sheet names already in the workbook, and the next stamp serial. */
  existing?: string[];
  serial?: number;
  /**
   * Where the centres' links stand: beside the summary's own columns (one sheet, as the add-in
   * inserts it), or on a sheet of their own (linkSheetRows) whose rows are the summary's rows, so
   * that a thousand centres' links can be written row by row and never held at once.
   */
  links?: { sheet: string };
}

const ROMAN = ["I", "II", "III", "IV"];
const WIDTHS: Partial<Record<ColumnRole, number>> = { number: 7, task: 22, goal: 22, measure: 40, executor: 22, indicator: 24, plan: 11, fact: 11, percent: 11, note: 36, q1: 10, q2: 10, q3: 10, q4: 10, total: 11 };
const KIND: Partial<Record<ColumnRole, ColumnKind>> = { number: "number", note: "note", percent: "percent", plan: "total", fact: "total", q1: "total", q2: "total", q3: "total", q4: "total", total: "total" };
const CENTRE_WIDTH = 10;

/** The summary sheet's name for a period: «Зведення I кв 2024», «Зведення план 2024». */
export function summaryName(form: ConsolidatedForm, period: ReportPeriod): string {
  const year = period.year ?? "";
  return (form === "annual-plan" ? `Зведення план ${year}` : `Зведення ${period.quarter ? `${ROMAN[period.quarter - 1]} кв ` : ""}${year}`).trim();
}

export function summarySheet(consolidation: Consolidation, options: SummaryOptions): TemplateSheet {
  const { form, centres, lines } = consolidation;
  const period = centres[0]?.period ?? { quarter: null, cumulative: false, year: null };
  const own = formById(form).columns;
  const roles = VALUE_ROLES[form];
  const apart = options.links?.sheet;
  // 0-based index of the first centre column: beside the form's columns, or after the link sheet's own.
  const firstCentreCol = apart === undefined ? own.length : LINK_SHEET_TEXT_COLUMNS;
  const columns: ColumnSpec[] = [
    ...own.map((c): ColumnSpec => {
      const kind = KIND[c.role] ?? "text";
      const at = (role: ColumnRole) => own.findIndex((o) => o.role === role);
      // A plan's total adds up its own quarters and a report's percent divides its own fact by its plan: the layout's formulas.
      const sources = c.role === "total" ? ["q1", "q2", "q3", "q4"].map((r) => at(r as ColumnRole)) : c.role === "percent" ? [at("plan"), at("fact")] : undefined;
      return { header: c.header.uk, group: c.group?.uk, width: WIDTHS[c.role] ?? 14, kind, ...(sources && { sources }) };
    }),
    // The centres' links: styled as values, with no validation of their own (the centres' sheets have theirs).
    ...(apart === undefined ? roles.flatMap((role) => centres.map((centre): ColumnSpec => ({ header: centre.name, group: headerOf(form, role), width: CENTRE_WIDTH, kind: "total" }))) : []),
  ];
  const headerOfRole = (role: ColumnRole) => own.findIndex((c) => c.role === role);
  const organisation = options.organisation ?? `${centres.length} ${centres.length === 1 ? "центру" : "центрів"} (зведення)`;
  const title = `${TEMPLATE_TITLES[form].uk} ${organisation}${form === "annual-plan" && period.year ? ` на ${period.year} рік` : ""}`;
  const subtitle = form === "annual-plan" ? "" : subtitleOf(period);
  const spec = (body: BodyRow[]) => ({
    template: form,
    form,
    name: freshSheetName(summaryName(form, period), options.existing ?? []),
    title,
    subtitle,
    columns,
    section: "",
    responsible: options.responsible,
    serial: options.serial ?? 1,
    rows: 0,
    body,
  });
  // Where the layout puts the first row: formulas name their own row.
  const first = layOut(spec([{ kind: "measure", values: [] }])).measureRows.first;
  const body = bodyOf(consolidation).map((b, k): BodyRow => (b.kind === "section" ? b : measureRow(lines[b.line], first + k)));
  return layOut(spec(body));

  function measureRow(line: Line, row: number): BodyRow {
    const values: CellValue[] = own.map((c) => (c.role in line.head ? (line.head as unknown as Record<string, string | null>)[c.role] || null : null));
    const formulas: (string | null)[] = own.map(() => null);
    const n = centres.length;
    roles.forEach((role, k) => {
      const col = headerOfRole(role);
      const firstCol = firstCentreCol + 1 + k * n;
      const cells = `${apart === undefined ? "" : `${quoted(apart)}!`}${cellAddress(row, firstCol)}:${cellAddress(row, firstCol + n - 1)}`;
      const linked = centres.map((_, c) => line.cells.get(c)?.values[k] ?? "");
      const sum = numbersSum(linked);
      // A qualitative target, where no centre gave a number, is shown as the first centre wrote it.
      const wording = sum === null ? linked.findIndex((v) => typeof v === "string" && v !== "" && readValue(v).kind === "text") : -1;
      if (wording >= 0) {
        values[col] = linked[wording];
        formulas[col] = `=${apart === undefined ? "" : `${quoted(apart)}!`}${cellAddress(row, firstCol + wording)}`;
        return;
      }
      values[col] = sum ?? "";
      formulas[col] = `=IF(COUNT(${cells})=0,"",SUM(${cells}))`;
    });
    if (form === "quarterly-report") {
      const [plan, fact] = [values[headerOfRole("plan")], values[headerOfRole("fact")]];
      values[headerOfRole("percent")] = typeof plan === "number" && typeof fact === "number" && plan > 0 && fact >= 0 ? fact / plan : "";
      // A centre's own note, and the values the sums left out (linkedValue): the line says whose figure it lacks.
      const notes = [...line.cells].filter(([, cell]) => cell.note !== "" || cell.leftOut !== "").map(([c, cell]) => `${centres[c].name}: ${[cell.note, cell.leftOut].filter((t) => t !== "").join("; ")}`);
      values[headerOfRole("note")] = notes.join("; ") || null;
    } else {
      const quarters = ["q1", "q2", "q3", "q4"].map((r) => values[headerOfRole(r as ColumnRole)]);
      values[headerOfRole("total")] = quarters.some((q) => typeof q === "number") ? quarters.reduce<number>((a, q) => a + (typeof q === "number" ? q : 0), 0) : "";
    }
    if (apart === undefined) {
      for (const link of linksOf(consolidation, line)) {
        values.push(link.value);
        formulas.push(link.formula);
      }
    }
    return { kind: "measure", values, formulas };
  }
}

/** The summary's body: section headings where the first centre had them, and the lines. */
function bodyOf(c: Consolidation): ({ kind: "section"; title: string } | { kind: "line"; line: number })[] {
  const body: ({ kind: "section"; title: string } | { kind: "line"; line: number })[] = [];
  let section: string | null = null;
  c.lines.forEach((line, k) => {
    if (line.head.section !== null && line.head.section !== section) body.push({ kind: "section", title: line.head.section });
    section = line.head.section ?? section;
    body.push({ kind: "line", line: k });
  });
  return body;
}

/**
 * A line's links, block by block (each value column of the form, one cell per centre), made one
 * at a time as they are asked for: a line of a thousand centres' links is ~1 MB of formulas.
 */
function* linksOf(c: Consolidation, line: Line): Generator<LinkCell> {
  for (let k = 0; k < VALUE_ROLES[c.form].length; k++) {
    for (let index = 0; index < c.centres.length; index++) {
      const cell = line.cells.get(index);
      yield cell ? { value: cell.values[k], formula: linkFormula(centreCell(c.centres[index], cell.row, k)) } : { value: null, formula: null };
    }
  }
}

/** The link sheet's own columns before the centres' blocks: the line's number and wording, to read it by. */
const LINK_SHEET_TEXT_COLUMNS = 2;

export interface LinkCell {
  value: CellValue;
  formula: string | null;
}

export interface LinkSheetRow {
  row: number;
  /** From column 1: the line's number and wording, then the centres' links (made as they are read). */
  cells: Iterable<LinkCell>;
}

/**
 * The centres' links on a sheet of their own, row for row beside the summary built with
 * `links: { sheet }` and the same options: the header rows (the form's value column over each
 * block, the centres' names) just above the summary's first row, then one row per line, made
 * only as the writer asks for it.
 */
export function* linkSheetRows(c: Consolidation, summary: TemplateSheet): Generator<LinkSheetRow> {
  const first = summary.measureRows.first;
  const roles = VALUE_ROLES[c.form];
  // Not the form's own words: the link sheet is no report, and `check` must not read it as one.
  const group: CellValue[] = ["", "", ...roles.flatMap((role) => c.centres.map((_, k) => (k === 0 ? `${headerOf(c.form, role)}, за центрами` : null)))];
  yield { row: first - 2, cells: group.map((value) => ({ value, formula: null })) };
  yield { row: first - 1, cells: ["Номер", "Зміст", ...roles.flatMap(() => c.centres.map((centre) => centre.name))].map((value) => ({ value, formula: null })) };
  const body = bodyOf(c);
  for (let k = 0; k < body.length; k++) {
    const b = body[k];
    if (b.kind === "section") continue;
    const line = c.lines[b.line];
    yield { row: first + k, cells: lineCells(c, line) };
  }
}

function* lineCells(c: Consolidation, line: Line): Generator<LinkCell> {
  yield { value: line.head.number, formula: null };
  yield { value: line.head.measure, formula: null };
  yield* linksOf(c, line);
}

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A live link to a centre's value cell: "" for an empty cell (a bare reference shows 0) or an
 * error value, the number a number stored as text stands for, a wording as written (linkedValue).
 * A negative value is invalid and never added: "" for a negative number; text with a minus is
 * shown as written (its minus made unreadable to NUMBERVALUE), so SUM and COUNT pass it by.
 */
export function linkFormula(ref: string): string {
  const text = numberIn(`SUBSTITUTE(${ref},"-","x")`);
  return `=IFERROR(IF(LEN(TRIM(${ref}))=0,"",IF(ISNUMBER(${ref}),IF(${ref}<0,"",${ref}),IFERROR(${text},${ref}))),"")`;
}

/** The engine's sum of linked values: numbers only, null when there is none. */
function numbersSum(values: CellValue[]): number | null {
  let total: number | null = null;
  for (const v of values) if (typeof v === "number") total = (total ?? 0) + v;
  return total;
}

function headerOf(form: ConsolidatedForm, role: ColumnRole): string {
  return formById(form).columns.find((c) => c.role === role)?.header.uk ?? role;
}

function subtitleOf(period: ReportPeriod): string {
  if (period.quarter === null) return period.year ? `за ${period.year} рік` : "";
  const words = `${ROMAN[period.quarter - 1]} квартал${period.year ? ` ${period.year} року` : ""}`;
  return period.cumulative ? `за ${words} (наростаючим підсумком з початку року)` : `за ${words}`;
}
