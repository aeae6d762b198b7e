/** What `report-from-plan` and `annual-report` say, in both languages (plurals via Intl). */
import { counted } from "../core/messages/format";
import type { AnnualReport } from "../core/templates";
import type { Lang } from "../core/types";

type AnnualRefusal = Extract<AnnualReport, { ok: false }>["reason"];

export interface CycleText {
  noPlan: string;
  nothingPlanned: (quarter: number, cumulative: boolean) => string;
  reportMade: (file: string, sheet: string, plan: string, measures: number, skipped: number, quarter: number, cumulative: boolean) => string;
  noReports: string;
  annualRefused: (reason: AnnualRefusal, sheet: string) => string;
  annualMade: (file: string, sheet: string, measures: number, quarters: string[]) => string;
}

const ROMAN = ["I", "II", "III", "IV"];
const measuresUk = { one: "захід", few: "заходи", many: "заходів", other: "заходу" };
const measuresEn = { one: "measure", other: "measures" };

export const cycleText: Record<Lang, CycleText> = {
  uk: {
    noPlan: "у книзі немає річного плану (з кварталами I–IV), з якого можна зробити звіт",
    nothingPlanned: (q, cumulative) => `у плані немає жодного заходу з планом ${cumulative ? `з початку року до кінця ${ROMAN[q - 1]} кварталу` : `на ${ROMAN[q - 1]} квартал`}`,
    reportMade: (file, sheet, plan, measures, skipped, q, cumulative) =>
      `${file}: додано аркуш «${sheet}» — звіт ${cumulative ? `з початку року до кінця ${ROMAN[q - 1]} кварталу` : `за ${ROMAN[q - 1]} квартал`} з плану «${plan}»: ${counted(measures, measuresUk, "uk")}` +
      (skipped > 0 ? `; без плану на цей період пропущено ${counted(skipped, measuresUk, "uk")}` : "") +
      ". Заповніть «Факт» і примітки.",
    noReports: "серед файлів немає квартальних звітів",
    annualRefused: (reason, sheet) =>
      ({
        "not-a-report": `аркуш «${sheet}» не є квартальним звітом`,
        "no-quarter": `у заголовку аркуша «${sheet}» не сказано, за який він квартал («за I квартал 2024 року»)`,
        "same-quarter": `аркуш «${sheet}» — уже другий звіт за той самий квартал`,
        cumulative: `аркуш «${sheet}» — звіт наростаючим підсумком: він уже містить рік до цього кварталу`,
        "years-differ": `аркуш «${sheet}» — звіт за інший рік`,
      })[reason],
    annualMade: (file, sheet, measures, quarters) => `${file}: річний звіт на аркуші «${sheet}»: ${counted(measures, measuresUk, "uk")} з ${quarters.map((q) => `«${q}»`).join(", ")}`,
  },
  en: {
    noPlan: "the workbook has no annual plan (with quarters I–IV) to make a report from",
    nothingPlanned: (q, cumulative) => `the plan sets no measure ${cumulative ? `from the start of the year to the end of Q${q}` : `for Q${q}`}`,
    reportMade: (file, sheet, plan, measures, skipped, q, cumulative) =>
      `${file}: added sheet "${sheet}", the report ${cumulative ? `from the start of the year to the end of Q${q}` : `for Q${q}`} from plan "${plan}": ${counted(measures, measuresEn, "en")}` +
      (skipped > 0 ? `; ${counted(skipped, measuresEn, "en")} with no plan for the period left out` : "") +
      ". Fill in the facts and notes.",
    noReports: "none of the files holds a quarterly report",
    annualRefused: (reason, sheet) =>
      ({
        "not-a-report": `sheet "${sheet}" is not a quarterly report`,
        "no-quarter": `the title of sheet "${sheet}" does not say its quarter ("за I квартал 2024 року")`,
        "same-quarter": `sheet "${sheet}" is a second report for the same quarter`,
        cumulative: `sheet "${sheet}" is a running total: it already holds the year up to its quarter`,
        "years-differ": `sheet "${sheet}" reports on another year`,
      })[reason],
    annualMade: (file, sheet, measures, quarters) => `${file}: annual report on sheet "${sheet}": ${counted(measures, measuresEn, "en")} from ${quarters.map((q) => `"${q}"`).join(", ")}`,
  },
};
