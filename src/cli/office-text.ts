/**
 * The words of `check` for the receiving office (issue 11): the line per file, the notes under
 * the listing, the progress line and the --report workbook's sheets and columns. Kept apart from
 * ui-text.ts, which holds the words every command shares.
 */
import type { FormId, Lang } from "../core/types";
import type { NounForms } from "../core/messages/format";
import type { Verdict } from "../core/verdict";
import type { SheetPeriod } from "./sheet-title";

export interface OfficeText {
  /** The form as a word of the summary line («звіт», «річний план»). */
  formShort: Record<FormId, string>;
  noForm: string;
  period: (period: SheetPeriod) => string;
  execution: (percent: string) => string;
  unreadable: (reason: string) => string;
  /** Under the listing: the filter left out this many findings (already counted). */
  hidden: (findings: string) => string;
  /** Under the listing: the files in the folders that are not workbooks, the first few named (`more`: how many not named). */
  skipped: (count: number, named: string[], more: number) => string;
  /** Under the listing: files left unread as Pokaznyk's own output (this run's --mark-dir or --report, an earlier results table). */
  own: (count: number, named: string[], more: number) => string;
  /** On stderr, once: this run's --mark-dir lies inside a folder being checked. */
  markDirInside: (dir: string) => string;
  /** --mark-dir names a file, not a folder: refused before anything is checked. */
  markDirIsFile: (path: string) => string;
  /** --report --force names an existing file that is no results table: refused, nothing checked. */
  notAResultsTable: (path: string) => string;
  nouns: { findings: NounForms };
  reportWritten: (file: string) => string;
  report: ReportText;
}

/** The --report workbook: sheet names, column headers, verdict words. */
export interface ReportText {
  summarySheet: string;
  findingsSheet: string;
  summaryHeaders: { file: string; sheet: string; organisation: string; form: string; period: string; verdict: string; errors: string; warnings: string; info: string; execution: string; details: string; note: string };
  findingsHeaders: { file: string; sheet: string; cell: string; row: string; rule: string; severity: string; message: string; accepted: string };
  verdict: Record<Verdict | "unreadable", string>;
  /** The link from a summary row to its first finding. */
  toDetails: (row: number) => string;
  noDetails: string;
}

const ROMAN = ["I", "II", "III", "IV"];

const uk: OfficeText = {
  formShort: {
    "quarterly-report": "звіт",
    "annual-plan": "річний план",
    "action-plan": "план дій",
    "regional-plan": "план заходів",
    "program-measures": "заходи програми",
    "program-execution": "виконання програми",
  },
  noForm: "не форма",
  period: ({ year, quarter, cumulative }) => {
    const y = year === null ? "" : ` ${year}`;
    if (quarter === null) return year === null ? "" : `${year} р.`;
    const quarters = cumulative && quarter > 1 ? `I–${ROMAN[quarter - 1]}` : ROMAN[quarter - 1];
    return `${quarters} кв.${y}`;
  },
  execution: (percent) => `виконання ${percent} %`,
  unreadable: (reason) => `не прочитано: ${reason}`,
  hidden: (findings) => `Фільтр приховав ${findings} (підсумок і код завершення враховують усі)`,
  skipped: (count, named, more) => `Пропущено файлів, що не є книгами Excel (.xlsx): ${count} (${named.join(", ")}${more > 0 ? ` і ще ${more}` : ""})`,
  own: (count, named, more) => `Не перевірено власних результатів Pokaznyk (таблиць результатів, позначених копій): ${count} (${named.join(", ")}${more > 0 ? ` і ще ${more}` : ""})`,
  notAResultsTable: (path) => `${path}: це не таблиця результатів Pokaznyk — --report з --force замінює лише таку; вкажіть для --report інше ім'я. Нічого не перевірено`,
  markDirIsFile: (path) => `${path}: --mark-dir має бути текою (туди лягають позначені копії), а це файл; нічого не перевірено`,
  markDirInside: (dir) => `позначені копії (${dir}) — у вхідній теці: цього разу їх не перевірено, але перевірка теки без --mark-dir прочитає їх як файли центрів; краще тека поза вхідною`,
  nouns: {
    findings: { one: "зауваження", few: "зауваження", many: "зауважень", other: "зауваження" },
  },
  reportWritten: (file) => `Таблицю результатів записано до ${file}`,
  report: {
    summarySheet: "Підсумок",
    findingsSheet: "Зауваження",
    summaryHeaders: {
      file: "Файл",
      sheet: "Аркуш",
      organisation: "Установа",
      form: "Форма",
      period: "Період",
      verdict: "Висновок",
      errors: "Помилки",
      warnings: "Попередження",
      info: "Поради",
      execution: "Виконання, %",
      details: "Зауваження",
      note: "Примітка",
    },
    findingsHeaders: { file: "Файл", sheet: "Аркуш", cell: "Клітинка", row: "Рядок", rule: "Правило", severity: "Рівень", message: "Повідомлення", accepted: "Прийнято" },
    // A row is one sheet: its own state, not the file's (a clean sheet of a file with errors is no go-ahead).
    verdict: { ready: "без помилок", fix: "є помилки", nothing: "не перевірявся", unreadable: "не прочитано" },
    toDetails: (row) => `→ рядок ${row}`,
    noDetails: "—",
  },
};

const en: OfficeText = {
  formShort: {
    "quarterly-report": "report",
    "annual-plan": "annual plan",
    "action-plan": "action plan",
    "regional-plan": "plan of measures",
    "program-measures": "programme measures",
    "program-execution": "programme execution",
  },
  noForm: "not a form",
  period: ({ year, quarter, cumulative }) => {
    const y = year === null ? "" : ` ${year}`;
    if (quarter === null) return year === null ? "" : String(year);
    return `${cumulative && quarter > 1 ? `Q1–Q${quarter}` : `Q${quarter}`}${y}`;
  },
  execution: (percent) => `execution ${percent} %`,
  unreadable: (reason) => `not read: ${reason}`,
  hidden: (findings) => `The filter hid ${findings} (the summary and exit status count them all)`,
  skipped: (count, named, more) => `Files skipped as not Excel workbooks (.xlsx): ${count} (${named.join(", ")}${more > 0 ? ` and ${more} more` : ""})`,
  own: (count, named, more) => `Pokaznyk's own results left unchecked (results tables, marked copies): ${count} (${named.join(", ")}${more > 0 ? ` and ${more} more` : ""})`,
  notAResultsTable: (path) => `${path}: this is no Pokaznyk results table — --report with --force replaces only one; name another file for --report. Nothing was checked`,
  markDirIsFile: (path) => `${path}: --mark-dir must be a folder (the marked copies go there), and this is a file; nothing was checked`,
  markDirInside: (dir) => `the marked copies (${dir}) are inside the incoming folder: not checked this time, but a check of the folder without --mark-dir reads them as centres' files; better a folder outside it`,
  nouns: { findings: { one: "finding", other: "findings" } },
  reportWritten: (file) => `Results table written to ${file}`,
  report: {
    summarySheet: "Summary",
    findingsSheet: "Findings",
    summaryHeaders: {
      file: "File",
      sheet: "Sheet",
      organisation: "Organisation",
      form: "Form",
      period: "Period",
      verdict: "Verdict",
      errors: "Errors",
      warnings: "Warnings",
      info: "Tips",
      execution: "Execution, %",
      details: "Findings",
      note: "Note",
    },
    findingsHeaders: { file: "File", sheet: "Sheet", cell: "Cell", row: "Row", rule: "Rule", severity: "Severity", message: "Message", accepted: "Accepted" },
    verdict: { ready: "no errors", fix: "has errors", nothing: "not checked", unreadable: "not read" },
    toDetails: (row) => `→ row ${row}`,
    noDetails: "—",
  },
};

export const officeText: Record<Lang, OfficeText> = { uk, en };
