import { SheetGrid } from "./grid";
import { ColumnMap, ColumnRole, FormId, MeasureRow, SheetReport } from "./types";
import { cellText } from "./value";
import { SheetView } from "./sheet-view";
import { recognise, recogniseTableAt } from "./recognise";
import { nearlyForm } from "./nearly";
import { isConsolidationList } from "./consolidation-lists";
import { checkSubtotals } from "./rules/subtotals";
import { measureRow, readRows } from "./rows";
import { FindingList } from "./rules/findings";
import { reportRow } from "./rules/report-rows";
import { planRow } from "./rules/plan-rows";
import { checkColumns, checkCompleteness, checkDeadlines, checkNumbering, checkOtherValues } from "./rules/structure";
import { rollUp } from "./rollup";
import { checkEmpty, checkPlaceholders } from "./rules/fill";
import { checkProgramSheet } from "./program/check";

export interface CheckOptions {
  /** The form recorded in the workbook by a template: skips guessing. */
  form?: FormId;
  /** The header's last row, recorded with the form. */
  headerRow?: number;
}

/** read → recognise → check and compute: everything the engine says about one sheet. */
export function checkSheet(grid: SheetGrid, options: CheckOptions = {}): SheetReport {
  const view = new SheetView(grid);
  const recognition = recognise(view, options.form, options.headerRow) ?? (options.form ? recognise(view) : null);
  if (!recognition) return notAForm(grid.name, view);
  if (recognition.form.id === "program-execution") return checkProgramSheet(view, recognition);
  const { form, headerRow, columns, otherValueCols } = recognition;
  const model = readRows(view, headerRow, columns);
  const headers = headerTexts(view, headerRow, columns);
  const findings = new FindingList(grid.name, quotable(headers));
  const noteCols = spanOf(view, headerRow, columns.note);

  checkColumns(form, columns, headerRow, Math.min(...Object.values(columns)), findings);
  const measures: MeasureRow[] = model.measures.map((line) => {
    if (form.id === "quarterly-report") return reportRow(view, line, columns, noteCols, findings);
    if (form.id === "annual-plan") return planRow(view, line, columns, findings);
    return measureRow(line);
  });
  checkOtherValues(view, model.measures, otherValueCols, headerRow, findings);
  checkCompleteness(model.measures, columns, findings);
  checkNumbering(model.measures, model.sections, columns, findings);
  checkDeadlines(view, model.measures, columns, headerRow, findings);
  const measureKeys = model.measures.map((m) => `${m.number ?? ""}|${m.measure}`);
  checkSubtotals(view, { measureRows: model.measures.map((m) => m.row), sections: model.sections, totals: model.totals, measureKeys }, totalledColumns(columns), findings);
  if (model.furtherTable !== null) {
    findings.add("table-not-checked", model.furtherTable, view.firstCol, { headerRow: model.furtherTable, form: recogniseTableAt(view, model.furtherTable)?.form.id ?? null });
  }
  // A fresh template's placeholders wait until something is filled in (SPEC form-empty).
  if (!checkEmpty(view, form.id, headerRow, columns, otherValueCols, model.measures, findings)) checkPlaceholders(view, headerRow, model, findings);

  findings.items.sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    sheet: grid.name,
    form: form.id,
    headerRow,
    firstDataRow: model.firstDataRow,
    lastDataRow: model.lastDataRow,
    columns,
    sections: model.sections,
    measures,
    findings: findings.items,
    rollup: rollUp(measures, model.sections),
    headers: Object.fromEntries(headers),
  };
}

/** The columns a header cell stands over: one, or all of a merged header. */
function spanOf(view: SheetView, headerRow: number, col: number | undefined): number[] {
  if (col === undefined) return [];
  const area = view.mergeAt(headerRow, col);
  const right = area ? area.right : col;
  const cols: number[] = [];
  for (let c = col; c <= right; c++) cols.push(c);
  return cols;
}

/** The sheet's own wording of each column, spaces collapsed. */
function headerTexts(view: SheetView, headerRow: number, columns: ColumnMap): Map<ColumnRole, string> {
  const texts = new Map<ColumnRole, string>();
  for (const [role, col] of Object.entries(columns) as [ColumnRole, number][]) {
    const text = cellText(view.shown(headerRow, col)).replace(/\s+/g, " ");
    if (text) texts.set(role, text);
  }
  return texts;
}

/** Wordings short enough to quote, so messages name columns as the official sees them. */
function quotable(texts: Map<ColumnRole, string>): Map<ColumnRole, string> {
  return new Map([...texts].filter(([, text]) => text.length <= 40));
}

/** The numeric columns a total row adds up. */
function totalledColumns(columns: ColumnMap): { col: number; role: ColumnRole }[] {
  const roles: ColumnRole[] = ["plan", "fact", "q1", "q2", "q3", "q4", "total"];
  return roles.filter((role) => columns[role] !== undefined).map((role) => ({ col: columns[role] as number, role }));
}

function notAForm(sheet: string, view: SheetView): SheetReport {
  // The consolidation's own lists are no forms to rename columns in (consolidation-lists.ts).
  const nearly = isConsolidationList(view.grid) ? null : nearlyForm(view);
  return {
    sheet,
    form: null,
    headerRow: null,
    firstDataRow: null,
    lastDataRow: null,
    columns: {},
    sections: [],
    measures: [],
    findings: [],
    rollup: rollUp([], []),
    ...(nearly ? { nearly } : {}),
  };
}
