import type { FailureKind } from "../../excel/errors";
import type { Severity } from "../../core/types";
import { severityNouns } from "../../core/messages/severity";
import type { NounForms as PluralForms } from "../../core/messages/format";
import { enCompute, ukCompute, type ComputeStrings } from "./compute-strings";
import { enTemplates, ukTemplates, type TemplateStrings } from "./template-strings";
import { enWorkbook, ukWorkbook, type WorkbookStrings } from "./workbook-strings";
import { enCycle, ukCycle, type CycleStrings } from "./cycle-strings";
import { enConsolidate, ukConsolidate, type ConsolidateStrings } from "./consolidate-strings";

/** Every word the task pane shows that does not come from the engine's catalogue. */
export interface Strings {
  appTitle: string;
  /** The language switch shows the other language's name. */
  switchTo: string;
  switchLabel: string;
  intro: string;
  check: string;
  checking: string;
  recheck: string;
  mark: string;
  unmark: string;
  sheet: (name: string) => string;
  form: string;
  /** The verdict `nothing`: a form with no measure rows yet (a fresh template). */
  nothingToCheck: string;
  severityForms: Record<Severity, PluralForms>;
  cellForms: PluralForms;
  findingsLabel: string;
  goToCell: (cell: string) => string;
  showMore: (count: number) => string;
  collapse: string;
  expand: string;
  explainLabel: (cell: string) => string;
  explainPlaceholder: string;
  reasonsLabel: string;
  save: string;
  overwritePrompt: (existing: string) => string;
  replace: string;
  cancel: string;
  written: (cell: string) => string;
  marked: (cells: string) => string;
  unmarked: (cells: string) => string;
  nothingToMark: string;
  failureTitle: string;
  failure: Record<FailureKind, (detail: Record<string, string>, message: string) => string>;
  dismiss: string;
  notInExcel: string;
  tabCheck: string;
  /** The pane shows one sheet's results while another sheet is active. */
  otherSheet: (shown: string, active: string) => string;
  otherSheetAction: string;
  compute: ComputeStrings;
  templates: TemplateStrings;
  workbook: WorkbookStrings;
  cycle: CycleStrings;
  consolidate: ConsolidateStrings;
}

/**
 * Common reasons for a shortfall. They are written into the document, which is Ukrainian,
 * so they stay Ukrainian in the English UI too.
 */
export const DEFAULT_REASONS = [
  "Воєнний стан",
  "Відсутність фінансування",
  "Перенесено на наступний квартал",
  "Відсутність запитів від громадян",
  "Скасовано з причин, що не залежать від установи",
];

export const uk: Strings = {
  appTitle: "Показник",
  switchTo: "EN",
  switchLabel: "Switch to English",
  intro: "Відкрийте аркуш з планом або звітом і натисніть «Перевірити».",
  check: "Перевірити книгу",
  checking: "Перевіряю…",
  recheck: "Перевірити знову",
  mark: "Показати на аркуші",
  unmark: "Прибрати позначки",
  sheet: (name) => `Аркуш «${name}»`,
  form: "Форма",
  nothingToCheck: "Перевіряти ще нічого: у формі немає заходів. Заповніть її, а тоді перевірте.",
  severityForms: severityNouns.uk,
  cellForms: { one: "клітинку", few: "клітинки", many: "клітинок", other: "клітинки" },
  findingsLabel: "Зауваження",
  goToCell: (cell) => `Перейти до клітинки ${cell}`,
  showMore: (count) => `Показати ще ${count}`,
  collapse: "Згорнути",
  expand: "Розгорнути",
  explainLabel: (cell) => `Пояснення в ${cell}`,
  explainPlaceholder: "Причина недовиконання…",
  reasonsLabel: "Типові причини",
  save: "Записати",
  overwritePrompt: (existing) => `У клітинці вже є текст «${existing}». Замінити його?`,
  replace: "Замінити",
  cancel: "Скасувати",
  written: (cell) => `Пояснення записано в ${cell}.`,
  marked: (cells) => `Позначено ${cells} на аркуші.`,
  unmarked: (cells) => `Позначки прибрано: відновлено ${cells}.`,
  nothingToMark: "Нема чого позначати: зауважень немає.",
  failureTitle: "Excel не виконав дію",
  failure: {
    "cell-edit": () => "Excel зараз у режимі редагування клітинки. Завершіть введення (Enter або Esc) і спробуйте ще раз.",
    protected: (d) =>
      `Аркуш${d.sheet ? ` «${d.sheet}»` : ""} захищено від змін або книгу відкрито лише для читання. Зніміть захист (Рецензування → Зняти захист аркуша) чи збережіть копію і спробуйте ще раз.`,
    payload: () => "Аркуш завеликий для одного обміну з Excel. Спробуйте ще раз; якщо не допоможе, розділіть аркуш на кілька.",
    general: (_d, message) => `Excel повідомив про внутрішню помилку (${message}). Спробуйте ще раз; якщо повториться, перезапустіть Excel.`,
    "inactive-workbook": () => "Відкрито кілька книг, і ця втратила фокус. Клацніть будь-яку клітинку цієї книги й спробуйте ще раз.",
    "insert-conflict": () =>
      "Excel не зміг вставити стовпець: на шляху об'єднані клітинки, таблиця чи зведена таблиця, або останній стовпець аркуша не порожній. Додайте стовпець «% виконання» вручну й натисніть «Обчислити» ще раз.",
    "already-exists": () => "Аркуш чи ім'я з такою назвою вже є. Натисніть ще раз: буде вибрано іншу назву.",
    "api-unsupported": (d) =>
      `Ця версія Excel не підтримує потрібних можливостей (${d.api ?? "ExcelApi"}). Оновіть Microsoft 365 або відкрийте файл в Excel для Інтернету.`,
    "not-found": () => "Аркуш або клітинку не знайдено: можливо, аркуш перейменовано чи видалено. Натисніть «Перевірити» ще раз.",
    occupied: () => "Клітинка вже заповнена.",
    changed: (d) => `Клітинку ${d.cell ?? ""} змінено після перевірки, тож нічого не записано. Натисніть «Обчислити» ще раз.`,
    unknown: (_d, message) => `Сталася помилка: ${message}`,
  },
  dismiss: "Закрити",
  notInExcel: "Цю панель треба відкривати в Excel (кнопка «Pokaznyk» на вкладці «Основне»). Без Excel спробуйте preview.html.",
  tabCheck: "Перевірка",
  otherSheet: (shown, active) => `Показано результати для аркуша «${shown}». Перевірити аркуш «${active}»?`,
  otherSheetAction: "Так, перевірити",
  compute: ukCompute,
  templates: ukTemplates,
  workbook: ukWorkbook,
  cycle: ukCycle,
  consolidate: ukConsolidate,
};

export const en: Strings = {
  appTitle: "Pokaznyk",
  switchTo: "УКР",
  switchLabel: "Перейти на українську",
  intro: "Open a sheet with a plan or a report and press Check.",
  check: "Check workbook",
  checking: "Checking…",
  recheck: "Check again",
  mark: "Show on sheet",
  unmark: "Remove marks",
  sheet: (name) => `Sheet "${name}"`,
  form: "Form",
  nothingToCheck: "Nothing to check yet: the form has no measures. Fill it in, then check.",
  severityForms: severityNouns.en,
  cellForms: { one: "cell", other: "cells" },
  findingsLabel: "Findings",
  goToCell: (cell) => `Go to cell ${cell}`,
  showMore: (count) => `Show ${count} more`,
  collapse: "Collapse",
  expand: "Expand",
  explainLabel: (cell) => `Explanation in ${cell}`,
  explainPlaceholder: "Reason for the shortfall…",
  reasonsLabel: "Common reasons",
  save: "Write",
  overwritePrompt: (existing) => `The cell already holds "${existing}". Replace it?`,
  replace: "Replace",
  cancel: "Cancel",
  written: (cell) => `Explanation written to ${cell}.`,
  marked: (cells) => `Marked ${cells} on the sheet.`,
  unmarked: (cells) => `Marks removed: ${cells} restored.`,
  nothingToMark: "Nothing to mark: no findings.",
  failureTitle: "Excel did not do it",
  failure: {
    "cell-edit": () => "Excel is editing a cell. Finish typing (Enter or Esc) and try again.",
    protected: (d) => `The sheet${d.sheet ? ` "${d.sheet}"` : ""} is protected, or the workbook is open read-only. Unprotect it (Review → Unprotect Sheet) or save a copy, and try again.`,
    payload: () => "The sheet is too large for one exchange with Excel. Try again; if it persists, split the sheet.",
    general: (_d, message) => `Excel reported an internal error (${message}). Try again; if it recurs, restart Excel.`,
    "inactive-workbook": () => "Several workbooks are open and this one lost focus. Click any cell of this workbook and try again.",
    "insert-conflict": () =>
      "Excel could not insert the column: a merged area, a table or a pivot table is in the way, or the sheet's last column is not empty. Add the % column by hand and press Compute again.",
    "already-exists": () => "A sheet or name with that name already exists. Press again: another name will be chosen.",
    "api-unsupported": (d) => `This Excel lacks features the add-in needs (${d.api ?? "ExcelApi"}). Update Microsoft 365 or use Excel on the web.`,
    "not-found": () => "The sheet or cell is gone: it may have been renamed or deleted. Press Check again.",
    occupied: () => "The cell is not empty.",
    changed: (d) => `Cell ${d.cell ?? ""} changed after the check, so nothing was written. Press Compute again.`,
    unknown: (_d, message) => `Something went wrong: ${message}`,
  },
  dismiss: "Dismiss",
  notInExcel: "Open this pane in Excel (the Pokaznyk button on the Home tab). Without Excel, try preview.html.",
  tabCheck: "Check",
  otherSheet: (shown, active) => `Showing results for sheet “${shown}”. Check sheet “${active}”?`,
  otherSheetAction: "Yes, check it",
  compute: enCompute,
  templates: enTemplates,
  workbook: enWorkbook,
  cycle: enCycle,
  consolidate: enConsolidate,
};

export const strings = { uk, en };
