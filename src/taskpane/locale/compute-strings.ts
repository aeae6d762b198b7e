import type { ExecutionStatus } from "../../core/types";
import type { NounForms as PluralForms } from "../../core/messages/format";

/** The words of Compute: the questions it asks, what it wrote, and the execution summary. */
export interface ComputeStrings {
  compute: string;
  computing: string;
  percentQuestion: string;
  percentExplain: string;
  addColumn: string;
  dontAdd: string;
  /** "Замінити 2 значення формулою суми?" */
  replaceQuestion: (values: string) => string;
  replaceExplain: string;
  typedVersusSum: (typed: string, sum: string) => string;
  replaceOne: (cell: string) => string;
  replaceAll: string;
  keepTyped: string;
  valueForms: PluralForms;
  measureForms: PluralForms;
  written: (cells: string) => string;
  nothingToWrite: string;
  replaced: (values: string) => string;
  nothingToCompute: string;
  notAForm: string;
  summaryTitle: string;
  overall: string;
  bySection: string;
  byExecutor: string;
  execution: (percent: string) => string;
  noExecution: string;
  status: Record<ExecutionStatus, string>;
  /** "unknown" on a plan: the measure has a target but no fact to measure it by. */
  planned: string;
  planKinds: (numeric: number, qualitative: number) => string;
  chartLabel: string;
}

export const ukCompute: ComputeStrings = {
  compute: "Обчислити",
  computing: "Обчислюю…",
  percentQuestion: "Додати стовпець «% виконання» після «Факт»?",
  percentExplain: "У звіті немає стовпця з відсотками. Показник вставить його праворуч від «Факт» і заповнить живими формулами; решта стовпців зсунеться праворуч.",
  addColumn: "Додати стовпець",
  dontAdd: "Не додавати",
  replaceQuestion: (values) => `Замінити ${values} формулою суми?`,
  replaceExplain: "Введений підсумок не дорівнює сумі кварталів. Формула рахуватиме суму сама, якщо квартали зміняться.",
  typedVersusSum: (typed, sum) => `введено ${typed}, сума кварталів ${sum}`,
  replaceOne: (cell) => `Замінити ${cell}`,
  replaceAll: "Замінити всі",
  keepTyped: "Залишити як є",
  valueForms: { one: "значення", few: "значення", many: "значень", other: "значення" },
  measureForms: { one: "захід", few: "заходи", many: "заходів", other: "заходу" },
  written: (cells) => `Формули записано в ${cells}.`,
  nothingToWrite: "Нових формул не потрібно: усе вже пораховано.",
  replaced: (values) => `Замінено ${values} формулою суми.`,
  nothingToCompute: "Для цієї форми нема чого обчислювати: підсумки й відсотки є лише в річному плані та у звіті.",
  notAForm: "Аркуш не є формою плану чи звіту, тож нема чого обчислювати.",
  summaryTitle: "Підсумки",
  overall: "Усього",
  bySection: "За розділами",
  byExecutor: "За виконавцями",
  execution: (percent) => `Виконання: ${percent} (середнє числових заходів, кожен до 100 %)`,
  noExecution: "Виконання не обчислюється: немає числових показників.",
  status: { full: "виконано", partial: "частково", none: "не виконано", qualitative: "якісні", unknown: "без даних" },
  planned: "кількісні",
  planKinds: (numeric, qualitative) => `З числовими показниками: ${numeric}; якісних: ${qualitative}`,
  chartLabel: "Заходи за станом виконання",
};

export const enCompute: ComputeStrings = {
  compute: "Compute",
  computing: "Computing…",
  percentQuestion: "Add a «% виконання» column after «Факт»?",
  percentExplain: "The report has no percentage column. Pokaznyk will insert one right of «Факт» and fill it with live formulas; the columns after it move right.",
  addColumn: "Add column",
  dontAdd: "Don't add",
  replaceQuestion: (values) => `Replace ${values} with a sum formula?`,
  replaceExplain: "The typed total differs from the sum of the quarters. A formula keeps the sum right when the quarters change.",
  typedVersusSum: (typed, sum) => `typed ${typed}, quarters add up to ${sum}`,
  replaceOne: (cell) => `Replace ${cell}`,
  replaceAll: "Replace all",
  keepTyped: "Keep as typed",
  valueForms: { one: "value", other: "values" },
  measureForms: { one: "measure", other: "measures" },
  written: (cells) => `Formulas written to ${cells}.`,
  nothingToWrite: "No new formulas needed: everything is computed already.",
  replaced: (values) => `Replaced ${values} with a sum formula.`,
  nothingToCompute: "Nothing to compute for this form: totals and percentages exist only in annual plans and reports.",
  notAForm: "The sheet is not a plan or report form, so there is nothing to compute.",
  summaryTitle: "Summary",
  overall: "Overall",
  bySection: "By section",
  byExecutor: "By executor",
  execution: (percent) => `Execution: ${percent} (mean of numeric measures, each capped at 100 %)`,
  noExecution: "No execution rate: there are no numeric indicators.",
  status: { full: "done", partial: "partly", none: "not done", qualitative: "qualitative", unknown: "no data" },
  planned: "numeric",
  planKinds: (numeric, qualitative) => `With numeric targets: ${numeric}; qualitative: ${qualitative}`,
  chartLabel: "Measures by execution",
};
