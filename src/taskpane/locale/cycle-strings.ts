import type { NounForms } from "../../core/messages/format";
import type { AnnualRefusal } from "../state/types";

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
  /** «Створити річний звіт» on a quarterly report, and what it makes. */
  annual: string;
  annualHint: string;
  /** After the insert: the new sheet, its measures («17 заходів») and the quarter sheets it adds up. */
  annualMade: (sheet: string, measures: string, quarters: string[]) => string;
  /** Why no annual report was made, naming the sheet that stopped it. */
  annualRefused: Record<AnnualRefusal, (sheet: string, year: number | null) => string>;
  /** The plan a report is reconciled with: the label, the pane's own pick (naming it once found), none. */
  planChoice: string;
  planAuto: (found: string | undefined) => string;
  planNone: string;
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
  annual: "Створити річний звіт",
  annualHint: "Новий аркуш за рік зі звітів за квартали цього року в книзі: план і факт кожного кварталу — живі посилання на їхні аркуші, рік — їхні суми.",
  annualMade: (sheet, measures, quarters) =>
    `Створено аркуш «${sheet}»: ${measures} зі звітів ${quarters.map((q) => `«${q}»`).join(", ")}. Значення оновлюються, коли змінюються квартали.`,
  annualRefused: {
    "no-quarters": (_sheet, year) => `У книзі немає квартальних звітів${year ? ` за ${year} рік` : ""} із кварталом у заголовку («за I квартал 2024 року») — річний звіт не створено.`,
    "not-a-report": (sheet) => `Аркуш «${sheet}» не є квартальним звітом — річний звіт не створено.`,
    "no-quarter": (sheet) => `У заголовку аркуша «${sheet}» не сказано, за який він квартал — річний звіт не створено.`,
    "same-quarter": (sheet) => `Аркуш «${sheet}» — уже другий звіт за той самий квартал. Залиште в книзі один звіт на квартал — річний звіт не створено.`,
    cumulative: (sheet) => `Аркуш «${sheet}» — звіт наростаючим підсумком: він уже містить рік до свого кварталу, тож додати його до інших не можна — річний звіт не створено.`,
    "years-differ": (sheet) => `Аркуш «${sheet}» — звіт за інший рік — річний звіт не створено.`,
  },
  planChoice: "Звіряти з планом",
  planAuto: (found) => (found ? `План цього року — «${found}»` : "План цього року (не знайдено)"),
  planNone: "Не звіряти",
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
  annual: "Create annual report",
  annualHint: "A new sheet for the year from this year's quarterly reports in the workbook: each quarter's plan and fact are live references to its sheet, the year their sums.",
  annualMade: (sheet, measures, quarters) =>
    `Created sheet “${sheet}”: ${measures} from ${quarters.map((q) => `“${q}”`).join(", ")}. Its values follow the quarters as they change.`,
  annualRefused: {
    "no-quarters": (_sheet, year) => `The workbook holds no quarterly report${year ? ` for ${year}` : ""} whose title names its quarter (“за I квартал 2024 року”): no annual report was created.`,
    "not-a-report": (sheet) => `Sheet “${sheet}” is not a quarterly report: no annual report was created.`,
    "no-quarter": (sheet) => `The title of sheet “${sheet}” does not say which quarter it covers: no annual report was created.`,
    "same-quarter": (sheet) => `Sheet “${sheet}” is a second report for the same quarter. Keep one report per quarter in the workbook: no annual report was created.`,
    cumulative: (sheet) => `Sheet “${sheet}” is a running-total report: it already holds the year up to its quarter, so it cannot be added to the others. No annual report was created.`,
    "years-differ": (sheet) => `Sheet “${sheet}” reports on another year: no annual report was created.`,
  },
  planChoice: "Reconcile with plan",
  planAuto: (found) => (found ? `This year's plan — “${found}”` : "This year's plan (none found)"),
  planNone: "Do not reconcile",
};
