import { SheetView } from "../sheet-view";
import { ColumnMap, Section } from "../types";
import { FormSchema } from "../schema/schema";
import { MeasureLine } from "../rows";
import { depthOf, isUnder, leadingNumber } from "../numbering";
import { planPeriod, readDeadlineCell } from "../deadline";
import { CellValue } from "../grid";
import { cellText, readValue } from "../value";
import { valueFor } from "../cells";
import { ColumnRole } from "../types";
import { FindingList } from "./findings";

/** Columns the form expects but the sheet lacks: reported once, at the header. */
export function checkColumns(form: FormSchema, columns: ColumnMap, headerRow: number, firstCol: number, findings: FindingList): void {
  for (const c of form.columns) {
    if (c.expected && columns[c.role] === undefined) findings.add("column-missing", headerRow, firstCol, { column: c.role });
  }
}

/** Every measure names who does it and how it is measured. */
export function checkCompleteness(lines: MeasureLine[], columns: ColumnMap, findings: FindingList): void {
  for (const line of lines) {
    if (columns.executor !== undefined && line.executor === "") findings.add("executor-missing", line.row, columns.executor, {});
    if (columns.indicator !== undefined && line.indicator === "") findings.add("indicator-missing", line.row, columns.indicator, {});
  }
}

/** Measure numbers are unique and sit under their task (or section): "3.2.1" does not belong to task "2.1". */
export function checkNumbering(lines: MeasureLine[], sections: Section[], columns: ColumnMap, findings: FindingList): void {
  const labelCol = columns.measure ?? columns.number ?? columns.indicator ?? columns.task ?? 1;
  const seen = new Map<string, number>();
  for (const line of lines) {
    if (!line.ownNumber || line.number === null) continue;
    // Plain ordinals ("1", "2") restart in each section of many plans; dotted numbers are sheet-wide.
    const key = depthOf(line.number) === 1 ? `${line.section}|${line.number}` : line.number;
    const first = seen.get(key);
    if (first !== undefined) findings.add("number-duplicate", line.row, labelCol, { number: line.number, firstRow: first });
    else seen.set(key, line.row);

    const taskNumber = line.task ? leadingNumber(line.task) : null;
    const section = line.section !== null ? sections[line.section] : null;
    const parent = taskNumber ?? section?.number ?? null;
    if (parent === null || depthOf(line.number) <= depthOf(parent)) continue;
    if (!isUnder(line.number, parent)) findings.add("number-hierarchy", line.row, labelCol, { number: line.number, parent });
  }
}

/** Columns that hold when a measure is done: a deadline, a period, or a period split in two. */
const WHEN_ROLES: ColumnRole[] = ["deadline", "period", "start", "end"];

/** Deadlines and periods must be readable and lie within the years the plan's title names. */
export function checkDeadlines(view: SheetView, lines: MeasureLine[], columns: ColumnMap, headerRow: number, findings: FindingList): void {
  const cols = WHEN_ROLES.map((r) => columns[r]).filter((c): c is number => c !== undefined);
  if (cols.length === 0) return;
  const titles: string[] = [];
  for (let row = view.firstRow; row < headerRow; row++) {
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const text = cellText(view.own(row, c));
      if (text) titles.push(text);
    }
  }
  const period = planPeriod(titles);
  for (const line of lines) {
    for (const col of cols) {
      const cell = view.shown(line.row, col);
      const text = deadlineText(cell);
      if (text === "") continue;
      const reading = readDeadlineCell(cell);
      if (reading.kind === "unreadable") findings.add("deadline-unreadable", line.row, col, { value: text });
      else if (reading.kind === "years" && period && reading.years.some((y) => y < period.from || y > period.to)) {
        findings.add("deadline-outside-period", line.row, col, { value: text, from: period.from, to: period.to });
      }
    }
  }
}

/** A date as an official writes it (31.12.2024), other cells as shown. */
function deadlineText(cell: CellValue): string {
  if (!(cell instanceof Date) || Number.isNaN(cell.getTime())) return cellText(cell);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(cell.getUTCDate())}.${two(cell.getUTCMonth() + 1)}.${cell.getUTCFullYear()}`;
}

/**
 * Plans and facts in columns the form does not compute with (each quarter's beside the year's)
 * still must hold numbers or wordings: errors, negatives and digits mixed with words are invalid.
 */
export function checkOtherValues(view: SheetView, lines: MeasureLine[], cols: { col: number; role: ColumnRole }[], headerRow: number, findings: FindingList): void {
  if (cols.length === 0) return;
  const labels = cols.map(({ col }) => columnLabel(view, headerRow, col));
  for (const line of lines) {
    cols.forEach(({ col, role }, k) => {
      const reading = readValue(valueFor(view, line.row, col));
      if (reading.kind === "invalid") findings.add("value-invalid", line.row, col, { column: role, label: labels[k], value: reading.shown, reason: reading.reason });
    });
  }
}

/** "I квартал: Факт" — the group a leaf header stands under tells which of several it is. */
function columnLabel(view: SheetView, headerRow: number, col: number): string | undefined {
  const leaf = cellText(view.shown(headerRow, col));
  const parent = headerRow > view.firstRow ? cellText(view.shown(headerRow - 1, col)) : "";
  const label = parent && parent !== leaf && parent.length <= 24 ? `${parent}: ${leaf}` : leaf;
  return label && label.length <= 40 ? label : undefined;
}
