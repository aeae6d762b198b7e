import { measure, reportGrid } from "../../helpers/sheets";
import { ruleTable } from "../../helpers/rule-table";

ruleTable("plan-missing", {
  valid: [
    { name: "a numeric plan", grid: reportGrid([measure("1.1.1", 3, 3)]) },
    { name: "a qualitative plan", grid: reportGrid([measure("1.1.1", "За потребою", 1)]) },
    { name: "an empty plan beside a fact that is not a number", grid: reportGrid([measure("1.1.1", null, "5 шт")]) },
  ],
  invalid: [
    {
      name: "a measure with a fact and no plan, at the plan cell",
      grid: reportGrid([measure("1.1.1", null, 13)]),
      findings: [{ cell: "F6", params: {} }],
      messages: { uk: ["не вказано план", "«За потребою»"], en: ["has no plan"] },
    },
  ],
});
