/** The pane's words for the workbook verdict, groups, fixes, acceptances and the stale list (issue 10). */
import type { NounForms } from "../../core/messages/format";
import type { PaneFixKind } from "../state/types";

export interface WorkbookStrings {
  check: string;
  ready: string;
  /** Under «можна надсилати» when warnings or tips remain. */
  reviewRest: string;
  /** «5 помилок на 3 аркушах — виправте перед надсиланням»: the counts come formatted. */
  fix: (errors: string, sheets: string) => string;
  nothing: string;
  /** Sheets in the locative after a count: «на 3 аркушах». */
  sheetForms: NounForms;
  sheetsToFix: string;
  goToSheet: (sheet: string) => string;
  unread: (sheets: string) => string;
  stale: string;
  /** The verdict's sheets that changed since the check. */
  changedSince: (sheets: string) => string;
  showAll: (count: number) => string;
  hideAll: string;
  fixAll: (count: number) => string;
  fixNames: Record<PaneFixKind, string>;
  /** «Взяти з плану всі (3)»: a group of plans that differ from the approved one. */
  takeAll: (count: number) => string;
  fixQuestion: (action: string, cells: string) => string;
  fixConfirm: string;
  fixed: (cells: string) => string;
  fixedDetails: string;
  nothingToFix: string;
  accept: string;
  acceptLabel: (cell: string) => string;
  acceptPlaceholder: string;
  accepted: (count: number) => string;
  acceptedNotice: (cell: string) => string;
  unaccept: string;
  showAccepted: (count: number) => string;
  hideAccepted: string;
  unacceptedNotice: (cell: string) => string;
  acceptedReason: (reason: string) => string;
  reasonsToggle: string;
  reasonsEdit: string;
  reasonsDone: string;
  reasonsAdd: string;
  reasonsRemove: (reason: string) => string;
  reasonsReset: string;
  reasonNew: string;
}

export const ukWorkbook: WorkbookStrings = {
  check: "Перевірити книгу",
  ready: "Помилок немає — можна надсилати",
  reviewRest: "Перегляньте попередження й поради: вони не заважають надсиланню.",
  fix: (errors, sheets) => `${errors} на ${sheets} — виправте перед надсиланням`,
  nothing: "Немає заповненої форми",
  sheetForms: { one: "аркуші", few: "аркушах", many: "аркушах", other: "аркуша" },
  sheetsToFix: "Аркуші з помилками",
  goToSheet: (sheet) => `Перейти до аркуша «${sheet}»`,
  unread: (sheets) => `Не перевірено (завеликі для читання): ${sheets}.`,
  stale: "Аркуш змінено — перевірте ще раз",
  changedSince: (sheets) => `Після перевірки змінено: ${sheets}. Вердикт може бути застарілим.`,
  showAll: (count) => `Показати всі (${count})`,
  hideAll: "Згорнути",
  fixAll: (count) => `Виправити всі (${count})`,
  fixNames: {
    "numbers-as-text": "Перетворити на числа",
    "trim-spaces": "Прибрати зайві пробіли",
    "percent-formula": "Замінити формулою відсотка",
    "total-formula": "Замінити формулою суми",
    "take-from-plan": "Взяти з плану",
  },
  takeAll: (count) => `Взяти з плану всі (${count})`,
  fixQuestion: (action, cells) => `${action}: буде змінено ${cells}, більше нічого. Змінити?`,
  fixConfirm: "Змінити",
  fixed: (cells) => `Змінено ${cells}.`,
  fixedDetails: "Що змінено (було → стало)",
  nothingToFix: "Нема чого виправляти: ці клітинки вже змінено. Перевірте ще раз.",
  accept: "Прийняти",
  acceptLabel: (cell) => `Чому ${cell} правильно?`,
  acceptPlaceholder: "Коротка причина…",
  accepted: (count) => `прийнято: ${count}`,
  acceptedNotice: (cell) => `Зауваження до ${cell} прийнято.`,
  unaccept: "Повернути",
  showAccepted: (count) => `Показати прийняті (${count})`,
  hideAccepted: "Сховати прийняті",
  unacceptedNotice: (cell) => `Зауваження до ${cell} знову враховується.`,
  acceptedReason: (reason) => `Прийнято: ${reason}`,
  reasonsToggle: "Типові причини…",
  reasonsEdit: "Змінити список",
  reasonsDone: "Готово",
  reasonsAdd: "Додати",
  reasonsRemove: (reason) => `Вилучити «${reason}»`,
  reasonsReset: "Як було",
  reasonNew: "Нова причина",
};

export const enWorkbook: WorkbookStrings = {
  check: "Check workbook",
  ready: "No errors — ready to send",
  reviewRest: "Look through the warnings and tips: they do not stop sending.",
  fix: (errors, sheets) => `${errors} on ${sheets} — fix before sending`,
  nothing: "No filled-in form",
  sheetForms: { one: "sheet", other: "sheets" },
  sheetsToFix: "Sheets with errors",
  goToSheet: (sheet) => `Go to sheet "${sheet}"`,
  unread: (sheets) => `Not checked (too large to read): ${sheets}.`,
  stale: "The sheet has changed — check again",
  changedSince: (sheets) => `Changed since the check: ${sheets}. The verdict may be out of date.`,
  showAll: (count) => `Show all (${count})`,
  hideAll: "Collapse",
  fixAll: (count) => `Fix all (${count})`,
  fixNames: {
    "numbers-as-text": "Convert to numbers",
    "trim-spaces": "Trim stray spaces",
    "percent-formula": "Replace with the percent formula",
    "total-formula": "Replace with the sum formula",
    "take-from-plan": "Take from the plan",
  },
  takeAll: (count) => `Take all from the plan (${count})`,
  fixQuestion: (action, cells) => `${action}: ${cells} will change, nothing else. Change them?`,
  fixConfirm: "Change",
  fixed: (cells) => `Changed ${cells}.`,
  fixedDetails: "What changed (before → after)",
  nothingToFix: "Nothing to fix: these cells have changed. Check again.",
  accept: "Accept",
  acceptLabel: (cell) => `Why is ${cell} right?`,
  acceptPlaceholder: "A short reason…",
  accepted: (count) => `accepted: ${count}`,
  acceptedNotice: (cell) => `The finding on ${cell} is accepted.`,
  unaccept: "Take back",
  showAccepted: (count) => `Show accepted (${count})`,
  hideAccepted: "Hide accepted",
  unacceptedNotice: (cell) => `The finding on ${cell} counts again.`,
  acceptedReason: (reason) => `Accepted: ${reason}`,
  reasonsToggle: "Common reasons…",
  reasonsEdit: "Edit the list",
  reasonsDone: "Done",
  reasonsAdd: "Add",
  reasonsRemove: (reason) => `Remove "${reason}"`,
  reasonsReset: "Defaults",
  reasonNew: "New reason",
};
