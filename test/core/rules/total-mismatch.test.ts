import { planGrid, planMeasure } from "../../helpers/sheets";
import { ruleTable } from "../../helpers/rule-table";

ruleTable("total-mismatch", {
  valid: [
    { name: "a total equal to the quarters, empty counting as 0", grid: planGrid([planMeasure("1.1.1.1", [1, null, 1, null], 2)]) },
    { name: "decimal noise", grid: planGrid([planMeasure("1.1.1.1", [0.1, 0.2, null, null], 0.3)]) },
    { name: "an empty total", grid: planGrid([planMeasure("1.1.1.1", [3, 3, 3, 2], null)]) },
    { name: "a quarter that is not a number", grid: planGrid([planMeasure("1.1.1.1", [3, "3 шт", 3, 3], 12)]) },
  ],
  invalid: [
    {
      name: "a typed total that differs from the quarters' sum, at the total cell",
      grid: planGrid([planMeasure("1.1.1.1", [4, 4, 4, 4], 12)]),
      findings: [{ cell: "J6", params: { total: 12, sum: 16, label: "Разом" } }],
      messages: {
        uk: ["У «Разом» записано 12, а сума кварталів — 16", "дія «Замінити формулою суми»"],
        en: ['"Разом" is 12 but the quarters add up to 16', 'the "Replace with sum formula" fix'],
      },
    },
    {
      name: "a sum with decimals",
      grid: planGrid([planMeasure("1.1.1.1", [1.5, 1, null, null], 3)]),
      findings: [{ cell: "J6", params: { total: 3, sum: 2.5, label: "Разом" } }],
      messages: { uk: ["сума кварталів — 2,5"], en: ["add up to 2.5"] },
    },
  ],
});
