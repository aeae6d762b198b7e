/**
 * Consolidating sheets that are all at hand (the add-in: the centres' sheets pasted or imported
 * into the open workbook): the form most of them share, each of its sheets a centre under its own
 * name, the summary built for that workbook. The CLI feeds a Consolidation file by file instead.
 */
import type { CheckedSheet } from "../reconcile/reconcile";
import type { TemplateSheet } from "../templates/types";
import { isConsolidated, readCentre } from "./centre";
import type { ConsolidatedForm } from "./centre";
import { Consolidation } from "./gather";
import { summarySheet } from "./summary-sheet";
import type { SummaryOptions } from "./summary-sheet";

export type Consolidated =
  | { ok: true; sheet: TemplateSheet; consolidation: Consolidation; skipped: string[] }
  | { ok: false; reason: "too-few"; found: number };

/** Two sheets at least: a summary of one centre is that centre's sheet again. */
export function consolidateSheets(sheets: CheckedSheet[], options: SummaryOptions): Consolidated {
  const forms = sheets.map((s) => s.report.form).filter(isConsolidated);
  const counts = new Map<ConsolidatedForm, number>();
  for (const f of forms) counts.set(f, (counts.get(f) ?? 0) + 1);
  // Reports first on a tie: the summary the office sends up each quarter.
  const form: ConsolidatedForm = (counts.get("annual-plan") ?? 0) > (counts.get("quarterly-report") ?? 0) ? "annual-plan" : "quarterly-report";
  const consolidation = new Consolidation(form);
  const skipped: string[] = [];
  for (const s of sheets) {
    if (builtFromOthers(s)) continue;
    const centre = s.report.form === form ? readCentre(s, s.grid.name, "") : null;
    if (centre) consolidation.add(centre);
    else if (isConsolidated(s.report.form)) skipped.push(s.grid.name);
  }
  if (consolidation.centres.length < 2) return { ok: false, reason: "too-few", found: consolidation.centres.length };
  return { ok: true, sheet: summarySheet(consolidation, options), consolidation, skipped };
}

/**
 * A sheet whose values link other sheets was built from them (an earlier summary, an annual
 * report): consolidating it again would count its centres twice.
 */
export function builtFromOthers(s: CheckedSheet): boolean {
  const { grid, report } = s;
  if (!isConsolidated(report.form) || !grid.formulas) return false;
  return report.measures.some((m) => (grid.formulas?.[m.row - grid.top] ?? []).some((f) => f !== null && f.includes("!")));
}
