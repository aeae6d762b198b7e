import { measure, planGrid, planMeasure, reportGrid } from "../../helpers/sheets";
import { ruleTable } from "../../helpers/rule-table";

const BESIDE = ["№", "Найменування заходу", "Виконавець", "Показник", "План на рік", "План на I квартал", "Факт за I квартал", "Примітка"];

ruleTable("value-invalid", {
  valid: [
    { name: "numbers, one typed as text with a decimal comma", grid: reportGrid([measure("1.1.1", "12,5", 13)]) },
    { name: "a qualitative plan with words as the fact", grid: reportGrid([measure("1.1.1", "Щопонеділка", "проведено")]) },
    { name: "an empty fact", grid: reportGrid([measure("1.1.1", 2, null)]) },
    { name: "dashes for empty quarters", grid: planGrid([planMeasure("1.1.1.1", [1, "-", 1, "–"], 2)]) },
    { name: "the same wording in every quarter", grid: planGrid([planMeasure("1.1.1.1", ["Постійно", "Постійно", "Постійно", "Постійно"], null)]) },
    {
      name: "one wording merged over the quarters",
      grid: planGrid([planMeasure("1.1.1.1", ["Постійно (за потреби)", null, null, null], null)], { merges: [{ top: 6, left: 6, bottom: 6, right: 9 }] }),
    },
  ],
  invalid: [
    {
      name: "an Excel error as the fact",
      grid: reportGrid([measure("1.1.1", 5, { error: "#REF!" })]),
      findings: [{ cell: "G6", params: { column: "fact", label: "Факт", value: "#REF!", reason: "error" } }],
      messages: { uk: ["Клітинка «Факт» містить помилку Excel #REF!", "Виправте формулу"], en: ['The "Факт" cell holds the Excel error #REF!', "Fix the formula"] },
    },
    {
      name: "a negative fact",
      grid: reportGrid([measure("1.1.1", 5, -2)]),
      findings: [{ cell: "G6", params: { column: "fact", label: "Факт", value: "-2", reason: "negative" } }],
      messages: { uk: ["від'ємне число -2", "коригування поясніть у примітці"], en: ["negative number -2", "explain the correction in the note"] },
    },
    {
      name: "a negative fact whose correction the note explains: the message asks only for the number",
      grid: reportGrid([measure("1.1.1", 5, -2, "Коригування: у I кварталі зараховано зайві 2 заходи")]),
      findings: [{ cell: "G6", params: { column: "fact", label: "Факт", value: "-2", reason: "negative", noted: true } }],
      messages: {
        uk: ["від'ємне число -2", "Пояснення в примітці вже є; у клітинку впишіть невід'ємне число"],
        en: ["negative number -2", "The note already explains it; enter a non-negative number"],
      },
    },
    {
      name: "digits mixed with words in the plan",
      grid: reportGrid([measure("1.1.1", "10 шт.", 10)]),
      findings: [{ cell: "F6", params: { column: "plan", label: "План", value: "10 шт.", reason: "mixed" } }],
      messages: { uk: ["«План»", "текст із цифрами «10 шт.»"], en: ['"План"', 'text mixed with digits "10 шт."'] },
    },
    {
      name: "words as the fact under a numeric plan",
      grid: reportGrid([measure("1.1.1", 5, "виконано")]),
      findings: [{ cell: "G6", params: { column: "fact", label: "Факт", value: "виконано", reason: "text-fact" } }],
      messages: { uk: ["текст «виконано», хоча план числовий"], en: ['the text "виконано" although the plan is a number'] },
    },
    {
      name: "a dash as the fact under a numeric plan",
      grid: reportGrid([measure("1.1.1", 2, "-")]),
      findings: [{ cell: "G6", params: { column: "fact", label: "Факт", value: "-", reason: "text-fact" } }],
      messages: { uk: ["текст «-»"], en: ['the text "-"'] },
    },
    {
      name: "a fact with digits that is not a number",
      grid: reportGrid([measure("1.1.1", 2, "1/2")]),
      findings: [{ cell: "G6", params: { column: "fact", label: "Факт", value: "1/2", reason: "not-a-number" } }],
      messages: { uk: ["«1/2», що не читається як число"], en: ['"1/2", which does not read as a number'] },
    },
    {
      name: "a word in a quarter while the other quarters are numbers",
      grid: planGrid([planMeasure("1.1.1.1", [2, "Постійно", 2, 2], null)]),
      findings: [{ cell: "G6", params: { column: "q2", label: "II", value: "Постійно", reason: "word-among-numbers" } }],
      messages: { uk: ["Клітинка «II» містить слово «Постійно»"], en: ['The "II" cell holds the word "Постійно"'] },
    },
    {
      name: "an Excel error in the total",
      grid: planGrid([planMeasure("1.1.1.1", [1, 1, 1, 1], { error: "#VALUE!" })]),
      findings: [{ cell: "J6", params: { column: "total", label: "Разом", value: "#VALUE!", reason: "error" } }],
      messages: { uk: ["«Разом» містить помилку Excel #VALUE!"], en: ['"Разом" cell holds the Excel error #VALUE!'] },
    },
    {
      name: "a plan beside the one the report computes with, named by its own header",
      grid: reportGrid([["1", "1.1.1. Захід", "Відділ", "К-сть", "10 шт.", 5, 5, null]], { header: BESIDE }),
      findings: [{ cell: "E6", params: { column: "plan", label: "План на рік", value: "10 шт.", reason: "mixed" } }],
      messages: { uk: ["Клітинка «План на рік»"], en: ['The "План на рік" cell'] },
    },
  ],
});
