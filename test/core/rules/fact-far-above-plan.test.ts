import { measure, reportGrid } from "../../helpers/sheets";
import { ruleTable } from "../../helpers/rule-table";

ruleTable("fact-far-above-plan", {
  valid: [
    { name: "a fact twice the plan", grid: reportGrid([measure("1.1.1", 2, 5)]) },
    { name: "a zero plan", grid: reportGrid([measure("1.1.1", 0, 4)]) },
    { name: "a qualitative plan", grid: reportGrid([measure("1.1.1", "За потребою", 40)]) },
  ],
  invalid: [
    {
      name: "a fact six times the plan, at the fact cell",
      grid: reportGrid([measure("1.1.1", 1, 6)]),
      findings: [{ cell: "G6", params: { plan: 1, fact: 6, ratio: 6 } }],
      messages: { uk: ["Факт 6 у 6 разів більший за план 1"], en: ["Actual 6 is 6 times the plan 1"] },
    },
    {
      name: "a fact three times the plan",
      grid: reportGrid([measure("1.1.1", 2, 6)]),
      findings: [{ cell: "G6", params: { plan: 2, fact: 6, ratio: 3 } }],
      messages: { uk: ["у 3 рази більший"], en: ["3 times the plan 2"] },
    },
    {
      name: "a fact twenty-one times the plan",
      grid: reportGrid([measure("1.1.1", 1, 21)]),
      findings: [{ cell: "G6", params: { plan: 1, fact: 21, ratio: 21 } }],
      messages: { uk: ["у 21 раз більший"], en: ["21 times the plan 1"] },
    },
  ],
});
