/**
 * `pokaznyk template FORM -o FILE.xlsx`: a new workbook with the template, or, when FILE exists,
 * the template as one more sheet under a fresh name. Nothing already in FILE is replaced.
 */
import { stat } from "node:fs/promises";
import { Workbook } from "exceljs";
import type { Lang } from "../core/types";
import { TEMPLATE_IDS, buildTemplate } from "../core/templates";
import type { TemplateDetails, TemplateId, TemplateSheet } from "../core/templates";
import type { TemplateAnswers } from "./args";
import type { CliIo } from "./io";
import { errorDetail, openWorkbookFile } from "./load-workbook-file";
import { describeProblem } from "./read-problem";
import { saveWorkbook } from "./save-workbook";
import { uiText } from "./ui-text";
import { regroupValidations } from "./validation-ranges";
import { addTemplateSheet } from "./write-template";

/** What the title block says when the user did not tell; the forms are Ukrainian documents. */
const PLACEHOLDERS = { organisation: "(назва установи)", responsible: "(посада, ім'я та прізвище)" };

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
    const opened = await openWorkbookFile(output);
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

  const sheet = freshTemplate(workbook, request.template, templateDetails(request.answers, today));
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

/** Defaults: this year and quarter, placeholders an official will see and replace. */
export function templateDetails(answers: TemplateAnswers, today: Date): TemplateDetails {
  return {
    organisation: answers.organisation ?? PLACEHOLDERS.organisation,
    year: answers.year ?? today.getFullYear(),
    quarter: answers.quarter ?? ((Math.floor(today.getMonth() / 3) + 1) as 1 | 2 | 3 | 4),
    responsible: answers.responsible ?? PLACEHOLDERS.responsible,
    rows: answers.rows,
  };
}

/** A sheet name and a marker name that the workbook does not have yet. */
function freshTemplate(workbook: Workbook, id: TemplateId, details: TemplateDetails): TemplateSheet {
  const sheetNames = workbook.worksheets.map((ws) => ws.name);
  const taken = new Set(workbook.definedNames.model.map((n) => n.name.toLowerCase()));
  for (let serial = 1; ; serial++) {
    const sheet = buildTemplate(id, details, sheetNames, serial);
    if (!taken.has(sheet.marker.name.toLowerCase())) return sheet;
  }
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
