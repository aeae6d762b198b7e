import { ColumnMap, ColumnRole, ExecutionStatus, MeasureRow } from "../types";
import { SheetView } from "../sheet-view";
import { FindingList } from "../rules/findings";
import { valueFor } from "../cells";
import { cellText, readValue } from "../value";
import { roundNoise } from "../compute";
import { MoneyReading, isNotApplicable, readDeviation, readMoney } from "./money";
import { ProgramLine } from "./rows";
import { percentUsed, typedPercentAgrees } from "./percent";
import { DeviationSign, deviationDiffers, deviationOf } from "./sign";

export interface ProgramContext {
  view: SheetView;
  columns: ColumnMap;
  findings: FindingList;
  sign: DeviationSign;
  /** The planned column is the year's and the title covers part of it: no underspend (SPEC). */
  partOfYear: boolean;
}

const AMOUNTS = ["planned", "financed", "used"] as const;

/** The money of one row, by the roles the sheet has. */
export function readMoneyRow(view: SheetView, row: number, columns: ColumnMap): Partial<Record<ColumnRole, MoneyReading>> {
  const money: Partial<Record<ColumnRole, MoneyReading>> = {};
  for (const role of AMOUNTS) {
    const col = columns[role];
    if (col !== undefined) money[role] = readMoney(valueFor(view, row, col));
  }
  if (columns.deviation !== undefined) money.deviation = readDeviation(valueFor(view, row, columns.deviation));
  return money;
}

/**
 * Checks one row of the table: money cells on every row (value-invalid, number-as-text); on a
 * measure row also underspend, the typed percent and the typed deviation. Returns what was computed.
 */
export function programRow(context: ProgramContext, line: ProgramLine, money: Partial<Record<ColumnRole, MoneyReading>>): MeasureRow {
  const { view, columns, findings } = context;
  const { row } = line;
  for (const role of [...AMOUNTS, "deviation"] as const) {
    const reading = money[role];
    const col = columns[role];
    if (reading === undefined || col === undefined) continue;
    if (reading.kind === "invalid") findings.add("value-invalid", row, col, { column: role, label: findings.label(role), value: reading.shown, reason: reading.reason });
    // A deviation written "- 1153,903" is how reports publish it: a number, nothing to convert.
    if (reading.kind === "number" && reading.asText && role !== "deviation") findings.add("number-as-text", row, col, { column: role, label: findings.label(role), value: reading.value });
  }
  const spentRole = columns.used !== undefined ? "used" : "financed";
  const planned = money.planned ?? EMPTY;
  const spent = money[spentRole] ?? EMPTY;
  const percent = percentUsed(planned, spent);
  const value = (r: MoneyReading | undefined) => (r?.kind === "number" ? r.value : null);
  const deviation = planned.kind === "number" && spent.kind === "number" ? roundNoise(deviationOf(planned.value, spent.value, context.sign)) : null;
  const result: MeasureRow = {
    row,
    number: line.number,
    measure: line.measure,
    executor: line.executor || null,
    section: line.section,
    source: line.source || null,
    planned: value(money.planned),
    financed: value(money.financed),
    used: value(money.used),
    percent,
    deviation,
    planKind: planned.kind === "invalid" ? "invalid" : planned.kind === "number" ? "number" : "empty",
    execution: status(planned, spent),
  };
  if (line.kind !== "measure") return result;

  if (planned.kind === "number" && spent.kind === "number" && planned.value > 0 && spent.value < planned.value && !context.partOfYear && noteOf(view, row, columns.note) === "") {
    const col = columns.note ?? (columns[spentRole] as number);
    findings.add("underspend-unexplained", row, col, { planned: planned.value, used: spent.value, column: spentRole, label: findings.label("note") });
  }
  if (columns.percent !== undefined) checkTypedPercent(context, row, columns.percent, planned, spent, percent);
  const typed = money.deviation;
  if (columns.deviation !== undefined && typed?.kind === "number" && planned.kind === "number" && spent.kind === "number") {
    const expected = roundNoise(deviationOf(planned.value, spent.value, context.sign));
    if (deviationDiffers(typed.value, expected)) findings.add("deviation-mismatch", row, columns.deviation, { deviation: typed.value, expected, sign: context.sign, label: findings.label("deviation") });
  }
  return result;
}

const EMPTY: MoneyReading = { kind: "empty" };

function status(planned: MoneyReading, spent: MoneyReading): ExecutionStatus {
  if (planned.kind !== "number" || spent.kind !== "number") return "unknown";
  if (spent.value >= planned.value) return "full";
  return spent.value > 0 ? "partial" : "none";
}

/** The row's note (a merged note serves each row under it); `х` says nothing. */
function noteOf(view: SheetView, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  const text = cellText(view.shown(row, col));
  return isNotApplicable(text) ? "" : text;
}

function checkTypedPercent(context: ProgramContext, row: number, col: number, planned: MoneyReading, spent: MoneyReading, percent: number | null): void {
  const { view, findings } = context;
  const cell = valueFor(view, row, col);
  if (isNotApplicable(cell)) return;
  const typed = readValue(cell);
  const label = findings.label("percent");
  if (typed.kind === "text") findings.add("percent-invalid", row, col, { value: typed.text, kind: "text", percent, label });
  if (typed.kind === "invalid" && typed.reason !== "negative") findings.add("percent-invalid", row, col, { value: typed.shown, kind: typed.reason === "error" ? "error" : "text", percent, label });
  if (typed.kind !== "number" || percent === null || planned.kind !== "number" || spent.kind !== "number") return;
  const { agrees, shown } = typedPercentAgrees(typed.value, (spent.value / planned.value) * 100);
  if (!agrees) findings.add("percent-mismatch", row, col, { value: typed.value, shown, percent, label, basis: context.columns.used !== undefined ? "used" : "financed" });
}
