import { ColumnRole, FormId, Lang } from "../types";
import type { FormColumn, FormSchema, IndicatorSchema } from "./schema";

/**
 * The indicator schema as data: how headers are worded, and the five standard forms of SPEC.md.
 * Patterns run over folded text (lower case, Cyrillic letters for Latin look-alikes, no quotes).
 * It is also the one vocabulary of forms: their titles, headers and column names in uk and en,
 * which messages, templates, the CLI and the pane read from here and never retype.
 */
const wordings: IndicatorSchema["wordings"] = [
  { role: "values-group", patterns: ["значення показник", "значення індикатор"] },
  // Programme execution money (SPEC "a sixth form"). They come before plan, fact and total: at the
  // same place in a wording the earlier entry wins, and «Фактично використано» is money used, not
  // a fact; «Заплановано» alone stays a plan (a report's) unless it names money.
  { role: "deviation", patterns: ["відхилен", "^\\(?\\s*\\+\\s*[,/;]?\\s*-\\s*\\)?$"] },
  { role: "source", patterns: ["^джерел"] },
  { role: "planned", patterns: ["^обсяг\\S* (фінансуван|видатк|кошт)", "^передбачен", "^затверджен", "^заплановано.*(грн|кошт|фінансуван)", "^план\\S*[ ,].*грн"] },
  { role: "financed", patterns: ["профінансов", "^надійшло"] },
  { role: "used", patterns: ["^(фактично )?(використан|освоєн)", "касов\\S* видатк", "^виконано.*грн"] },
  { role: "percent", patterns: ["%", "відсот", "рівень виконання"] },
  { role: "note", patterns: ["примітк", "пояснен", "причин", "коментар", "^стан\\S* виконан"] },
  { role: "total", patterns: ["^(разом|усього|всього)", "^(за|на) рік", "^рік$", "^річн\\S* (план|значення|показник)"] },
  { role: "q1", patterns: ["^(і|1|1-й|1-ий|перший)\\s*\\.?\\s*(кв\\.?|квартал)", "^і\\.?$"] },
  { role: "q2", patterns: ["^(іі|2|2-й|2-ий|другий)\\s*\\.?\\s*(кв\\.?|квартал)", "^іі\\.?$"] },
  { role: "q3", patterns: ["^(ііі|3|3-й|3-ій|3-ий|третій)\\s*\\.?\\s*(кв\\.?|квартал)", "^ііі\\.?$"] },
  { role: "q4", patterns: ["^(іv|4|4-й|4-ий|четвертий)\\s*\\.?\\s*(кв\\.?|квартал)", "^іv\\.?$"] },
  { role: "plan", patterns: ["^план", "\\sплан(\\s|$|ов|ом)", "заплан", "^прогноз"] },
  { role: "fact", patterns: ["^факт", "\\sфакт", "фактичн", "^виконано"] },
  { role: "executor", patterns: ["відповідальн", "виконав(ець|ці|ця)", "розпорядник"] },
  { role: "result", patterns: ["очікуван"] },
  { role: "goal", patterns: ["(^|\\s)мета(\\s|$|,)"] },
  // Before period and deadline: "Термін початку" is the start of a split period, not a deadline.
  { role: "start", patterns: ["^(термін|строк|дата|рік|період)?\\s*(початк|почат)", "^початок"] },
  { role: "end", patterns: ["^(термін|строк|дата|рік|період)?\\s*(закінчен|завершен)"] },
  { role: "units", patterns: ["(^|\\s|\\()од\\.?\\s*вим", "одиниц\\S* вимір"] },
  { role: "period", patterns: ["період"] },
  { role: "deadline", patterns: ["термін", "строк", "дата виконання"] },
  { role: "measure", patterns: ["завдання\\s*/\\s*заход", "заход", "захід", "^розділ\\S*\\s*/\\s*напрям", "^напрями?(\\s|$|,)", "^(назва|найменування)$"] },
  { role: "task", patterns: ["завдан"] },
  { role: "indicator", patterns: ["показник", "індикатор"] },
  { role: "number", patterns: ["№", "(^|\\s)[пз]\\s*/\\s*п", "^номер", "^н\\s*/\\s*п"] },
];

/** Short names of the columns, for messages: "Поясніть … у стовпці «Примітка»". */
const COLUMN_NAMES: IndicatorSchema["columnNames"] = {
  number: { uk: "№ з/п", en: "No." },
  task: { uk: "Завдання", en: "Task" },
  goal: { uk: "Мета", en: "Goal" },
  result: { uk: "Очікуваний результат", en: "Expected result" },
  measure: { uk: "Захід", en: "Measure" },
  executor: { uk: "Відповідальний виконавець", en: "Responsible executor" },
  indicator: { uk: "Показник", en: "Indicator" },
  plan: { uk: "План", en: "Plan" },
  fact: { uk: "Факт", en: "Actual" },
  percent: { uk: "% виконання", en: "% executed" },
  note: { uk: "Примітка", en: "Note" },
  q1: { uk: "I квартал", en: "Q1" },
  q2: { uk: "II квартал", en: "Q2" },
  q3: { uk: "III квартал", en: "Q3" },
  q4: { uk: "IV квартал", en: "Q4" },
  total: { uk: "Разом", en: "Total" },
  period: { uk: "Період реалізації", en: "Implementation period" },
  deadline: { uk: "Термін виконання", en: "Deadline" },
  start: { uk: "Початок", en: "Start" },
  end: { uk: "Закінчення", en: "End" },
  units: { uk: "Одиниця виміру", en: "Unit" },
  source: { uk: "Джерела фінансування", en: "Funding source" },
  planned: { uk: "Передбачено", en: "Planned" },
  financed: { uk: "Профінансовано", en: "Financed" },
  used: { uk: "Використано", en: "Used" },
  deviation: { uk: "Відхилення (+, -)", en: "Deviation (+, -)" },
};

const col = (
  role: FormColumn["role"],
  uk: string,
  en: string,
  accepts: FormColumn["accepts"],
  flags: { required?: boolean; expected?: boolean } = {},
): FormColumn => ({ role, header: { uk, en }, accepts, required: flags.required ?? false, expected: flags.expected ?? false });

/** The seeds' group over the value columns of reports and plans. */
const VALUES = { uk: "Значення показників результативності виконання заходу", en: "Values of the performance indicators" };
const valueCol = (...args: Parameters<typeof col>): FormColumn => ({ ...col(...args), group: VALUES });

/** The money group of a programme execution report, as its template lays it out. */
const MONEY = { uk: "Обсяги фінансування, тис. грн", en: "Funding, UAH thousand" };
const moneyCol = (role: FormColumn["role"], uk: string, en: string, flags: { expected?: boolean } = {}, accepts: FormColumn["accepts"] = "number"): FormColumn => ({
  ...col(role, uk, en, accepts, flags),
  group: MONEY,
});

const number = col("number", "№ з/п", "No.", "text");
// Reports and plans are sometimes laid out by indicator alone, so their measure column is optional.
const measure = (uk = "Найменування заходу для виконання завдання", required = true) =>
  col("measure", uk, "Measure", "text", { required });
const executor = (uk = "Відповідальний виконавець заходу (на рівні відділу або службової особи)") => col("executor", uk, "Responsible executor", "text", { expected: true });
const indicator = (uk = "Найменування показників результативності виконання заходу", expected = true) =>
  col("indicator", uk, "Performance indicator", "text", { expected });

const forms: FormSchema[] = [
  {
    id: "quarterly-report",
    // Seed 000: "Звіт про виконання плану діяльності … за I квартал 2020 року". The same form
    // serves a year's report, so the title names no period.
    title: { uk: "Звіт про виконання плану діяльності", en: "Report on plan execution" },
    columns: [
      number,
      col("task", "Найменування завдання", "Task", "text"),
      measure(undefined, false),
      executor(),
      indicator(),
      valueCol("plan", "План", "Plan", "number-or-qualitative", { required: true }),
      valueCol("fact", "Факт", "Actual", "number", { required: true }),
      valueCol("percent", "% виконання", "% executed", "computed"),
      col("note", "Примітка у разі недовиконання плану", "Note on a shortfall", "note", { expected: true }),
    ],
  },
  {
    id: "annual-plan",
    // Seed 001: "Річний план діяльності … на 2023 рік".
    title: { uk: "Річний план діяльності", en: "Annual activity plan" },
    columns: [
      col("number", "п/п", "No.", "text"),
      col("task", "Найменування завдання", "Task", "text"),
      col("goal", "Мета та основний результат виконання завдання", "Goal and main result", "text"),
      measure(undefined, false),
      executor(),
      indicator(),
      valueCol("q1", "I", "Q1", "number-or-qualitative"),
      valueCol("q2", "II", "Q2", "number-or-qualitative"),
      valueCol("q3", "III", "Q3", "number-or-qualitative"),
      valueCol("q4", "IV", "Q4", "number-or-qualitative"),
      valueCol("total", "Разом", "Total", "number-or-qualitative", { expected: true }),
    ],
    anyOf: { roles: ["q1", "q2", "q3", "q4"], min: 2 },
  },
  {
    id: "action-plan",
    // Seed 002: "План дій на 2021 рік з реалізації Стратегії розвитку …".
    title: { uk: "План дій з реалізації стратегії", en: "Strategy action plan" },
    columns: [
      col("number", "№ п/п", "No.", "text"),
      measure("Назва завдання/заходу"),
      executor("Відповідальний виконавець"),
      col("period", "Період реалізації", "Implementation period", "period", { required: true }),
      indicator("Індикатори (показники) оцінки результативності цілі"),
    ],
  },
  {
    id: "regional-plan",
    // Seed 003: "Регіональний план заходів … на 2021 рік"; councils' plans are "План заходів" too.
    title: { uk: "План заходів", en: "Plan of measures" },
    columns: [
      number,
      measure("Назва заходу"),
      executor("Відповідальні за виконання"),
      col("deadline", "Термін виконання", "Deadline", "deadline", { required: true }),
    ],
  },
  {
    id: "program-measures",
    // Seed 004: "Заходи щодо забезпечення виконання завдань програми".
    title: { uk: "Заходи програми", en: "Programme measures" },
    columns: [
      col("result", "Найменування очікуваного результату", "Expected result", "text", { required: true }),
      measure("Найменування заходу, спрямованого на досягнення очікуваного результату"),
      indicator("Індикатор досягнення"),
      col("deadline", "Строк виконання", "Deadline", "deadline", { expected: true }),
      executor("Відповідальні за виконання"),
    ],
  },
  {
    id: "program-execution",
    // SPEC "Programme execution reports": «Інформація про результати виконання та стан фінансування
    // заходів … програми», money in тис. грн. Financed or used must be there: that is what makes it a
    // report on money rather than a plan with a financing column.
    title: { uk: "Інформація про виконання програми", en: "Programme execution report" },
    columns: [
      number,
      measure("Найменування заходу"),
      executor("Головний розпорядник коштів, відповідальний виконавець"),
      col("source", "Джерела фінансування", "Funding source", "text"),
      moneyCol("planned", "Передбачено", "Planned", { expected: true }),
      moneyCol("financed", "Профінансовано", "Financed"),
      moneyCol("used", "Використано", "Used"),
      moneyCol("percent", "% використання", "% used", {}, "computed"),
      moneyCol("deviation", "Відхилення (+, -)", "Deviation (+, -)", {}, "computed"),
      col("deadline", "Термін виконання", "Deadline", "deadline"),
      col("note", "Причини невиконання, стан виконання", "Reasons for underspending, status", "note", { expected: true }),
    ],
    anyOf: { roles: ["financed", "used"], min: 1 },
  },
];

// Plain data, not parsed at run time: zod costs start-up on every check. test/core/schema.test.ts
// parses it with indicatorSchemaSchema (schema.ts), so a typo in the data still fails loudly.
export const indicatorSchema: IndicatorSchema = { version: 1, wordings, columnNames: COLUMN_NAMES, forms };

export function formById(id: FormSchema["id"]): FormSchema {
  const form = indicatorSchema.forms.find((f) => f.id === id);
  if (!form) throw new Error(`Unknown form ${id}`);
  return form;
}

/** The column of a form with this role; the templates lay out every form's columns. */
export function formColumn(id: FormId, role: ColumnRole): FormColumn {
  const column = formById(id).columns.find((c) => c.role === role);
  if (!column) throw new Error(`Form ${id} has no ${role} column`);
  return column;
}

/** Every form's title in a UI language. */
export function formTitles(lang: Lang): Record<FormId, string> {
  return Object.fromEntries(indicatorSchema.forms.map((f) => [f.id, f.title[lang]])) as Record<FormId, string>;
}

/** Every column role's short name in a UI language. */
export function columnNames(lang: Lang): Record<ColumnRole, string> {
  return Object.fromEntries(Object.entries(indicatorSchema.columnNames).map(([role, name]) => [role, name[lang]])) as Record<ColumnRole, string>;
}
