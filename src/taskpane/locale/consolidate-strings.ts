import type { NounForms } from "../../core/messages/format";
import { enImport, ukImport, type ImportStrings } from "./import-strings";

/** The pane's words for «Зведення» (issue 11): the centres' sheets of one form summed on a new sheet. */
export interface ConsolidateStrings {
  button: string;
  /** Under the button: what it makes. */
  hint: string;
  made: (sheet: string, centres: string, measures: string, partial: number) => string;
  tooFew: (found: number) => string;
  centreForms: NounForms;
  measureForms: NounForms;
  /** Importing the centres' files as sheets, beside the button. */
  importing: ImportStrings;
}

export const ukConsolidate: ConsolidateStrings = {
  button: "Зведення",
  hint: "Новий аркуш тієї самої форми: заходи всіх аркушів-звітів цієї книги, суми «План» і «Факт» живими формулами, значення кожного центру поруч.",
  made: (sheet, centres, measures, partial) =>
    `Створено аркуш «${sheet}»: ${centres}, ${measures}.` + (partial > 0 ? ` Не в усіх центрах — ${partial}: такі рядки мають менше значень праворуч.` : ""),
  tooFew: (found) => (found === 0 ? "У книзі немає звітів чи планів, які можна звести." : "Для зведення потрібно щонайменше два аркуші-звіти однієї форми; вставте аркуші центрів у цю книгу."),
  centreForms: { one: "центр", few: "центри", many: "центрів", other: "центру" },
  measureForms: { one: "захід", few: "заходи", many: "заходів", other: "заходу" },
  importing: ukImport,
};

export const enConsolidate: ConsolidateStrings = {
  button: "Consolidate",
  hint: "A new sheet of the same form: the measures of every report sheet in this workbook, “План” and “Факт” summed by live formulas, each centre's values beside them.",
  made: (sheet, centres, measures, partial) => `Created sheet “${sheet}”: ${centres}, ${measures}.` + (partial > 0 ? ` Not in every centre: ${partial}; those rows have fewer values to the right.` : ""),
  tooFew: (found) => (found === 0 ? "The workbook has no reports or plans to consolidate." : "Consolidating needs at least two report sheets of one form; put the centres' sheets into this workbook."),
  centreForms: { one: "centre", other: "centres" },
  measureForms: { one: "measure", other: "measures" },
  importing: enImport,
};
