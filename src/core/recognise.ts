import { formById, indicatorSchema } from "./schema/forms";
import { FormColumn, FormSchema } from "./schema/schema";
import { ColumnMap, ColumnRole, FormId } from "./types";
import { HeaderCandidate, readHeader } from "./header";
import { SheetView } from "./sheet-view";
import { readValue } from "./value";

/** How far down the sheet a header may start: title blocks and approval stamps come first. */
const HEADER_SEARCH_ROWS = 80;
const MAX_HEADER_DEPTH = 3;
export const LABEL_ROLES: ColumnRole[] = ["measure", "task", "indicator", "result"];
/** Columns of the sheet's layout that no form names but every form keeps when the header has them. */
const LAYOUT_ROLES: ColumnRole[] = ["start", "end", "units"];
/** `Початок` / `Закінчення`: one period over two columns. */
const SPLIT_PERIOD: ColumnRole[] = ["start", "end"];

export interface Recognition {
  form: FormSchema;
  headerRow: number;
  columns: ColumnMap;
  /** Value columns the form does not use as such (other quarters' plans and facts): still checked for invalid values. */
  otherValueCols: { col: number; role: ColumnRole }[];
}

/** A form's column found in the header; a period split over two columns stands for a period or a deadline. */
export function hasColumn(column: FormColumn, roles: Map<ColumnRole, number>): boolean {
  if (roles.has(column.role)) return true;
  return (column.accepts === "period" || column.accepts === "deadline") && SPLIT_PERIOD.some((r) => roles.has(r));
}

function formFits(form: FormSchema, roles: Map<ColumnRole, number>): boolean {
  if (!form.columns.every((c) => !c.required || hasColumn(c, roles))) return false;
  if (form.anyOf && form.anyOf.roles.filter((r) => roles.has(r)).length < form.anyOf.min) return false;
  return LABEL_ROLES.some((r) => roles.has(r));
}

function formScore(form: FormSchema, roles: Map<ColumnRole, number>): number {
  const own = new Set(form.columns.map((c) => c.role));
  // Start and end name a period: they speak for the form that plans by periods, not by deadlines.
  const periods = own.has("period");
  let score = 0;
  for (const role of roles.keys()) {
    if (own.has(role)) score += 2;
    else if (SPLIT_PERIOD.includes(role)) score += periods ? 2 : 0;
    else if (!LAYOUT_ROLES.includes(role)) score -= 1;
  }
  for (const c of form.columns) if (c.required && hasColumn(c, roles)) score += 3;
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
  const own = new Set([...form.columns.map((c) => c.role), ...LAYOUT_ROLES]);
  const map: ColumnMap = {};
  for (const [role, col] of roles) if (own.has(role)) map[role] = col;
  return map;
}

/** Every header rectangle of two or more roles in the rows a header may end on, top-down. */
export function* headerCandidates(view: SheetView, first: number, last: number): Generator<HeaderCandidate> {
  for (let row = first; row <= last; row++) {
    if (holdsNumbers(view, row)) continue;
    for (let depth = 1; depth <= MAX_HEADER_DEPTH; depth++) {
      const header = readHeader(view, row, depth);
      if (header.roles.size >= 2) yield header;
    }
  }
}

/** The rows a header may end on, or only the row a template recorded. */
export function headerSearchRows(view: SheetView, headerRowHint?: number): { first: number; last: number } {
  return {
    first: headerRowHint ?? view.firstRow,
    last: headerRowHint ?? Math.min(view.lastRow, view.firstRow + HEADER_SEARCH_ROWS),
  };
}

/**
 * Finds the header and the form it belongs to, or null for a sheet that is not a table of
 * measures. With a hint recorded by a template, only that form and header row are tried.
 * The sheet's form is its first table's: a header further down (a second, smaller table under
 * the report) never outbids it, however well it scores. Only a header ending a row or two lower
 * (the lower row of a two-row header) competes with the first one that fits.
 */
export function recognise(view: SheetView, hint?: FormId, headerRowHint?: number): Recognition | null {
  const { first, last } = headerSearchRows(view, headerRowHint);
  return recogniseIn(view, hint ? [formById(hint)] : indicatorSchema.forms, first, last);
}

/** The form of a further table whose header starts at `row` (its last row may be a row or two lower). */
export function recogniseTableAt(view: SheetView, row: number): Recognition | null {
  // The sheet from that row down: its header never reaches up into the rows of the table above.
  const { grid } = view;
  const below = new SheetView({ ...grid, values: grid.values.slice(row - grid.top), formulas: grid.formulas?.slice(row - grid.top), top: row });
  return recogniseIn(below, indicatorSchema.forms, row, Math.min(view.lastRow, row + MAX_HEADER_DEPTH - 1));
}

function recogniseIn(view: SheetView, candidates: FormSchema[], first: number, last: number): Recognition | null {
  let best: { form: FormSchema; header: HeaderCandidate; score: number } | null = null;
  let firstFit: number | null = null;
  for (const header of headerCandidates(view, first, last)) {
    if (firstFit !== null && header.lastRow > firstFit + MAX_HEADER_DEPTH - 1) break;
    for (const form of candidates) {
      if (!formFits(form, header.roles)) continue;
      firstFit ??= header.lastRow;
      const score = formScore(form, header.roles);
      if (!best || score > best.score) best = { form, header, score };
    }
  }
  if (!best) return null;
  const columns = toColumnMap(best.header.roles, best.form);
  const used = new Set(Object.values(columns));
  const otherValueCols = best.header.valueCols.filter((v) => !used.has(v.col));
  return { form: best.form, headerRow: best.header.lastRow, columns, otherValueCols };
}
