/**
 * A quarterly report made from its annual plan (issue 12): the plan's sections and measures,
 * «План» holding the quarter's target (or the sum so far for a running total), qualitative plans
 * carried as written, «Факт» and the note left to fill in; in the report template's look, with
 * its validations, highlights and stamp, and a defined name pointing back at the plan's rows.
 */
import { cellAddress } from "../address";
import type { CellValue } from "../grid";
import { approvedValue } from "../reconcile/approved";
import type { CheckedSheet } from "../reconcile/reconcile";
import { reportPeriod } from "../reconcile/period";
import { formById } from "../schema/forms";
import { SheetView } from "../sheet-view";
import type { ColumnRole } from "../types";
import { cellText } from "../value";
import { DETAIL_PLACEHOLDERS } from "./details";
import type { Quarter } from "./details";
import { buildTemplate } from "./gallery";
import type { BodyRow } from "./layout";
import type { TemplateSheet } from "./types";

export interface FromPlanOptions {
  quarter: Quarter;
  /** «План» holds the sum of the quarters up to this one (a running total from January). */
  cumulative: boolean;
  /** As the report's title names it; read from the plan's title when not given. */
  organisation?: string;
  responsible: string;
  /** Sheet names already in the workbook, and the next stamp serial. */
  existing?: string[];
  serial?: number;
}

/** The sheet, or why the plan cannot give one. */
export type FromPlan = { ok: true; sheet: TemplateSheet; measures: number; skipped: number } | { ok: false; reason: "not-a-plan" | "no-measures" };

const ROMAN = ["I", "II", "III", "IV"];

export function reportFromPlan(plan: CheckedSheet, options: FromPlanOptions): FromPlan {
  const { report } = plan;
  if (report.form !== "annual-plan") return { ok: false, reason: "not-a-plan" };
  const view = new SheetView(plan.grid);
  const title = titleOf(view, report.headerRow ?? view.firstRow);
  const year = reportPeriod(title).year ?? reportPeriod(plan.grid.name).year ?? new Date().getFullYear();
  const roles = formById("quarterly-report").columns.map((c) => c.role);
  const text = (row: number, role: ColumnRole): string | null => {
    const col = report.columns[role];
    const value = col === undefined ? "" : cellText(view.shown(row, col));
    return value === "" ? null : value;
  };

  const body: (BodyRow & { level?: number })[] = [];
  let skipped = 0;
  let measures = 0;
  const sections = new Map(report.sections.map((s) => [s.row, s]));
  const rows = [...new Set([...report.sections.map((s) => s.row), ...report.measures.map((m) => m.row)])].sort((a, b) => a - b);
  const measureAt = new Map(report.measures.map((m) => [m.row, m]));
  for (const row of rows) {
    const section = sections.get(row);
    if (section) {
      // A number in its own column is written as the plan wrote it («1.»), before the title.
      const number = section.number && !section.title.startsWith(section.number) ? (text(row, "number") ?? section.number) : null;
      const titled = number && !section.title.startsWith(number) ? `${number} ${section.title}` : section.title;
      body.push({ kind: "section", title: titled, level: section.level });
      continue;
    }
    const m = measureAt.get(row);
    if (!m) continue;
    const approved = approvedValue(view, report.columns, row, options.quarter, options.cumulative);
    // Nothing planned for the period (or a value the plan's own check rejects): no row to report.
    if (approved === null || approved === undefined) {
      skipped++;
      continue;
    }
    const values: CellValue[] = roles.map((role): CellValue => {
      if (role === "number") return m.number;
      if (role === "plan") return typeof approved === "number" ? approved : approved.text;
      if (role === "measure") return text(row, "measure") ?? m.measure;
      if (role === "task" || role === "executor" || role === "indicator") return text(row, role);
      return null;
    });
    body.push({ kind: "measure", values });
    measures++;
  }
  // A section (with its subsections) left without a measure for the period says nothing in the report.
  const kept: BodyRow[] = body
    .filter((line, k) => {
      if (line.kind === "measure") return true;
      for (const next of body.slice(k + 1)) {
        if (next.kind === "measure") return true;
        if ((next.level ?? 0) <= (line.level ?? 0)) return false;
      }
      return false;
    })
    .map((line) => (line.kind === "section" ? { kind: "section", title: line.title } : line));
  if (measures === 0) return { ok: false, reason: "no-measures" };

  const quarterWords = `${ROMAN[options.quarter - 1]} квартал ${year} року`;
  const subtitle = options.cumulative ? `за ${quarterWords} (наростаючим підсумком з початку року)` : `за ${quarterWords}`;
  const details = { organisation: options.organisation ?? organisationOf(title), year, quarter: options.quarter, responsible: options.responsible };
  const sheet = buildTemplate("quarterly-report", details, options.existing ?? [], options.serial ?? 1, { body: kept, subtitle });
  const first = report.firstDataRow ?? rows[0];
  const last = report.lastDataRow ?? rows[rows.length - 1];
  const right = Math.max(...Object.values(report.columns));
  const corner = (r: number, c: number) => cellAddress(r, c).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  sheet.source = {
    name: `PokaznykPlan.${options.serial ?? 1}`,
    reference: `'${plan.grid.name.replace(/'/g, "''")}'!${corner(first, 1)}:${corner(last, right)}`,
  };
  return { ok: true, sheet, measures, skipped };
}

/** Everything above the header, one line per row. */
function titleOf(view: SheetView, headerRow: number): string {
  const lines: string[] = [];
  for (let r = view.firstRow; r < headerRow; r++) {
    const parts: string[] = [];
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const t = cellText(view.own(r, c));
      if (t) parts.push(t);
    }
    if (parts.length) lines.push(parts.join(" "));
  }
  return lines.join("\n");
}

// «Річний план діяльності Центру з надання БВПД на 2024 рік» → «Центру з надання БВПД».
const PLAN_WORDS = /^.*?план\S*\s+(?:діяльності|роботи|заходів)?\s*/iu;
// The year may close the title or stand before the organisation («… на 2024 рік: Коростенський …»).
const YEAR = /(?:^|\s)(?:на|у|в)?\s*20\d{2}\s*(?:рік|року|р\.)?/iu;
const EDGE_PUNCTUATION = /^[\s:;,.\-–—]+|[\s:;,.\-–—]+$/gu;

/** Whose plan it is, as the plan's title says; the template's placeholder when it says nothing more. */
function organisationOf(title: string): string {
  const first = title.split("\n").find((line) => /план/i.test(line)) ?? "";
  const who = first.replace(PLAN_WORDS, "").replace(YEAR, " ").replace(/\s+/g, " ").replace(EDGE_PUNCTUATION, "");
  return who.length >= 3 ? who : DETAIL_PLACEHOLDERS.organisation;
}
