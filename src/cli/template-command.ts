/**
 * `pokaznyk template FORM -o FILE.xlsx`: a new workbook with the template, or, when FILE exists,
 * the template as one more sheet under a fresh name. Nothing already in FILE is replaced; FILE is
 * refused if it is read-only, a symbolic link or not a regular file (safe-output.ts), or if it
 * has macros (exceljs would write it back without them).
 */
import { extname } from "node:path";
import { TEMPLATE_IDS, completeDetails } from "../core/templates";
import type { TemplateId } from "../core/templates";
import type { Lang } from "../core/types";
import type { TemplateAnswers } from "./args";
import { acceptedDestination, sayRefused } from "./destination";
import { mayHoldMacros, readWorkbookFile } from "./workbook-file";
import type { CliIo } from "./io";
import { EXIT_CANNOT } from "./outcome";
import { describeProblem, errorDetail } from "./read-problem";
import { errorLine, printable } from "./terminal-text";
import { uiText } from "./ui-text";
import { openWorkbook } from "./xlsx/load-workbook-file";
import type { WorkbookFromFile } from "./xlsx/load-workbook-file";
import { saveWorkbook } from "./xlsx/save-workbook";
import { regroupValidations } from "./xlsx/validation-ranges";
import { addTemplate, newWorkbook } from "./xlsx/write-template";

export interface TemplateRequest {
  template: TemplateId;
  output: string;
  answers: TemplateAnswers;
  lang: Lang;
}

export async function runTemplate(request: TemplateRequest, io: CliIo, today: Date = new Date()): Promise<number> {
  const { output, lang } = request;
  const text = uiText[lang];
  // Adding to an existing workbook is the point; an .xlsm passes here to be refused for its macros below.
  const macroName = extname(output).toLowerCase() === ".xlsm";
  const destination = await acceptedDestination(output, { existingIsExpected: true, extension: macroName ? ".xlsm" : ".xlsx" }, lang, io);
  if (destination === null) return EXIT_CANNOT;
  const existed = destination.replacedMode !== null;
  if (!existed && macroName) {
    // exceljs writes an .xlsx package, which Excel will not open under an .xlsm name.
    sayRefused(io, output, { kind: "wrong-extension", expected: ".xlsx" }, lang);
    return EXIT_CANNOT;
  }
  const workbook = existed ? await existingWorkbook(output, lang, io) : newWorkbook(today);
  if (workbook === null) return EXIT_CANNOT;

  const sheet = addTemplate(workbook, request.template, completeDetails(request.answers, today));
  try {
    await saveWorkbook(workbook, destination);
  } catch (err) {
    io.stderr.write(errorLine(text.cannotWrite(output, errorDetail(err))));
    return EXIT_CANNOT;
  }
  const [file, name] = [printable(output), printable(sheet.name)];
  io.stdout.write(`${existed ? text.template.added(file, name) : text.template.created(file, name)}\n`);
  return 0;
}

type LoadedWorkbook = Extract<WorkbookFromFile, { ok: true }>["workbook"];

/** The workbook FILE holds, ready to be saved again; or null, the reason already said. */
async function existingWorkbook(file: string, lang: Lang, io: CliIo): Promise<LoadedWorkbook | null> {
  const read = await readWorkbookFile(file, { allowEmpty: true });
  if (read.ok && (read.macroEnabled || mayHoldMacros(file, read.bytes))) {
    sayRefused(io, file, { kind: "macros", command: "template" }, lang);
    return null;
  }
  const opened = read.ok ? await openWorkbook({ bytes: Buffer.from(read.bytes) }) : read;
  if (!opened.ok) {
    io.stderr.write(errorLine(`${file}: ${describeProblem(opened.problem, lang)}`));
    return null;
  }
  // Saving a loaded workbook as exceljs has it would corrupt its validations; see validation-ranges.ts.
  opened.workbook.worksheets.forEach(regroupValidations);
  return opened.workbook;
}

export function listTemplates(lang: Lang, io: CliIo): number {
  const text = uiText[lang].template;
  const width = Math.max(...TEMPLATE_IDS.map((id) => id.length));
  io.stdout.write(`${text.listHeading}\n${TEMPLATE_IDS.map((id) => `  ${id.padEnd(width)}  ${text.titleOf(id)}`).join("\n")}\n`);
  return 0;
}
