/**
 * `pokaznyk annual-report Q1.xlsx … Q4.xlsx -o ANNUAL.xlsx`: the year's report from the quarterly
 * ones (core annualReport). Its plan and fact cells are live references to the quarter sheets, so
 * those sheets must be in the written workbook: either -o is the one workbook that already holds
 * the quarters (the annual sheet is patched in, nothing else changes), or -o is a new workbook
 * holding a copy of each quarter's table (values and merges) beside the annual sheet.
 */
import type { CellValue as ExcelValue, Workbook } from "exceljs";
import { checkSheet } from "../core";
import type { CellValue, CheckedSheet } from "../core";
import { isCellError } from "../core/grid";
import { DETAIL_PLACEHOLDERS, annualReport, freshSheetName, stampedOptions } from "../core/templates";
import type { AnnualReportOptions } from "../core/templates";
import type { Lang } from "../core/types";
import type { TemplateAnswers } from "./args";
import { cycleText } from "./cycle-text";
import { acceptedDestination } from "./destination";
import type { CliIo } from "./io";
import { EXIT_CANNOT } from "./outcome";
import { describeProblem } from "./read-problem";
import { sameFile } from "./safe-output";
import { writeSheet } from "./sheet-output";
import { errorLine, printable } from "./terminal-text";
import { nameReferences, readWorkbookFile } from "./workbook-file";

export interface AnnualReportRequest {
  files: string[];
  output: string;
  answers: TemplateAnswers;
  force?: boolean;
  lang: Lang;
}

export async function runAnnualReport(request: AnnualReportRequest, io: CliIo, today: Date = new Date()): Promise<number> {
  const { output, lang } = request;
  const text = cycleText[lang];
  const quarters: CheckedSheet[] = [];
  let inputBytes: Uint8Array = new Uint8Array(0);
  for (const file of request.files) {
    const read = await readWorkbookFile(file);
    if (!read.ok) {
      io.stderr.write(errorLine(`${file}: ${describeProblem(read.problem, lang)}`));
      return EXIT_CANNOT;
    }
    inputBytes = read.bytes;
    const stamps = nameReferences(read.definedNames);
    for (const grid of read.grids) {
      const report = checkSheet(grid, stampedOptions(stamps, grid.name));
      if (report.form === "quarterly-report") quarters.push({ grid, report });
    }
  }
  if (quarters.length === 0) {
    io.stderr.write(errorLine(text.noReports));
    return EXIT_CANNOT;
  }
  const options: AnnualReportOptions = { ...(request.answers.organisation ? { organisation: request.answers.organisation } : {}), responsible: request.answers.responsible || DETAIL_PLACEHOLDERS.responsible };
  const dry = annualReport(quarters, options);
  if (!dry.ok) {
    io.stderr.write(errorLine(text.annualRefused(dry.reason, printable(dry.sheet ?? ""))));
    return EXIT_CANNOT;
  }

  // Into the one workbook that holds the quarters, the annual sheet is added; anywhere else, a new workbook.
  const intoInput = request.files.length === 1 && (await sameFile(request.files[0], output));
  const destination = await acceptedDestination(output, { existingIsExpected: intoInput, extension: output.toLowerCase().endsWith(".xlsm") ? ".xlsm" : ".xlsx", force: request.force }, lang, io);
  if (destination === null) return EXIT_CANNOT;
  // In a new workbook the quarters are copies, named apart when several files call their sheet alike.
  const copies = intoInput ? quarters : renamedApart(quarters);
  const build = () => (existing: string[], serial: number) => {
    const made = annualReport(copies, { ...options, existing, serial });
    if (!made.ok) throw new Error(made.reason);
    return made.sheet;
  };
  const written = await writeSheet(destination, {
    input: request.files[0],
    inputBytes,
    build,
    newBook: (workbook) => copies.forEach((q) => copySheet(workbook, q)),
    fresh: !intoInput,
    today,
    lang,
    io,
  });
  if (written === null) return EXIT_CANNOT;
  io.stdout.write(`${text.annualMade(printable(output), printable(written.sheet), dry.measures, dry.quarters.filter((q): q is string => q !== null).map(printable))}\n`);
  return 0;
}

function renamedApart(quarters: CheckedSheet[]): CheckedSheet[] {
  const taken: string[] = [];
  return quarters.map((q) => {
    const name = freshSheetName(q.grid.name, taken);
    taken.push(name);
    return name === q.grid.name ? q : { grid: { ...q.grid, name }, report: { ...q.report, sheet: name } };
  });
}

/** A quarter's table as the annual sheet's formulas read it: values where they stood, merges kept. */
function copySheet(workbook: Workbook, quarter: CheckedSheet): void {
  const { grid } = quarter;
  const sheet = workbook.addWorksheet(grid.name);
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) sheet.getCell(grid.top + r, grid.left + c).value = excelValue(value);
    }),
  );
  for (const m of grid.merges) sheet.mergeCells(m.top, m.left, m.bottom, m.right);
}

function excelValue(value: CellValue): ExcelValue {
  if (value === null) return null;
  // Excel's error values are a closed set; the grid carries one of them as read.
  if (isCellError(value)) return { error: value.error } as ExcelValue;
  return value;
}
