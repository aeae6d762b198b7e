import { SheetView } from "../sheet-view";
import { ColumnMap, ColumnRole, FormId, SheetPlace } from "../types";
import { MeasureLine, RowModel } from "../rows";
import { valueFor } from "../cells";
import { readValue } from "../value";
import { isPlaceholder } from "../placeholder";
import { FindingList } from "./findings";

const VALUE_ROLES: ColumnRole[] = ["plan", "fact", "q1", "q2", "q3", "q4", "total"];
/** Longest placeholder text a finding carries: enough to recognise it, short enough to quote. */
const QUOTE_MAX = 120;

/**
 * SPEC `form-empty`: no measure row holds a plan, fact, quarter or total value (a dash is no value).
 * Forms without value columns (action, regional and programme plans) are empty while no measure row
 * names a measure. Returns whether the form is empty, after reporting it at the header of the first
 * column that waits for values.
 */
export function checkEmpty(
  view: SheetView,
  form: FormId,
  headerRow: number,
  columns: ColumnMap,
  otherValueCols: { col: number; role: ColumnRole }[],
  lines: MeasureLine[],
  findings: FindingList,
): boolean {
  const roles = VALUE_ROLES.filter((r) => columns[r] !== undefined);
  const valueCols = [...roles.map((r) => columns[r] as number), ...otherValueCols.map((v) => v.col)];
  const filled =
    valueCols.length > 0
      ? lines.some((line) => valueCols.some((col) => readValue(valueFor(view, line.row, col)).kind !== "empty"))
      : lines.some((line) => line.measure.trim() !== "");
  if (filled) return false;
  const shown: ColumnRole[] = roles.length > 0 ? roles : ["measure"];
  const col = columns[shown[0]] ?? Math.min(...(Object.values(columns) as number[]));
  findings.add("form-empty", headerRow, col, { form, measures: lines.length, columns: shown });
  return true;
}

/**
 * SPEC `placeholder-left`: a template's placeholder still stands anywhere on a form being filled in
 * — the title block, section headings, measure rows, the signature block below the table.
 */
export function checkPlaceholders(view: SheetView, headerRow: number, model: Pick<RowModel, "firstDataRow" | "lastDataRow" | "sections" | "measures">, findings: FindingList): void {
  const sectionRows = new Set(model.sections.map((s) => s.row));
  const last = model.lastDataRow ?? headerRow;
  const placeOf = (row: number): SheetPlace => (row <= headerRow ? "title" : sectionRows.has(row) ? "section" : row > last ? "signature" : "measure");
  const { values, top, left } = view.grid;
  for (let i = 0; i < values.length; i++) {
    const line = values[i];
    for (let j = 0; j < line.length; j++) {
      const value = line[j];
      if (typeof value !== "string" || !isPlaceholder(value)) continue;
      const text = value.trim().replace(/\s+/g, " ");
      const quoted = text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
      findings.add("placeholder-left", top + i, left + j, { value: quoted, place: placeOf(top + i) });
    }
  }
}
