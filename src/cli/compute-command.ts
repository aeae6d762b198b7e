/**
 * `pokaznyk compute FILE.xlsx -o OUT.xlsx`: live totals and percentages written into a copy.
 * The engine plans every edit (core/edits); this file only carries plans out and says what was done.
 * A typed total that disagrees with its quarters is replaced only with --replace-totals. OUT may
 * not be FILE itself or any existing file unless --force (safe-output.ts); a workbook with macros
 * is refused, because exceljs would write it back without them.
 */
import { applyEdits, checkSheet, planCompute } from "../core";
import { columnLetter } from "../core/address";
import type { ComputePlan, ReplaceOffer } from "../core/edits";
import type { CellValue } from "../core/grid";
import { counted, formatNumber } from "../core/messages/format";
import { stampedOptions } from "../core/templates";
import type { Lang, SheetReport } from "../core/types";
import { paletteFor } from "./colour";
import { acceptedDestination, sayRefused } from "./destination";
import { mayHoldMacros, readWorkbookFile } from "./workbook-file";
import type { CliIo } from "./io";
import { EXIT_CANNOT, exitStatus } from "./outcome";
import { describeProblem, errorDetail } from "./read-problem";
import type { ReadProblem } from "./read-problem";
import { summaryLine } from "./summary";
import { cutQuote, errorLine, printable } from "./terminal-text";
import { uiText } from "./ui-text";
import { applyPlan } from "./xlsx/apply-plan";
import type { AppliedPlan } from "./xlsx/apply-plan";
import { checkableWorkbook } from "./xlsx/load-workbook-file";
import { nameReferences } from "./xlsx/defined-names";
import { saveWorkbook } from "./xlsx/save-workbook";
import { regroupValidations } from "./xlsx/validation-ranges";

export interface ComputeRequest {
  file: string;
  output: string;
  addPercentColumn: boolean;
  replaceTotals: boolean;
  /** OUT may replace an existing file, FILE itself included. */
  force?: boolean;
  lang: Lang;
}

export async function runCompute(request: ComputeRequest, io: CliIo): Promise<number> {
  const { file, output, lang } = request;
  const text = uiText[lang];
  const palette = paletteFor(io.stdout.isTTY);
  const cannotRead = (problem: ReadProblem) => {
    io.stderr.write(errorLine(`${file}: ${describeProblem(problem, lang)}`));
    return EXIT_CANNOT;
  };
  const read = await readWorkbookFile(file);
  if (!read.ok) return cannotRead(read.problem);
  // Until the package writer keeps vbaProject.bin, a workbook with macros would lose them.
  if (read.macroEnabled || mayHoldMacros(file, read.bytes)) {
    sayRefused(io, file, { kind: "macros", command: "compute" }, lang);
    return EXIT_CANNOT;
  }
  // Checked before the work, so a refused OUT costs nothing. The bytes keep the input's kind:
  // once macros can be kept, an .xlsm in must go to an .xlsm out.
  const extension = read.macroEnabled ? ".xlsm" : ".xlsx";
  const destination = await acceptedDestination(output, { input: file, force: request.force, extension }, lang, io);
  if (destination === null) return EXIT_CANNOT;
  const loaded = await checkableWorkbook({ bytes: Buffer.from(read.bytes) });
  if (!loaded.ok) return cannotRead(loaded.problem);
  const { workbook, grids, definedNames } = loaded;
  // Saving a loaded workbook as exceljs has it would corrupt its validations; see validation-ranges.ts.
  workbook.worksheets.forEach(regroupValidations);
  const stamps = nameReferences(definedNames);

  const lines = [palette.bold(printable(`${file} → ${output}`))];
  const after: SheetReport[] = [];
  grids.forEach((grid, k) => {
    const sheet = workbook.worksheets[k];
    const options = stampedOptions(stamps, grid.name);
    const report = checkSheet(grid, options);
    if (report.form === null) {
      lines.push(`  ${text.sheet(printable(grid.name))} — ${palette.dim(text.compute.notAForm)}`);
      after.push(report);
      return;
    }
    const plan = planCompute(grid, report, { addPercentColumn: request.addPercentColumn });
    const accepted = request.replaceTotals ? plan.offers.map((o) => o.write) : [];
    const applied = applyPlan(workbook, sheet, plan, accepted);
    // The plan is carried out twice, on purpose. applyPlan edits the file; applyEdits gives the
    // engine's grid of that file, and checking it is what the summary and the exit status need:
    // they speak of the file written, where a replaced total is no longer an error. Re-reading
    // the saved file would say the same at the cost of a second unzip. (One known gap: a write
    // applyPlan skips because its cell is inside a merged area still lands on this grid.)
    after.push(checkSheet(applyEdits(grid, plan, accepted), options));
    lines.push(...sheetLines(grid.name, plan, applied, request, lang));
  });

  try {
    await saveWorkbook(workbook, destination);
  } catch (err) {
    io.stderr.write(errorLine(text.cannotWrite(output, errorDetail(err))));
    return EXIT_CANNOT;
  }
  lines.push("", text.compute.savedTo(printable(output)));
  const outcome = [{ file: output, reports: after }];
  lines.push(summaryLine(outcome, lang));
  io.stdout.write(`${lines.join("\n")}\n`);
  return exitStatus(outcome);
}

function sheetLines(name: string, plan: ComputePlan, applied: AppliedPlan, request: ComputeRequest, lang: Lang): string[] {
  const text = uiText[lang];
  const done: string[] = plan.insertColumns.map((c) => text.compute.columnAdded(c.header, columnLetter(c.before)));
  const formulas = applied.written.filter((w) => w.formula).length;
  if (formulas > 0) done.push(text.compute.written(counted(formulas, text.compute.formulas, lang)));
  if (plan.askPercentColumn) done.push(text.compute.noPercentColumn);
  else if (done.length === 0 && plan.offers.length === 0) done.push(text.compute.nothingToDo);
  const lines = [`  ${text.sheet(printable(name))} — ${done.join("; ")}`];
  for (const offer of plan.offers) lines.push(`    ${offerLine(offer, request.replaceTotals, lang)}`);
  for (const cell of applied.skipped) lines.push(`    ${text.compute.skippedMerged(cell)}`);
  return lines;
}

function offerLine(offer: ReplaceOffer, replaced: boolean, lang: Lang): string {
  const text = uiText[lang].compute;
  const typed = shown(offer.current, lang);
  const sum = shown(offer.write.value ?? null, lang);
  return replaced ? text.offerReplaced(offer.cell, typed, sum) : text.offerPending(offer.cell, typed, sum);
}

/** A number as the official typed it (decimal comma in Ukrainian), anything else in quotes, cut and printable. */
function shown(value: CellValue, lang: Lang): string {
  if (typeof value === "number") return formatNumber(value, lang, { grouping: false, fractionDigits: 10 });
  if (typeof value === "string") return printable(lang === "uk" ? `«${cutQuote(value)}»` : `"${cutQuote(value)}"`);
  return String(value);
}
