import { formById, indicatorSchema } from "./schema/forms";
import { FormSchema } from "./schema/schema";
import { ColumnMap, ColumnRole, FormId } from "./types";
import { HeaderCandidate, readHeader } from "./header";
import { SheetView } from "./sheet-view";
import { readValue } from "./value";

/** How far down the sheet a header may start: title blocks and approval stamps come first. */
const HEADER_SEARCH_ROWS = 80;
const MAX_HEADER_DEPTH = 3;
const LABEL_ROLES: ColumnRole[] = ["measure", "task", "indicator", "result"];

export interface Recognition {
  form: FormSchema;
  headerRow: number;
  columns: ColumnMap;
  /** Value columns the form does not use as such (other quarters' plans and facts): still checked for invalid values. */
  otherValueCols: { col: number; role: ColumnRole }[];
}

function formFits(form: FormSchema, roles: Map<ColumnRole, number>): boolean {
  if (!form.columns.every((c) => !c.required || roles.has(c.role))) return false;
  if (form.anyOf && form.anyOf.roles.filter((r) => roles.has(r)).length < form.anyOf.min) return false;
  return LABEL_ROLES.some((r) => roles.has(r));
}

function formScore(form: FormSchema, roles: Map<ColumnRole, number>): number {
  const own = new Set(form.columns.map((c) => c.role));
  let score = 0;
  for (const role of roles.keys()) score += own.has(role) ? 2 : -1;
  for (const c of form.columns) if (c.required && roles.has(c.role)) score += 3;
  return score;
}

/** A header's last row holds wordings only; a row with numbers in it is data or column numbers. */
function holdsNumbers(view: SheetView, row: number): boolean {
  for (let col = view.firstCol; col <= view.lastCol; col++) {
    if (readValue(view.own(row, col)).kind === "number") return true;
  }
  return false;
}

function toColumnMap(roles: Map<ColumnRole, number>, form: FormSchema): ColumnMap {
  const own = new Set(form.columns.map((c) => c.role));
  const map: ColumnMap = {};
  for (const [role, col] of roles) if (own.has(role)) map[role] = col;
  return map;
}

/**
 * Finds the header and the form it belongs to, or null for a sheet that is not a table of
 * measures. With a hint recorded by a template, only that form and header row are tried.
 */
export function recognise(view: SheetView, hint?: FormId, headerRowHint?: number): Recognition | null {
  const candidates = hint ? [formById(hint)] : indicatorSchema.forms;
  let best: { form: FormSchema; header: HeaderCandidate; score: number } | null = null;
  const first = headerRowHint ?? view.firstRow;
  const last = headerRowHint ?? Math.min(view.lastRow, view.firstRow + HEADER_SEARCH_ROWS);
  for (let row = first; row <= last; row++) {
    if (holdsNumbers(view, row)) continue;
    for (let depth = 1; depth <= MAX_HEADER_DEPTH; depth++) {
      const header = readHeader(view, row, depth);
      if (header.roles.size < 2) continue;
      for (const form of candidates) {
        if (!formFits(form, header.roles)) continue;
        const score = formScore(form, header.roles);
        if (!best || score > best.score) best = { form, header, score };
      }
    }
  }
  if (!best) return null;
  const columns = toColumnMap(best.header.roles, best.form);
  const used = new Set(Object.values(columns));
  const otherValueCols = best.header.valueCols.filter((v) => !used.has(v.col));
  return { form: best.form, headerRow: best.header.lastRow, columns, otherValueCols };
}
