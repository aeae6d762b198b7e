/**
 * `pokaznyk template FORM -o FILE.xlsx`: a new workbook with the template, or, when FILE exists,
 * the template as one more sheet under a fresh name. Nothing already in FILE is replaced.
 */
import { stat } from "node:fs/promises";
import { TEMPLATE_IDS, completeDetails } from "../core/templates";
import type { TemplateId } from "../core/templates";
import type { Lang } from "../core/types";
import type { TemplateAnswers } from "./args";
import type { CliIo } from "./io";
import { EXIT_CANNOT } from "./outcome";
import { describeProblem, errorDetail } from "./read-problem";
import { uiText } from "./ui-text";
import { workbookFromFile } from "./xlsx/load-workbook-file";
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
  const existed = await exists(output);
  const opened = existed ? await workbookFromFile(output) : { ok: true as const, workbook: newWorkbook(today) };
  if (!opened.ok) {
    io.stderr.write(`pokaznyk: ${output}: ${describeProblem(opened.problem, lang)}\n`);
    return EXIT_CANNOT;
  }
  const { workbook } = opened;
  // Saving a loaded workbook as exceljs has it would corrupt its validations; see validation-ranges.ts.
  if (existed) workbook.worksheets.forEach(regroupValidations);

  const sheet = addTemplate(workbook, request.template, completeDetails(request.answers, today));
  try {
    await saveWorkbook(workbook, output);
  } catch (err) {
    io.stderr.write(`pokaznyk: ${text.cannotWrite(output, errorDetail(err))}\n`);
    return EXIT_CANNOT;
  }
  io.stdout.write(`${existed ? text.template.added(output, sheet.name) : text.template.created(output, sheet.name)}\n`);
  return 0;
}

export function listTemplates(lang: Lang, io: CliIo): number {
  const text = uiText[lang].template;
  const width = Math.max(...TEMPLATE_IDS.map((id) => id.length));
  io.stdout.write(`${text.listHeading}\n${TEMPLATE_IDS.map((id) => `  ${id.padEnd(width)}  ${text.titleOf(id)}`).join("\n")}\n`);
  return 0;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (err) {
    // Anything but "no such file" (a permission problem, say) is left for the reader to report.
    return errorDetail(err) !== "ENOENT";
  }
}
