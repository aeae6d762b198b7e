import { ColumnMap, ColumnRole, MeasureRow, SheetReport } from "../types";
import { SheetView } from "../sheet-view";
import { Recognition } from "../recognise";
import { FindingList } from "../rules/findings";
import { checkColumns, checkDeadlines, checkNumbering } from "../rules/structure";
import { checkPlaceholders } from "../rules/fill";
import { MeasureLine } from "../rows";
import { rollUp } from "../rollup";
import { cellText } from "../value";
import { readProgramRows } from "./rows";
import { MoneyLine, checkSubtotals } from "./subtotals";
import { readMoneyRow, programRow } from "./row-rules";
import { sheetSign } from "./sign";
import { partOfYearAgainstYearPlan } from "./period";

/** Money columns whose typed totals must add up. */
const SUMMED: ColumnRole[] = ["planned", "financed", "used", "deviation"];

/**
 * The columns as this form reads them. «Заплановано» alone is a report's plan wording, so the
 * recogniser calls it a plan; in a table of money it is what was planned.
 */
export function programColumns(recognition: Recognition): ColumnMap {
  const columns = { ...recognition.columns };
  if (columns.planned === undefined) {
    const plan = recognition.otherValueCols.find((v) => v.role === "plan");
    if (plan) columns.planned = plan.col;
  }
  return columns;
}

/** Checks and computes a programme execution report (SPEC "a sixth form"). */
export function checkProgramSheet(view: SheetView, recognition: Recognition): SheetReport {
  const { form, headerRow } = recognition;
  const columns = programColumns(recognition);
  const model = readProgramRows(view, headerRow, columns);
  const headers = new Map<ColumnRole, string>();
  for (const [role, col] of Object.entries(columns) as [ColumnRole, number][]) {
    const text = cellText(view.shown(headerRow, col)).replace(/\s+/g, " ");
    if (text) headers.set(role, text);
  }
  const findings = new FindingList(view.name, new Map([...headers].filter(([, t]) => t.length <= 40)));
  checkColumns(form, columns, headerRow, Math.min(...Object.values(columns)), findings);

  const money: MoneyLine[] = model.lines.map((line) => ({ line, money: readMoneyRow(view, line.row, columns) }));
  const sign = sheetSign(money.map((m) => ({ planned: m.money.planned ?? EMPTY, used: (columns.used !== undefined ? m.money.used : m.money.financed) ?? EMPTY, deviation: m.money.deviation ?? EMPTY })));
  const context = { view, columns, findings, sign, partOfYear: partOfYearAgainstYearPlan(view, headerRow, columns.planned) };
  const measures: MeasureRow[] = [];
  for (const m of money) {
    const row = programRow(context, m.line, m.money);
    if (m.line.kind === "measure") measures.push(row);
  }
  checkSubtotals(money, SUMMED.filter((r) => columns[r] !== undefined).map((role) => ({ role, col: columns[role] as number })), findings);

  const lines: MeasureLine[] = model.lines
    .filter((l) => l.kind === "measure")
    .map((l) => ({ row: l.row, number: l.number, ownNumber: l.ownNumber, measure: l.measure, task: "", executor: l.executor, indicator: "", section: l.section }));
  for (const l of lines) if (columns.executor !== undefined && l.executor === "") findings.add("executor-missing", l.row, columns.executor, {});
  checkNumbering(lines, model.sections, columns, findings);
  checkDeadlines(view, lines, columns, headerRow, findings);
  const moneyRoles = (["planned", "financed", "used"] as ColumnRole[]).filter((r) => columns[r] !== undefined);
  const filled = money.some((m) => moneyRoles.some((r) => m.money[r] !== undefined && m.money[r]?.kind !== "empty"));
  if (!filled) {
    const shown = moneyRoles.length > 0 ? moneyRoles : (["measure"] as ColumnRole[]);
    findings.add("form-empty", headerRow, columns[shown[0]] ?? Math.min(...Object.values(columns)), { form: form.id, measures: measures.length, columns: shown });
  } else {
    checkPlaceholders(view, headerRow, { firstDataRow: model.firstDataRow, lastDataRow: model.lastDataRow, sections: model.sections, measures: lines }, findings);
  }

  findings.items.sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    sheet: view.name,
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

const EMPTY = { kind: "empty" } as const;
