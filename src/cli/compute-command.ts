/**
 * `pokaznyk compute FILE.xlsx -o OUT.xlsx`: live totals and percentages written into a copy.
 * The engine plans every edit (core/edits); the package writer (./package) carries each sheet's
 * plan out on the package itself, every part it does not change copied byte for byte (charts,
 * pivots, comments, a VBA project); this file only says what was done, or the one-line reason a
 * patch was refused. A typed total that disagrees with its quarters is replaced only with
 * --replace-totals. OUT may not be FILE itself or any existing file unless --force (safe-output.ts).
 */
import { checkSheet, planCompute } from "../core";
import { columnLetter } from "../core/address";
import type { ComputePlan, ReplaceOffer } from "../core/edits";
import type { CellValue } from "../core/grid";
import { counted, formatNumber } from "../core/messages/format";
import { stampedOptions } from "../core/templates";
import type { FixKind, Lang } from "../core/types";
import type { CliFix } from "./args";
import { fixLines, fixWrites } from "./compute-fixes";
import { paletteFor } from "./colour";
import { acceptedDestination } from "./destination";
import { nameReferences, readWorkbook, readWorkbookFile } from "./workbook-file";
import type { CliIo } from "./io";
import { EXIT_CANNOT, exitStatus } from "./outcome";
import { nodeCodec, patchCompute, refusalText } from "./package";
import type { PatchedCompute } from "./package";
import { describeProblem, errorDetail } from "./read-problem";
import { writeAtomically } from "./safe-output";
import { strayLines } from "./stray-cells";
import { summaryLine } from "./summary";
import { cutQuote, errorLine, printable } from "./terminal-text";
import { uiText } from "./ui-text";

export interface ComputeRequest {
  file: string;
  output: string;
  addPercentColumn: boolean;
  replaceTotals: boolean;
  /** OUT may replace an existing file, FILE itself included. */
  force?: boolean;
  /** The engine's fixes to apply as accepted (issue 10); --replace-percents is "percent-formula". */
  fixes?: readonly CliFix[];
  replacePercents?: boolean;
  lang: Lang;
}

export async function runCompute(request: ComputeRequest, io: CliIo): Promise<number> {
  const { file, output, lang } = request;
  const text = uiText[lang];
  const palette = paletteFor(io.stdout.isTTY);
  const cannot = (reason: string) => {
    io.stderr.write(errorLine(`${file}: ${reason}`));
    return EXIT_CANNOT;
  };
  const read = await readWorkbookFile(file);
  if (!read.ok) return cannot(describeProblem(read.problem, lang));
  // Checked before the work, so a refused OUT costs nothing. The package keeps its kind (and a
  // macro-enabled one its VBA project, byte for byte), so its name must keep the extension
  // Excel expects of that kind: .xlsm in, .xlsm out.
  const extension = read.macroEnabled ? ".xlsm" : ".xlsx";
  const destination = await acceptedDestination(output, { input: file, force: request.force, extension }, lang, io);
  if (destination === null) return EXIT_CANNOT;
  const stamps = nameReferences(read.definedNames);
  const fixKinds: FixKind[] = [...(request.fixes ?? []), ...(request.replacePercents ? (["percent-formula"] as const) : [])];

  const lines = [palette.bold(printable(`${file} → ${output}`))];
  let bytes = read.bytes;
  // Far cells the reader left out of a grid are neither checked nor computed: said under the sheet, as check says it.
  const strays = (sheet: string) => strayLines({ file, reports: [], strays: read.strays }, sheet, lang);
  for (const grid of read.grids) {
    const report = checkSheet(grid, stampedOptions(stamps, grid.name));
    if (report.form === null) {
      lines.push(`  ${text.sheet(printable(grid.name))} — ${palette.dim(text.compute.notAForm)}`, ...strays(grid.name));
      continue;
    }
    const plan = planCompute(grid, report, { addPercentColumn: request.addPercentColumn });
    const accepted = request.replaceTotals ? plan.offers.map((o) => o.write) : [];
    const fixes = fixKinds.length > 0 ? fixWrites(grid, report, plan, fixKinds) : [];
    const fixed = fixes.flatMap((f) => f.writes);
    // Each sheet's patch goes onto the package the previous one left; one refusal and nothing is written.
    const patched = patchCompute(bytes, grid.name, plan, [...accepted, ...fixed], nodeCodec);
    if ("refusal" in patched) return cannot(refusalText(patched.refusal, lang));
    bytes = patched.bytes;
    const own = patched.written.filter((w) => !fixed.includes(w));
    lines.push(...sheetLines(grid.name, plan, { ...patched, written: own }, request, lang), ...fixLines(fixes, patched.written, lang), ...strays(grid.name));
  }

  // The summary and the exit status speak of the file written, so they come from its bytes read
  // back: what a `check` of OUT will say, merged cells left alone and moved columns included,
  // rather than from the engine's idea of the edits (applyEdits), which could differ where the
  // patch skipped a cell. The reader makes this cheap (one more unzip of parts just deflated).
  const written = readWorkbook(bytes);
  if (!written.ok) return cannot(describeProblem(written.problem, lang));
  const writtenStamps = nameReferences(written.definedNames);
  const after = written.grids.map((grid) => checkSheet(grid, stampedOptions(writtenStamps, grid.name)));
  try {
    await writeAtomically(destination, bytes);
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

function sheetLines(name: string, plan: ComputePlan, applied: PatchedCompute, request: ComputeRequest, lang: Lang): string[] {
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
