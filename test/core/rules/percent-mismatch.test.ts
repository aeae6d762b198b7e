import { CellValue } from "../../../src/core";
import { reportGrid } from "../../helpers/sheets";
import { ruleTable } from "../../helpers/rule-table";

const HEADER = ["№ з/п", "Найменування завдання", "Найменування заходу", "Виконавець", "Показник", "План", "Факт", "% виконання", "Примітка"];
const report = (plan: CellValue, fact: CellValue, percent: CellValue) => reportGrid([["1", "1.1", "1.1.1. Захід", "Відділ", "К-сть", plan, fact, percent, "x"]], { header: HEADER });

ruleTable("percent-mismatch", {
  valid: [
    { name: "a fraction formatted as percent", grid: report(3, 2, 2 / 3) },
    { name: "a number of percent", grid: report(3, 2, 66.7) },
    { name: "a rounded fraction", grid: report(3, 2, 0.67) },
    { name: "an empty percent", grid: report(3, 2, null) },
    { name: "a qualitative plan", grid: report("За потребою", 2, 50) },
  ],
  invalid: [
    {
      name: "a fraction that disagrees with plan and fact, at the percent cell",
      grid: report(3, 2, 0.8),
      findings: [{ cell: "H6", params: { value: 0.8, shown: 80, percent: 66.7, label: "% виконання" } }],
      // The cell shows 80 %, so the message says 80 %, and names the fix that replaces it.
      messages: {
        uk: ["У «% виконання» записано 80 %, а факт і план дають 66,7 %", "Замініть значення формулою відсотка (дія «Замінити формулою»)"],
        en: ['"% виконання" holds 80%, but actual and plan give 66.7%', 'the "Replace with formula" fix'],
      },
    },
    {
      name: "a number of percent that disagrees",
      grid: report(4, 2, 75),
      findings: [{ cell: "H6", params: { value: 75, shown: 75, percent: 50, label: "% виконання" } }],
      messages: { uk: ["записано 75 %", "дають 50 %"], en: ["holds 75%", "give 50%"] },
    },
    {
      name: "a half typed where the plan is met",
      grid: report(4, 4, 0.5),
      findings: [{ cell: "H6", params: { value: 0.5, shown: 50, percent: 100, label: "% виконання" } }],
      messages: { uk: ["записано 50 %, а факт і план дають 100 %"], en: ["holds 50%, but actual and plan give 100%"] },
    },
  ],
});
