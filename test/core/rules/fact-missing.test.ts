import { measure, reportGrid } from "../../helpers/sheets";
import { ruleTable } from "../../helpers/rule-table";

/** A report whose fact in G6 is a formula that came out empty. */
function factByFormula() {
  const grid = reportGrid([measure("1.1.1", 2, null)]);
  grid.formulas = grid.values.map((row, i) => row.map((_, j) => (i === 5 && j === 6 ? "=IF(COUNT(I6:J6)=0,\"\",SUM(I6:J6))" : null)));
  return grid;
}

ruleTable("fact-missing", {
  valid: [
    { name: "a fact given", grid: reportGrid([measure("1.1.1", 2, 0)]) },
    { name: "a qualitative plan", grid: reportGrid([measure("1.1.1", "За потребою", null)]) },
    { name: "a dash as the fact (a wrong value, not a missing one)", grid: reportGrid([measure("1.1.1", 2, "-")]) },
    { name: "no plan either", grid: reportGrid([measure("1.1.1", null, null)]) },
  ],
  invalid: [
    {
      name: "an empty fact under a numeric plan, at the fact cell",
      grid: reportGrid([measure("1.1.1", 12.5, null)]),
      findings: [{ cell: "G6", params: { plan: 12.5, formula: false } }],
      messages: { uk: ["План 12,5, а факт не заповнено", "0, якщо захід не виконувався"], en: ["Plan is 12.5 but the actual value is empty"] },
    },
    {
      name: "a zero plan",
      grid: reportGrid([measure("1.1.1", 0, null)]),
      findings: [{ cell: "G6", params: { plan: 0, formula: false } }],
      messages: { uk: ["План 0"], en: ["Plan is 0"] },
    },
    {
      name: "a fact computed by a formula that came out empty",
      grid: factByFormula(),
      findings: [{ cell: "G6", params: { plan: 2, formula: true } }],
      messages: { uk: ["факт, що рахується формулою, порожній"], en: ["computed by a formula, is empty"] },
    },
  ],
});
