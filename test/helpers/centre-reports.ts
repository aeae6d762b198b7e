/**
 * Centres' quarterly reports as the receiving office gets them (issue 11): the measures of a real
 * centre's report (a shared fixture, read with the project's reader) written by each centre in
 * its own way — the fixture's two-row header under a title that names the period, a one-row
 * header under a separate period line, the header lower, the columns in another order, the
 * measures numbered «1», «2»… or under other section numbers, no task column. The builder returns
 * what it wrote and where, so a test can compute every expected figure from that alone.
 */
import { readFileSync } from "node:fs";
import { Workbook } from "exceljs";
import type { CellValue as ExcelValue, Worksheet } from "exceljs";
import { readWorkbook } from "../../src/cli/workbook-file";
import type { CellValue } from "../../src/core";

export type Role = "number" | "task" | "measure" | "executor" | "indicator" | "plan" | "fact" | "note";

export interface ReportMeasure {
  /** The section heading above it, as the fixture writes it («I. Суб'єкти…»). */
  section: string;
  /** The task it serves («1.1. Ранній доступ…»). */
  task: string;
  /** The plan's number («1.1.1»). */
  number: string;
  /** The wording, without its number. */
  text: string;
  executor: string;
  indicator: string;
  plan: ExcelValue;
  fact: ExcelValue;
  note: string | null;
}

export interface Layout {
  /** The header in two rows (a merged «Значення показників…» over «План» and «Факт») with the period in the title, as the fixture; or one row under a period line. */
  header: 1 | 2;
  /** Rows the header stands lower than usual (an approval stamp above the title). */
  lower: number;
  /** The columns left to right; a role left out is not in the sheet. */
  order: Role[];
  /**
   * How the centre numbers its measures: as the plan («1.1.1.» before the wording, the task's
   * index in the number column), in the number column only («1.1.1»), its own running «1», «2»…,
   * or the plan's numbers under section numbers one higher («2.1.1»).
   */
  numbering: "in-text" | "column" | "running" | "shifted";
}

export const PLAN_ORDER: Role[] = ["number", "task", "measure", "executor", "indicator", "plan", "fact", "note"];

const HEADER: Record<Role, string> = {
  number: "№ з/п",
  task: "Найменування завдання",
  measure: "Найменування заходу для виконання завдання",
  executor: "Відповідальний виконавець заходу (на рівні відділу або служби)",
  indicator: "Найменування показників результативності виконання заходу",
  plan: "План",
  fact: "Факт",
  note: "Примітка у разі недовиконання плану",
};
const VALUES_GROUP = "Значення показників результативності виконання заходу";

export interface CentreReport {
  /** Whose report, in the genitive as its title has it («Краматорського»). */
  centre: string;
  /** «II квартал 2024 року». */
  period: string;
  layout: Layout;
  measures: ReportMeasure[];
}

/** Where the builder put things: each measure's sheet row, and each role's column (1-based). */
export interface Written {
  sheet: string;
  rows: number[];
  columns: Partial<Record<Role, number>>;
  headerRow: number;
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI"];

/**
 * The measures of a fixture report's first sections, as its rows hold them: a section heading in
 * the first column (merged across), the task merged down beside its measures, the measure's
 * number at the start of its wording.
 */
export function fixtureMeasures(file: string, sections: number): ReportMeasure[] {
  const read = readWorkbook(readFileSync(file));
  if (!read.ok) throw new Error(`${file}: ${read.problem.kind}`);
  const grid = read.grids[0];
  const at = (row: number, col: number): CellValue => grid.values[row - grid.top]?.[col - grid.left] ?? null;
  const text = (v: CellValue) => (v === null ? "" : String(v).trim());
  const out: ReportMeasure[] = [];
  let section = "";
  let seen = 0;
  let task = "";
  for (let row = grid.top; row < grid.top + grid.values.length; row++) {
    const first = text(at(row, 1));
    if (/^[IVX]+\.\s/.test(first)) {
      if (++seen > sections) break;
      section = first;
      continue;
    }
    if (seen === 0) continue;
    task = text(at(row, 2)) || task;
    const numbered = /^(\d+(?:\.\d+)+)\.?\s+([\s\S]+)$/.exec(text(at(row, 3)));
    if (!numbered) continue;
    const value = (v: CellValue): ExcelValue => (typeof v === "number" || typeof v === "string" ? v : null);
    out.push({ section, task, number: numbered[1], text: numbered[2], executor: text(at(row, 4)), indicator: text(at(row, 5)), plan: value(at(row, 6)), fact: value(at(row, 7)), note: text(at(row, 8)) || null });
  }
  return out;
}

/** The number a centre writes for its k-th measure, and the wording beside it. */
function numbered(m: ReportMeasure, k: number, numbering: Layout["numbering"]): { number: ExcelValue; measure: string } {
  switch (numbering) {
    case "in-text":
      return { number: null, measure: `${m.number}. ${m.text}` };
    case "column":
      return { number: m.number, measure: m.text };
    case "running":
      return { number: k + 1, measure: m.text };
    case "shifted":
      return { number: m.number.replace(/^\d+/, (d) => String(Number(d) + 1)), measure: m.text };
  }
}

/** Writes the centre's report as one sheet of a new workbook at `file`; says where everything went. */
export async function writeCentreReport(file: string, report: CentreReport): Promise<Written> {
  const { layout, measures } = report;
  const workbook = new Workbook();
  const sheetName = `Звіт ${report.period.replace(/ квартал (\d+) року/, " кв $1")}`;
  const sheet = workbook.addWorksheet(sheetName);
  const width = layout.order.length;
  const col = (role: Role) => layout.order.indexOf(role) + 1;
  const columns: Partial<Record<Role, number>> = {};
  for (const role of layout.order) columns[role] = col(role);
  let row = 1;
  if (layout.lower > 0) {
    sheet.getCell(row, width).value = "ЗАТВЕРДЖЕНО";
    row += layout.lower;
  }
  const title = `Звіт про виконання плану діяльності ${report.centre} місцевого центру з надання безоплатної вторинної правової допомоги`;
  if (layout.header === 2) {
    line(sheet, row++, `${title} за ${report.period}`, width);
  } else {
    line(sheet, row++, title, width);
    line(sheet, row++, `за ${report.period}`, width);
  }
  row++;
  if (layout.header === 2) {
    // As the fixture: every column but plan and fact merged over both rows, the group over those two.
    for (const role of layout.order) {
      const c = col(role);
      if (role === "plan" || role === "fact") {
        sheet.getCell(row, c).value = VALUES_GROUP;
        sheet.getCell(row + 1, c).value = HEADER[role];
      } else {
        sheet.getCell(row, c).value = HEADER[role];
        sheet.mergeCells(row, c, row + 1, c);
      }
    }
    const [p, f] = [col("plan"), col("fact")];
    if (Math.abs(p - f) === 1) sheet.mergeCells(row, Math.min(p, f), row, Math.max(p, f));
    row += 2;
  } else {
    layout.order.forEach((role, k) => (sheet.getCell(row, k + 1).value = HEADER[role]));
    row++;
  }
  const headerRow = row - 1;
  const rows: number[] = [];
  let section = "";
  let taskStart = 0;
  let tasks = 0;
  measures.forEach((m, k) => {
    if (m.section !== section) {
      section = m.section;
      const heading = layout.numbering === "shifted" ? m.section.replace(/^([IVX]+)\./, (_, r: string) => `${ROMAN[ROMAN.indexOf(r) + 1]}.`) : m.section;
      line(sheet, row++, heading, width);
    }
    const firstOfTask = k === 0 || measures[k - 1].task !== m.task || measures[k - 1].section !== m.section;
    if (firstOfTask) {
      tasks++;
      taskStart = row;
    }
    const { number, measure } = numbered(m, k, layout.numbering);
    const cells: Record<Role, ExcelValue> = { number: layout.numbering === "in-text" ? tasks : number, task: m.task, measure, executor: m.executor, indicator: m.indicator, plan: m.plan, fact: m.fact, note: m.note };
    for (const role of layout.order) if (cells[role] !== null) sheet.getCell(row, col(role)).value = cells[role];
    rows.push(row);
    const lastOfTask = k === measures.length - 1 || measures[k + 1].task !== m.task || measures[k + 1].section !== m.section;
    // The task (and, numbered in the text, its index) merged down over its measures, as officials lay it out.
    if (lastOfTask && row > taskStart) {
      if (columns.task) sheet.mergeCells(taskStart, columns.task, row, columns.task);
      if (layout.numbering === "in-text" && columns.number) sheet.mergeCells(taskStart, columns.number, row, columns.number);
    }
    row++;
  });
  row++;
  sheet.getCell(row, 2).value = "Директор центру";
  sheet.getCell(row, Math.min(width, 5)).value = "О. Петренко";
  await workbook.xlsx.writeFile(file);
  return { sheet: sheetName, rows, columns, headerRow };
}

/** A line of text merged across the table, as titles and section headings are. */
function line(sheet: Worksheet, row: number, text: string, width: number): void {
  sheet.getCell(row, 1).value = text;
  sheet.mergeCells(row, 1, row, width);
}
