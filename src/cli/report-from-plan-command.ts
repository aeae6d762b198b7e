/**
 * `pokaznyk report-from-plan PLAN.xlsx --quarter N [--cumulative] -o REPORT.xlsx`: the quarter's
 * report made from the annual plan (core reportFromPlan), written as the templates are: a new
 * workbook, or one more sheet patched into an existing one (the plan's own workbook too, where the
 * report keeps a defined name pointing back at the plan's rows).
 */
import { extname } from "node:path";
import { checkSheet } from "../core";
import type { CheckedSheet } from "../core";
import { DETAIL_PLACEHOLDERS, reportFromPlan, stampedOptions } from "../core/templates";
import type { FromPlanOptions, TemplateSheet } from "../core/templates";
import type { Lang } from "../core/types";
import type { TemplateAnswers } from "./args";
import { cycleText } from "./cycle-text";
import { acceptedDestination } from "./destination";
import type { CliIo } from "./io";
import { EXIT_CANNOT } from "./outcome";
import { describeProblem } from "./read-problem";
import { writeSheet } from "./sheet-output";
import { errorLine, printable } from "./terminal-text";
import { nameReferences, readWorkbookFile } from "./workbook-file";

export interface ReportFromPlanRequest {
  file: string;
  output: string;
  quarter: 1 | 2 | 3 | 4;
  cumulative: boolean;
  answers: TemplateAnswers;
  lang: Lang;
}

export async function runReportFromPlan(request: ReportFromPlanRequest, io: CliIo, today: Date = new Date()): Promise<number> {
  const { file, output, lang } = request;
  const text = cycleText[lang];
  const read = await readWorkbookFile(file);
  if (!read.ok) {
    io.stderr.write(errorLine(`${file}: ${describeProblem(read.problem, lang)}`));
    return EXIT_CANNOT;
  }
  const stamps = nameReferences(read.definedNames);
  const sheets: CheckedSheet[] = read.grids.map((grid) => ({ grid, report: checkSheet(grid, stampedOptions(stamps, grid.name)) }));
  const plan = sheets.find((s) => s.report.form === "annual-plan");
  if (!plan) {
    io.stderr.write(errorLine(`${file}: ${text.noPlan}`));
    return EXIT_CANNOT;
  }
  const options: FromPlanOptions = {
    quarter: request.quarter,
    cumulative: request.cumulative,
    ...(request.answers.organisation ? { organisation: request.answers.organisation } : {}),
    responsible: request.answers.responsible || DETAIL_PLACEHOLDERS.responsible,
  };
  const dry = reportFromPlan(plan, options);
  if (!dry.ok) {
    io.stderr.write(errorLine(`${file}: ${text.nothingPlanned(request.quarter, request.cumulative)}`));
    return EXIT_CANNOT;
  }

  const macroName = extname(output).toLowerCase() === ".xlsm";
  const destination = await acceptedDestination(output, { existingIsExpected: true, extension: macroName ? ".xlsm" : ".xlsx" }, lang, io);
  if (destination === null) return EXIT_CANNOT;
  const build = (intoPlanBook: boolean) => (existing: string[], serial: number): TemplateSheet => {
    const made = reportFromPlan(plan, { ...options, existing, serial });
    if (!made.ok) throw new Error(made.reason);
    // The link back names the plan's sheet: only where that sheet is in the same workbook.
    return intoPlanBook ? made.sheet : { ...made.sheet, source: undefined };
  };
  const written = await writeSheet(destination, { input: file, inputBytes: read.bytes, build, today, lang, io });
  if (written === null) return EXIT_CANNOT;
  io.stdout.write(`${text.reportMade(printable(output), printable(written.sheet), printable(plan.grid.name), dry.measures, dry.skipped, request.quarter, request.cumulative)}\n`);
  return 0;
}
