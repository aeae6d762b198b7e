import { CellValue } from "../../../src/core";
import { reportGrid } from "../../helpers/sheets";
import { ruleTable } from "../../helpers/rule-table";

const HEADER = ["№ з/п", "Найменування завдання", "Найменування заходу", "Виконавець", "Показник", "План", "Факт", "% виконання", "Примітка"];
const report = (plan: CellValue, fact: CellValue, percent: CellValue) => reportGrid([["1", "1.1", "1.1.1. Захід", "Відділ", "К-сть", plan, fact, percent, "x"]], { header: HEADER });

ruleTable("percent-invalid", {
  valid: [
    { name: "a percentage", grid: report(3, 2, 2 / 3) },
    { name: "an empty percent cell", grid: report(3, 2, null) },
    { name: "the blank a percent formula leaves", grid: report("За потребою", 2, "") },
    { name: "a dash where no percentage is computed", grid: report("За потребою", 2, "-") },
    { name: "a percentage typed as text that reads as a number", grid: report(3, 2, "66,7") },
  ],
  invalid: [
    {
      name: "#DIV/0! from the official's own formula over a zero plan",
      grid: report(0, 2, { error: "#DIV/0!" }),
      findings: [{ cell: "H6", params: { value: "#DIV/0!", kind: "error", percent: null, label: "% виконання" } }],
      messages: {
        uk: ["Клітинка «% виконання» містить помилку Excel #DIV/0!", "Замініть значення формулою відсотка (дія «Замінити формулою»)"],
        en: ['The "% виконання" cell holds the Excel error #DIV/0!', 'the "Replace with formula" fix'],
      },
    },
    {
      name: "a word where plan and fact give a percentage",
      grid: report(4, 2, "виконано"),
      findings: [{ cell: "H6", params: { value: "виконано", kind: "text", percent: 50, label: "% виконання" } }],
      messages: { uk: ["містить текст «виконано», з яким Excel не рахує, а факт і план дають 50 %"], en: ['holds the text "виконано"', "actual and plan give 50%"] },
    },
    {
      name: "a percentage typed with its sign as text",
      grid: report(4, 2, "50 %"),
      findings: [{ cell: "H6", params: { value: "50 %", kind: "text", percent: 50, label: "% виконання" } }],
      messages: { uk: ["текст «50 %»"], en: ['the text "50 %"'] },
    },
  ],
});
