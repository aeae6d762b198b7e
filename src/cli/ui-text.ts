/** The CLI's own words (not the findings' messages, which come from the engine's formatFinding). */
import type { FormId, Lang, Severity } from "../core/types";
import type { NounForms } from "./plural";
import type { UsageProblem } from "./args";

export interface UiText {
  formNames: Record<FormId, string>;
  severity: Record<Severity, string>;
  sheet: (name: string) => string;
  formRecognised: (form: string, headerRow: number | null) => string;
  notAForm: string;
  noFindings: string;
  measures: NounForms;
  execution: (percent: string) => string;
  summary: string;
  unreadable: (count: number) => string;
  nouns: { files: NounForms; sheets: NounForms; errors: NounForms; warnings: NounForms; info: NounForms };
  usage: (problem: UsageProblem) => string;
  seeHelp: string;
  help: string;
}

const uk: UiText = {
  formNames: {
    "quarterly-report": "звіт про виконання плану за квартал",
    "annual-plan": "річний план із квартальними показниками",
    "action-plan": "план дій (заходів) стратегії",
    "regional-plan": "план заходів",
    "program-measures": "заходи програми",
  },
  severity: { error: "помилка", warning: "попередження", info: "порада" },
  sheet: (name) => `Аркуш «${name}»`,
  formRecognised: (form, headerRow) => `форму розпізнано: ${form}` + (headerRow ? ` (заголовок до рядка ${headerRow})` : ""),
  notAForm: "не є формою, не перевірявся",
  noFindings: "зауважень немає",
  measures: { one: "захід", few: "заходи", many: "заходів", other: "заходу" },
  execution: (percent) => `виконання ${percent} %`,
  summary: "Підсумок",
  unreadable: (count) => `не прочитано: ${count}`,
  nouns: {
    files: { one: "файл", few: "файли", many: "файлів", other: "файлу" },
    sheets: { one: "аркуш", few: "аркуші", many: "аркушів", other: "аркуша" },
    errors: { one: "помилка", few: "помилки", many: "помилок", other: "помилки" },
    warnings: { one: "попередження", few: "попередження", many: "попереджень", other: "попередження" },
    info: { one: "порада", few: "поради", many: "порад", other: "поради" },
  },
  usage: (p) => {
    switch (p.kind) {
      case "no-command": return "не вказано команду";
      case "unknown-command": return `невідома команда «${p.word}» (є лише check)`;
      case "unknown-option": return `невідомий параметр ${p.word}`;
      case "bad-lang": return `мова «${p.word}» не підтримується (uk або en)`;
      case "no-files": return "не вказано жодного файлу для перевірки";
    }
  },
  seeHelp: "Довідка: pokaznyk --help",
  help: [
    "pokaznyk — перевірка планів і звітів у Excel (.xlsx)",
    "",
    "Використання:",
    "  pokaznyk check ФАЙЛ… [--json] [--lang uk|en]",
    "  pokaznyk --help",
    "  pokaznyk --version",
    "",
    "Параметри:",
    "  --json          надрукувати результат одним документом JSON",
    "  --lang uk|en    мова повідомлень (типово uk)",
    "  -h, --help      ця довідка",
    "  -v, --version   версія програми",
    "",
    "Код завершення: 0 — помилок немає; 1 — знайдено помилки; 2 — файл не вдалося прочитати.",
    "",
  ].join("\n"),
};

const en: UiText = {
  formNames: {
    "quarterly-report": "quarterly report on plan execution",
    "annual-plan": "annual plan with quarterly targets",
    "action-plan": "strategy action plan",
    "regional-plan": "plan of measures",
    "program-measures": "programme measures",
  },
  severity: { error: "error", warning: "warning", info: "info" },
  sheet: (name) => `Sheet "${name}"`,
  formRecognised: (form, headerRow) => `form recognised: ${form}` + (headerRow ? ` (header ends at row ${headerRow})` : ""),
  notAForm: "not a form, not checked",
  noFindings: "no findings",
  measures: { one: "measure", other: "measures" },
  execution: (percent) => `execution ${percent} %`,
  summary: "Summary",
  unreadable: (count) => `${count} unreadable`,
  nouns: {
    files: { one: "file", other: "files" },
    sheets: { one: "sheet", other: "sheets" },
    errors: { one: "error", other: "errors" },
    warnings: { one: "warning", other: "warnings" },
    info: { one: "info", other: "info" },
  },
  usage: (p) => {
    switch (p.kind) {
      case "no-command": return "no command given";
      case "unknown-command": return `unknown command "${p.word}" (the only one is check)`;
      case "unknown-option": return `unknown option ${p.word}`;
      case "bad-lang": return `language "${p.word}" is not supported (uk or en)`;
      case "no-files": return "no files to check";
    }
  },
  seeHelp: "Help: pokaznyk --help",
  help: [
    "pokaznyk — checks plan and report spreadsheets (.xlsx)",
    "",
    "Usage:",
    "  pokaznyk check FILE… [--json] [--lang uk|en]",
    "  pokaznyk --help",
    "  pokaznyk --version",
    "",
    "Options:",
    "  --json          print the result as one JSON document",
    "  --lang uk|en    language of messages (default uk)",
    "  -h, --help      this help",
    "  -v, --version   program version",
    "",
    "Exit status: 0 no errors; 1 errors found; 2 a file could not be read.",
    "",
  ].join("\n"),
};

export const uiText: Record<Lang, UiText> = { uk, en };
