import type { FormColumn, FormSchema, IndicatorSchema } from "./schema";

/**
 * The indicator schema as data: how headers are worded, and the five standard forms of SPEC.md.
 * Patterns run over folded text (lower case, Cyrillic letters for Latin look-alikes, no quotes).
 */
const wordings: IndicatorSchema["wordings"] = [
  { role: "values-group", patterns: ["значення показник", "значення індикатор"] },
  { role: "percent", patterns: ["%", "відсот", "рівень виконання"] },
  { role: "note", patterns: ["примітк", "пояснен", "причин", "коментар"] },
  { role: "total", patterns: ["^(разом|усього|всього)", "^(за|на) рік", "^рік$", "^річн\\S* (план|значення|показник)"] },
  { role: "q1", patterns: ["^(і|1|1-й|1-ий|перший)\\s*\\.?\\s*(кв\\.?|квартал)", "^і\\.?$"] },
  { role: "q2", patterns: ["^(іі|2|2-й|2-ий|другий)\\s*\\.?\\s*(кв\\.?|квартал)", "^іі\\.?$"] },
  { role: "q3", patterns: ["^(ііі|3|3-й|3-ій|3-ий|третій)\\s*\\.?\\s*(кв\\.?|квартал)", "^ііі\\.?$"] },
  { role: "q4", patterns: ["^(іv|4|4-й|4-ий|четвертий)\\s*\\.?\\s*(кв\\.?|квартал)", "^іv\\.?$"] },
  { role: "plan", patterns: ["^план", "\\sплан(\\s|$|ов|ом)", "заплан", "^прогноз"] },
  { role: "fact", patterns: ["^факт", "\\sфакт", "фактичн", "^виконано"] },
  { role: "executor", patterns: ["відповідальн", "виконав(ець|ці|ця)"] },
  { role: "result", patterns: ["очікуван"] },
  { role: "goal", patterns: ["(^|\\s)мета(\\s|$|,)"] },
  { role: "period", patterns: ["період"] },
  { role: "deadline", patterns: ["термін", "строк", "дата виконання"] },
  { role: "measure", patterns: ["завдання\\s*/\\s*заход", "заход", "захід"] },
  { role: "task", patterns: ["завдан"] },
  { role: "indicator", patterns: ["показник", "індикатор"] },
  { role: "number", patterns: ["№", "(^|\\s)[пз]\\s*/\\s*п", "^номер", "^н\\s*/\\s*п"] },
];

const col = (
  role: FormColumn["role"],
  uk: string,
  en: string,
  accepts: FormColumn["accepts"],
  flags: { required?: boolean; expected?: boolean } = {},
): FormColumn => ({ role, header: { uk, en }, accepts, required: flags.required ?? false, expected: flags.expected ?? false });

const number = col("number", "№ з/п", "No.", "text");
// Reports and plans are sometimes laid out by indicator alone, so their measure column is optional.
const measure = (uk = "Найменування заходу для виконання завдання", required = true) =>
  col("measure", uk, "Measure", "text", { required });
const executor = (uk = "Відповідальний виконавець заходу") => col("executor", uk, "Responsible executor", "text", { expected: true });
const indicator = (uk = "Найменування показників результативності виконання заходу", expected = true) =>
  col("indicator", uk, "Performance indicator", "text", { expected });

const forms: FormSchema[] = [
  {
    id: "quarterly-report",
    title: { uk: "Звіт про виконання плану за квартал", en: "Quarterly report on plan execution" },
    columns: [
      number,
      col("task", "Найменування завдання", "Task", "text"),
      measure(undefined, false),
      executor(),
      indicator(),
      col("plan", "План", "Plan", "number-or-qualitative", { required: true }),
      col("fact", "Факт", "Actual", "number", { required: true }),
      col("percent", "% виконання", "% executed", "computed"),
      col("note", "Примітка у разі недовиконання плану", "Note on a shortfall", "note", { expected: true }),
    ],
  },
  {
    id: "annual-plan",
    title: { uk: "Річний план діяльності", en: "Annual plan" },
    columns: [
      col("number", "п/п", "No.", "text"),
      col("task", "Найменування завдання", "Task", "text"),
      col("goal", "Мета та основний результат виконання завдання", "Goal and main result", "text"),
      measure(undefined, false),
      executor(),
      indicator(),
      col("q1", "I квартал", "Q1", "number-or-qualitative"),
      col("q2", "II квартал", "Q2", "number-or-qualitative"),
      col("q3", "III квартал", "Q3", "number-or-qualitative"),
      col("q4", "IV квартал", "Q4", "number-or-qualitative"),
      col("total", "Разом", "Total", "number-or-qualitative", { expected: true }),
    ],
    anyOf: { roles: ["q1", "q2", "q3", "q4"], min: 2 },
  },
  {
    id: "action-plan",
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
    title: { uk: "Заходи програми", en: "Programme measures" },
    columns: [
      col("result", "Найменування очікуваного результату", "Expected result", "text", { required: true }),
      measure("Найменування заходу, спрямованого на досягнення очікуваного результату"),
      indicator("Індикатор досягнення"),
      col("deadline", "Строк виконання", "Deadline", "deadline", { expected: true }),
      executor("Відповідальні за виконання"),
    ],
  },
];

// Plain data, not parsed at run time: zod costs start-up on every check. test/core/schema.test.ts
// parses it with indicatorSchemaSchema (schema.ts), so a typo in the data still fails loudly.
export const indicatorSchema: IndicatorSchema = { version: 1, wordings, forms };

export function formById(id: FormSchema["id"]): FormSchema {
  const form = indicatorSchema.forms.find((f) => f.id === id);
  if (!form) throw new Error(`Unknown form ${id}`);
  return form;
}
