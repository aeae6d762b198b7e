import { ColumnRole, FormId } from "../types";
import { columnNames, formById, formColumn } from "../schema/forms";
import { ColumnKind, ColumnSpec, LayoutSpec, layOut } from "./layout";
import type { BodyRow } from "./layout";
import { TemplateDetails, TemplateId, TemplateSheet } from "./types";
import { programLayout } from "../program/template";

const ROMAN = ["I", "II", "III", "IV"];
const QUARTERS = ["q1", "q2", "q3", "q4"] as const;
const DEFAULT_ROWS = 15;

/** The annual report is not a form of its own (it is checked as a report), so its title lives here. */
const ANNUAL_REPORT_TITLE = { uk: "Звіт про виконання річного плану діяльності", en: "Report on annual plan execution" };

/** Each template's title: a form's is the schema's, the one name the pane, the CLI and messages use. */
export const TEMPLATE_TITLES: Record<TemplateId, { uk: string; en: string }> = {
  "quarterly-report": formById("quarterly-report").title,
  "annual-plan": formById("annual-plan").title,
  "action-plan": formById("action-plan").title,
  "regional-plan": formById("regional-plan").title,
  "program-measures": formById("program-measures").title,
  "program-execution": formById("program-execution").title,
  "annual-report": ANNUAL_REPORT_TITLE,
};

const KIND: Partial<Record<ColumnRole, ColumnKind>> = {
  number: "number", plan: "target", q1: "target", q2: "target", q3: "target", q4: "target",
  fact: "fact", percent: "percent", total: "total", note: "note", deadline: "deadline", period: "deadline",
};

/**
 * A form's columns as the schema words and orders them, with this gallery's widths; a plan's
 * total adds up its quarters and a report's percent divides its fact by its plan.
 */
function formColumns(form: FormId, widths: Partial<Record<ColumnRole, number>>): ColumnSpec[] {
  const columns = formById(form).columns;
  const at = (role: ColumnRole) => columns.findIndex((c) => c.role === role);
  return columns.map((c): ColumnSpec => {
    const width = widths[c.role];
    if (width === undefined) throw new Error(`No width for the ${c.role} column of ${form}`);
    const kind = KIND[c.role] ?? "text";
    const sources = kind === "total" ? QUARTERS.map(at) : kind === "percent" ? [at("plan"), at("fact")] : undefined;
    return { header: c.header.uk, group: c.group?.uk, width, kind, ...(sources && { sources }) };
  });
}

type Layout = Pick<LayoutSpec, "form" | "name" | "title" | "subtitle" | "columns" | "section"> & { body?: BodyRow[] };

/** Every template of the gallery: the schema's wordings (from SPEC.md and the seeds), with live formulas. */
const GALLERY: Record<TemplateId, (d: TemplateDetails) => Layout> = {
  "quarterly-report": (d) => ({
    form: "quarterly-report",
    name: `Звіт ${ROMAN[(d.quarter ?? 1) - 1]} кв ${d.year}`,
    title: `${TEMPLATE_TITLES["quarterly-report"].uk} ${d.organisation}`,
    subtitle: `за ${ROMAN[(d.quarter ?? 1) - 1]} квартал ${d.year} року`,
    section: "I. Назва пріоритету (приклад: замініть своїм)",
    columns: formColumns("quarterly-report", { number: 6, task: 22, measure: 40, executor: 24, indicator: 24, plan: 12, fact: 12, percent: 11, note: 32 }),
  }),
  "annual-plan": (d) => ({
    form: "annual-plan",
    name: `План ${d.year}`,
    title: `${TEMPLATE_TITLES["annual-plan"].uk} ${d.organisation} на ${d.year} рік`,
    subtitle: "",
    section: "1. Назва напряму (приклад: замініть своїм)",
    columns: formColumns("annual-plan", { number: 6, task: 22, goal: 24, measure: 36, executor: 22, indicator: 22, q1: 11, q2: 11, q3: 11, q4: 11, total: 9 }),
  }),
  "action-plan": (d) => ({
    form: "action-plan",
    name: `План дій ${d.year}`,
    // Seed 002's word order: the year stands between "План дій" and what it implements.
    title: `План дій на ${d.year} рік з реалізації стратегії розвитку ${d.organisation}`,
    subtitle: "",
    section: "Пріоритет розвитку 1. Назва пріоритету (приклад: замініть своїм)",
    columns: formColumns("action-plan", { number: 6, measure: 44, executor: 28, period: 14, indicator: 36 }),
  }),
  "regional-plan": (d) => ({
    form: "regional-plan",
    name: `План заходів ${d.year}`,
    title: `${TEMPLATE_TITLES["regional-plan"].uk} ${d.organisation} на ${d.year} рік`,
    subtitle: "",
    section: "1. Назва розділу (приклад: замініть своїм)",
    columns: formColumns("regional-plan", { number: 6, measure: 50, executor: 34, deadline: 18 }),
  }),
  "program-measures": (d) => ({
    form: "program-measures",
    name: `Заходи програми ${d.year}`,
    title: `${TEMPLATE_TITLES["program-measures"].uk} ${d.organisation} на ${d.year} рік`,
    subtitle: "",
    section: "1. Назва напряму (приклад: замініть своїм)",
    columns: formColumns("program-measures", { result: 30, measure: 44, indicator: 28, deadline: 14, executor: 28 }),
  }),
  // Its rows are laid out whole: measures with live formulas, the total and its rows by source.
  "program-execution": (d) => programLayout(d, d.rows ?? DEFAULT_ROWS),
  "annual-report": (d) => {
    // Checked as a report on its year totals: they come first, so `check` reads them as План/Факт.
    const header = (role: ColumnRole) => formColumn("quarterly-report", role).header.uk;
    const quarter = columnNames("uk");
    const year = "За рік";
    return {
      form: "quarterly-report",
      name: `Річний звіт ${d.year}`,
      title: `${ANNUAL_REPORT_TITLE.uk} ${d.organisation}`,
      subtitle: `за ${d.year} рік`,
      section: "I. Назва пріоритету (приклад: замініть своїм)",
      columns: [
        { header: header("number"), width: 6, kind: "number" },
        { header: header("measure"), width: 36, kind: "text" },
        { header: header("executor"), width: 22, kind: "text" },
        { header: header("indicator"), width: 22, kind: "text" },
        { header: header("plan"), group: year, width: 9, kind: "total", sources: [8, 10, 12, 14] },
        { header: header("fact"), group: year, width: 9, kind: "total", sources: [9, 11, 13, 15] },
        { header: header("percent"), group: year, width: 11, kind: "percent", sources: [4, 5] },
        { header: header("note"), width: 28, kind: "note" },
        ...QUARTERS.flatMap((q): ColumnSpec[] => [
          { header: header("plan"), group: quarter[q], width: 11, kind: "target" },
          { header: header("fact"), group: quarter[q], width: 9, kind: "fact" },
        ]),
      ],
    };
  },
};

export const TEMPLATE_IDS = Object.keys(GALLERY) as TemplateId[];

/**
 * A ready-to-fill sheet for the template; `existing` names keep the new sheet's name fresh.
 * `known` lays out rows already known (a report made from its plan) and may reword the subtitle.
 */
export function buildTemplate(id: TemplateId, details: TemplateDetails, existing: string[] = [], serial = 1, known?: { body: BodyRow[]; subtitle?: string }): TemplateSheet {
  const layout = GALLERY[id](details);
  const { body = layout.body, subtitle = layout.subtitle } = known ?? {};
  return layOut({ ...layout, subtitle, body, template: id, name: freshSheetName(layout.name, existing), responsible: details.responsible, serial, rows: details.rows ?? DEFAULT_ROWS });
}

/** Excel's sheet-name rules: at most 31 characters, none of []:*?/\, unique ignoring case. */
export function freshSheetName(base: string, existing: string[]): string {
  const clean = base.replace(/[[\]:*?/\\]/g, " ").trim().slice(0, 31) || "Аркуш";
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
