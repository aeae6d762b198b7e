/**
 * `pokaznyk template FORM -o FILE.xlsx`: a new workbook with the template, or, when FILE exists
 * (.xlsx or .xlsm), the template as one more sheet under a fresh name, patched into its package so
 * nothing already in FILE changes (charts, pivots, names, protection and macros kept byte for
 * byte). FILE is refused if it is read-only, a symbolic link or not a regular file (safe-output.ts).
 */
import { extname } from "node:path";
import { TEMPLATE_IDS, completeDetails } from "../core/templates";
import type { TemplateDetails, TemplateId } from "../core/templates";
import type { Lang } from "../core/types";
import type { TemplateAnswers } from "./args";
import { acceptedDestination, sayRefused } from "./destination";
import { readWorkbookFile } from "./workbook-file";
import type { CliIo } from "./io";
import { EXIT_CANNOT } from "./outcome";
import { addTemplateSheet, nodeCodec, refusalText } from "./package";
import { describeProblem, errorDetail } from "./read-problem";
import { writeAtomically } from "./safe-output";
import { errorLine, printable } from "./terminal-text";
import { uiText } from "./ui-text";

export interface TemplateRequest {
  template: TemplateId;
  output: string;
  answers: TemplateAnswers;
  lang: Lang;
}

export async function runTemplate(request: TemplateRequest, io: CliIo, today: Date = new Date()): Promise<number> {
  const { output, lang } = request;
  const text = uiText[lang];
  // Adding to an existing workbook is the point, a macro-enabled one (.xlsm) too: its package is patched.
  const macroName = extname(output).toLowerCase() === ".xlsm";
  const destination = await acceptedDestination(output, { existingIsExpected: true, extension: macroName ? ".xlsm" : ".xlsx" }, lang, io);
  if (destination === null) return EXIT_CANNOT;
  const existed = destination.replacedMode !== null;
  if (!existed && macroName) {
    // A new workbook is written by exceljs as an .xlsx package, which Excel will not open under an .xlsm name.
    sayRefused(io, output, { kind: "wrong-extension", expected: ".xlsx" }, lang);
    return EXIT_CANNOT;
  }
  const details = completeDetails(request.answers, today);
  const made = existed ? await addedToExisting(output, request.template, details, lang, today) : await newTemplateWorkbook(request.template, details, today);
  if ("reason" in made) {
    io.stderr.write(errorLine(`${output}: ${made.reason}`));
    return EXIT_CANNOT;
  }
  try {
    await writeAtomically(destination, made.bytes);
  } catch (err) {
    io.stderr.write(errorLine(text.cannotWrite(output, errorDetail(err))));
    return EXIT_CANNOT;
  }
  const [file, name] = [printable(output), printable(made.sheet)];
  io.stdout.write(`${existed ? text.template.added(file, name) : text.template.created(file, name)}\n`);
  return 0;
}

type Made = { bytes: Uint8Array; sheet: string } | { reason: string };

/**
 * The template as one more sheet of the workbook FILE holds: the package patched (./package), every
 * part already there byte-identical but workbook.xml, its rels, [Content_Types].xml and styles.xml,
 * which gain the sheet, its form stamp and its styles. Read with the reader first, so a file that
 * is no workbook gets the same one-line reason `check` gives it.
 */
async function addedToExisting(file: string, id: TemplateId, details: TemplateDetails, lang: Lang, today: Date): Promise<Made> {
  const read = await readWorkbookFile(file, { allowEmpty: true });
  if (!read.ok) return { reason: describeProblem(read.problem, lang) };
  const patched = await addTemplateSheet(read.bytes, id, details, nodeCodec, today);
  if ("refusal" in patched) return { reason: refusalText(patched.refusal, lang) };
  return { bytes: patched.bytes, sheet: patched.template.name };
}

/**
 * A brand-new workbook holding the template. exceljs stays the tool here: there is no package to
 * keep, and it draws the sheet (looks, merges, validations, highlight, print setup) well; it is
 * loaded only for this.
 */
async function newTemplateWorkbook(id: TemplateId, details: TemplateDetails, today: Date): Promise<Made> {
  const { addTemplate, newWorkbook } = await import(/* webpackChunkName: "exceljs" */ "./xlsx/write-template");
  const workbook = newWorkbook(today);
  const sheet = addTemplate(workbook, id, details);
  return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), sheet: sheet.name };
}

export function listTemplates(lang: Lang, io: CliIo): number {
  const text = uiText[lang].template;
  const width = Math.max(...TEMPLATE_IDS.map((id) => id.length));
  io.stdout.write(`${text.listHeading}\n${TEMPLATE_IDS.map((id) => `  ${id.padEnd(width)}  ${text.titleOf(id)}`).join("\n")}\n`);
  return 0;
}
