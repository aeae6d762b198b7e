/**
 * `pokaznyk template FORM -o FILE.xlsx`: a new workbook with the template, or, when FILE exists,
 * the template as one more sheet under a fresh name. Nothing already in FILE is replaced.
 */
import { stat } from "node:fs/promises";
import { Workbook } from "exceljs";
import type { Lang } from "../core/types";
import { TEMPLATE_IDS, buildTemplate, completeDetails, nextStampSerial } from "../core/templates";
import type { TemplateId } from "../core/templates";
import type { TemplateAnswers } from "./args";
import type { CliIo } from "./io";
import { workbookFromFile } from "./xlsx/load-workbook-file";
import { describeProblem, errorDetail } from "./read-problem";
import { saveWorkbook } from "./xlsx/save-workbook";
import { uiText } from "./ui-text";
import { regroupValidations } from "./xlsx/validation-ranges";
import { addTemplateSheet } from "./xlsx/write-template";

const EXIT_CANNOT = 2;

export interface TemplateRequest {
  template: TemplateId;
  output: string;
  answers: TemplateAnswers;
  lang: Lang;
}

export async function writeTemplate(request: TemplateRequest, io: CliIo, today: Date = new Date()): Promise<number> {
  const { output, lang } = request;
  const text = uiText[lang];
  const existed = await exists(output);
  let workbook: Workbook;
  if (existed) {
    const opened = await workbookFromFile(output);
    if (!opened.ok) {
      io.stderr.write(`pokaznyk: ${output}: ${describeProblem(opened.problem, lang)}\n`);
      return EXIT_CANNOT;
    }
    workbook = opened.workbook;
    // Saving a loaded workbook as exceljs has it would corrupt its validations; see validation-ranges.ts.
    workbook.worksheets.forEach(regroupValidations);
  } else {
    workbook = new Workbook();
    workbook.creator = "Pokaznyk";
    workbook.created = today;
  }

  const serial = nextStampSerial(workbook.definedNames.model.map((n) => n.name));
  const sheet = buildTemplate(request.template, completeDetails(request.answers, today), workbook.worksheets.map((ws) => ws.name), serial);
  addTemplateSheet(workbook, sheet);
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
