import { ColumnSpec, LayoutSpec, layOut } from "./layout";
import { TemplateDetails, TemplateId, TemplateSheet } from "./types";

const ROMAN = ["I", "II", "III", "IV"];
const DEFAULT_ROWS = 15;
const VALUES_GROUP = "Значення показників результативності виконання заходу";

const text = (header: string, width: number): ColumnSpec => ({ header, width, kind: "text" });

type Layout = Pick<LayoutSpec, "form" | "name" | "title" | "subtitle" | "columns" | "section">;

/** Every template of the gallery: the wordings of SPEC.md and the seeds, with live formulas. */
const GALLERY: Record<TemplateId, (d: TemplateDetails) => Layout> = {
  "quarterly-report": (d) => ({
    form: "quarterly-report",
    name: `Звіт ${ROMAN[(d.quarter ?? 1) - 1]} кв ${d.year}`,
    title: `Звіт про виконання плану діяльності ${d.organisation}`,
    subtitle: `за ${ROMAN[(d.quarter ?? 1) - 1]} квартал ${d.year} року`,
    section: "I. Назва пріоритету (приклад: замініть своїм)",
    columns: [
      { header: "№ з/п", width: 6, kind: "number" },
      text("Найменування завдання", 22),
      text("Найменування заходу для виконання завдання", 40),
      text("Відповідальний виконавець заходу (на рівні відділу або службової особи)", 24),
      text("Найменування показників результативності виконання заходу", 24),
      { header: "План", group: VALUES_GROUP, width: 12, kind: "target" },
      { header: "Факт", group: VALUES_GROUP, width: 12, kind: "fact" },
      { header: "% виконання", group: VALUES_GROUP, width: 11, kind: "percent", sources: [5, 6] },
      { header: "Примітка у разі недовиконання плану", width: 32, kind: "note" },
    ],
  }),
  "annual-plan": (d) => ({
    form: "annual-plan",
    name: `План ${d.year}`,
    title: `Річний план діяльності ${d.organisation} на ${d.year} рік`,
    subtitle: "",
    section: "1. Назва напряму (приклад: замініть своїм)",
    columns: [
      { header: "п/п", width: 6, kind: "number" },
      text("Найменування завдання", 22),
      text("Мета та основний результат виконання завдання", 24),
      text("Найменування заходу для виконання завдання", 36),
      text("Відповідальний виконавець заходу (на рівні відділу або службової особи)", 22),
      text("Найменування показників результативності виконання заходу", 22),
      ...ROMAN.map((q): ColumnSpec => ({ header: q, group: VALUES_GROUP, width: 11, kind: "target" })),
      { header: "Разом", group: VALUES_GROUP, width: 9, kind: "total", sources: [6, 7, 8, 9] },
    ],
  }),
  "action-plan": (d) => ({
    form: "action-plan",
    name: `План дій ${d.year}`,
    title: `План дій на ${d.year} рік з реалізації стратегії розвитку ${d.organisation}`,
    subtitle: "",
    section: "Пріоритет розвитку 1. Назва пріоритету (приклад: замініть своїм)",
    columns: [
      { header: "№ п/п", width: 6, kind: "number" },
      text("Назва завдання/заходу", 44),
      text("Відповідальний виконавець", 28),
      { header: "Період реалізації", width: 14, kind: "deadline" },
      text("Індикатори (показники) оцінки результативності цілі", 36),
    ],
  }),
  "regional-plan": (d) => ({
    form: "regional-plan",
    name: `План заходів ${d.year}`,
    title: `План заходів ${d.organisation} на ${d.year} рік`,
    subtitle: "",
    section: "1. Назва розділу (приклад: замініть своїм)",
    columns: [
      { header: "№ з/п", width: 6, kind: "number" },
      text("Назва заходу", 50),
      text("Відповідальні за виконання", 34),
      { header: "Термін виконання", width: 18, kind: "deadline" },
    ],
  }),
  "program-measures": (d) => ({
    form: "program-measures",
    name: `Заходи програми ${d.year}`,
    title: `Заходи програми ${d.organisation} на ${d.year} рік`,
    subtitle: "",
    section: "1. Назва напряму (приклад: замініть своїм)",
    columns: [
      text("Найменування очікуваного результату", 30),
      text("Найменування заходу, спрямованого на досягнення очікуваного результату", 44),
      text("Індикатор досягнення", 28),
      { header: "Строк виконання", width: 14, kind: "deadline" },
      text("Відповідальні за виконання", 28),
    ],
  }),
  "annual-report": (d) => ({
    // Checked as a report on its year totals: they come first, so `check` reads them as План/Факт.
    form: "quarterly-report",
    name: `Річний звіт ${d.year}`,
    title: `Звіт про виконання річного плану діяльності ${d.organisation}`,
    subtitle: `за ${d.year} рік`,
    section: "I. Назва пріоритету (приклад: замініть своїм)",
    columns: [
      { header: "№ з/п", width: 6, kind: "number" },
      text("Найменування заходу", 36),
      text("Відповідальний виконавець", 22),
      text("Найменування показників результативності", 22),
      { header: "План", group: "За рік", width: 9, kind: "total", sources: [8, 10, 12, 14] },
      { header: "Факт", group: "За рік", width: 9, kind: "total", sources: [9, 11, 13, 15] },
      { header: "% виконання", group: "За рік", width: 11, kind: "percent", sources: [4, 5] },
      { header: "Примітка у разі недовиконання плану", width: 28, kind: "note" },
      ...ROMAN.flatMap((q): ColumnSpec[] => [
        { header: "План", group: `${q} квартал`, width: 11, kind: "target" },
        { header: "Факт", group: `${q} квартал`, width: 9, kind: "fact" },
      ]),
    ],
  }),
};

export const TEMPLATE_IDS = Object.keys(GALLERY) as TemplateId[];

export const TEMPLATE_TITLES: Record<TemplateId, { uk: string; en: string }> = {
  "quarterly-report": { uk: "Звіт про виконання плану за квартал", en: "Quarterly report" },
  "annual-plan": { uk: "Річний план із квартальними показниками", en: "Annual plan with quarterly targets" },
  "action-plan": { uk: "План дій з реалізації стратегії", en: "Strategy action plan" },
  "regional-plan": { uk: "План заходів", en: "Plan of measures" },
  "program-measures": { uk: "Заходи програми", en: "Programme measures" },
  "annual-report": { uk: "Річний звіт (план і факт по кварталах)", en: "Annual report (plan and actual by quarter)" },
};

/** A ready-to-fill sheet for the template; `existing` names keep the new sheet's name fresh. */
export function buildTemplate(id: TemplateId, details: TemplateDetails, existing: string[] = [], serial = 1): TemplateSheet {
  const layout = GALLERY[id](details);
  return layOut({ ...layout, template: id, name: freshSheetName(layout.name, existing), responsible: details.responsible, serial, rows: details.rows ?? DEFAULT_ROWS });
}

/** Excel's sheet-name rules: at most 31 characters, none of []:*?/\, unique ignoring case. */
export function freshSheetName(base: string, existing: string[]): string {
  const clean = base.replace(/[[\]:*?/\\]/g, " ").trim().slice(0, 31) || "Аркуш";
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
