import type { NounForms } from "../../core/messages/format";

/** The pane's words for the reporting cycle (issue 12): a quarterly report made from the annual plan on the sheet. */
export interface CycleStrings {
  fromPlan: string;
  /** Under the button: what it makes. */
  fromPlanHint: string;
  quarter: string;
  quarterNames: [string, string, string, string];
  cumulative: string;
  create: string;
  /** After the insert: the new sheet and how many of the plan's measures it reports («17 заходів»). */
  made: (sheet: string, measures: string) => string;
  measureForms: NounForms;
  /** One line when the plan sets nothing for the period: no report to make. */
  nothingPlanned: (quarter: string, cumulative: boolean) => string;
}

export const ukCycle: CycleStrings = {
  fromPlan: "Створити звіт за квартал",
  fromPlanHint: "Новий аркуш звіту із заходами цього плану: «План» — затверджені значення кварталу, «Факт» і примітку заповните ви.",
  quarter: "Квартал",
  quarterNames: ["I", "II", "III", "IV"],
  cumulative: "наростаючим підсумком (з початку року)",
  create: "Створити",
  made: (sheet, measures) => `Створено аркуш «${sheet}»: ${measures} із плану. Впишіть «Факт» і примітки до недовиконання, потім перевірте.`,
  measureForms: { one: "захід", few: "заходи", many: "заходів", other: "заходу" },
  nothingPlanned: (quarter, cumulative) =>
    cumulative ? `У плані з початку року до ${quarter} кварталу нічого не заплановано — звіт не створено.` : `У плані на ${quarter} квартал нічого не заплановано — звіт не створено.`,
};

export const enCycle: CycleStrings = {
  fromPlan: "Create quarterly report",
  fromPlanHint: "A new report sheet with this plan's measures: “План” holds the quarter's approved values; you fill in “Факт” and the note.",
  quarter: "Quarter",
  quarterNames: ["Q1", "Q2", "Q3", "Q4"],
  cumulative: "running total (from the start of the year)",
  create: "Create",
  made: (sheet, measures) => `Created sheet “${sheet}”: ${measures} from the plan. Fill in “Факт” and the notes on shortfalls, then check.`,
  measureForms: { one: "measure", other: "measures" },
  nothingPlanned: (quarter, cumulative) =>
    cumulative ? `The plan sets nothing from January to ${quarter}: no report was created.` : `The plan sets nothing for ${quarter}: no report was created.`,
};
