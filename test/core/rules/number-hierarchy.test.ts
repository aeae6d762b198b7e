import { measure, reportGrid } from "../../helpers/sheets";
import { ruleTable } from "../../helpers/rule-table";

ruleTable("number-hierarchy", {
  valid: [
    { name: "a measure numbered under its task", grid: reportGrid([measure("1.1.1", 1, 1)]) },
    { name: "an unnumbered measure", grid: reportGrid([["1", "1.1. Ранній доступ", "Проведення заходів", "Відділ", "К-сть", 1, 1, null]]) },
  ],
  invalid: [
    {
      name: "a measure numbered under another task",
      grid: reportGrid([["1", "2.1. Якість", "3.2.1. Захід", "Відділ", "К-сть", 1, 1, null]]),
      findings: [{ cell: "C6", params: { number: "3.2.1", parent: "2.1" } }],
      messages: { uk: ["Номер заходу 3.2.1 не починається з номера завдання (розділу) 2.1"], en: ["Measure number 3.2.1 does not start with the number of its task (section) 2.1"] },
    },
  ],
});
