import type { TemplateFeature } from "../../excel";
import type { TemplateId } from "../../core/templates";
import { columnNames } from "../../core/schema/forms";

const quarters = (names: ReturnType<typeof columnNames>): TemplateStrings["quarterNames"] => [names.q1, names.q2, names.q3, names.q4];

/** The words of the templates gallery. Template titles come from the engine (TEMPLATE_TITLES). */
export interface TemplateStrings {
  tab: string;
  intro: string;
  galleryLabel: string;
  descriptions: Record<TemplateId, string>;
  organisation: string;
  organisationHint: string;
  year: string;
  quarter: string;
  quarterNames: [string, string, string, string];
  responsible: string;
  responsibleHint: string;
  insert: string;
  inserting: string;
  inserted: (sheet: string) => string;
  skipped: (features: string) => string;
  features: Record<TemplateFeature, string>;
  needOrganisation: string;
  badYear: string;
}

export const ukTemplates: TemplateStrings = {
  tab: "Шаблони",
  intro: "Новий аркуш за стандартною формою: заголовок, шапка, живі формули, перевірка введення та налаштування друку.",
  galleryLabel: "Форма",
  descriptions: {
    "quarterly-report": "План і факт заходів за квартал, % виконання й примітка до недовиконання.",
    "annual-plan": "Заходи на рік із показниками по кварталах I–IV і сумою «Разом».",
    "action-plan": "Заходи стратегії з виконавцями, періодом реалізації та індикаторами.",
    "regional-plan": "Перелік заходів із відповідальними та терміном виконання.",
    "program-measures": "Очікувані результати програми, заходи, індикатори й строки.",
    "program-execution": "Фінансування заходів програми: передбачено, профінансовано, використано, % і відхилення, підсумок за джерелами.",
    "annual-report": "Річні план і факт поруч із квартальними, з підсумками та відсотками.",
  },
  organisation: "Організація (як у заголовку, у родовому відмінку)",
  organisationHint: "Краматорського місцевого центру з надання БВПД",
  year: "Рік",
  quarter: "Квартал",
  quarterNames: quarters(columnNames("uk")),
  responsible: "Відповідальна особа",
  responsibleHint: "Прізвище та ініціали",
  insert: "Вставити",
  inserting: "Вставляю…",
  inserted: (sheet) => `Вставлено аркуш «${sheet}». Заповніть рядки заходів і натисніть «Перевірити».`,
  skipped: (features) => `Цей Excel не підтримує: ${features}. Аркуш працює й без цього.`,
  features: { print: "налаштування друку", validation: "перевірку введення", highlight: "підсвічування недовиконання", freeze: "закріплення шапки", fit: "друк на одну сторінку завширшки" },
  needOrganisation: "Вкажіть організацію.",
  badYear: "Рік — число від 2000 до 2100.",
};

export const enTemplates: TemplateStrings = {
  tab: "Templates",
  intro: "A new sheet in a standard form: title, header, live formulas, input validation and print setup.",
  galleryLabel: "Form",
  descriptions: {
    "quarterly-report": "Planned and actual per measure for a quarter, % done and a note on shortfalls.",
    "annual-plan": "A year's measures with targets for quarters I–IV and a total.",
    "action-plan": "Strategy measures with executors, periods and indicators.",
    "regional-plan": "A list of measures with those responsible and deadlines.",
    "program-measures": "Programme results, measures, indicators and deadlines.",
    "program-execution": "Programme funding: planned, financed, used, % used and deviation, totals by source.",
    "annual-report": "Yearly plan and actual beside each quarter's, with totals and percentages.",
  },
  organisation: "Organisation (as in the title, Ukrainian genitive)",
  organisationHint: "Краматорського місцевого центру з надання БВПД",
  year: "Year",
  quarter: "Quarter",
  quarterNames: quarters(columnNames("en")),
  responsible: "Responsible person",
  responsibleHint: "Surname and initials",
  insert: "Insert",
  inserting: "Inserting…",
  inserted: (sheet) => `Inserted sheet "${sheet}". Fill in the measure rows and press Check.`,
  skipped: (features) => `This Excel does not support: ${features}. The sheet works without it.`,
  features: { print: "print setup", validation: "input validation", highlight: "shortfall highlighting", freeze: "frozen header", fit: "fitting to one page wide" },
  needOrganisation: "Enter the organisation.",
  badYear: "The year is a number from 2000 to 2100.",
};
