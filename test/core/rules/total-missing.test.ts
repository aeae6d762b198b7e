import { gridFromRows } from "../../../src/core";
import { planGrid, planMeasure } from "../../helpers/sheets";
import { ruleTable } from "../../helpers/rule-table";

ruleTable("total-missing", {
  valid: [
    { name: "a total typed", grid: planGrid([planMeasure("1.1.1.1", [3, 3, 3, 2], 11)]) },
    { name: "qualitative quarters with no total", grid: planGrid([planMeasure("1.1.1.1", ["Постійно", "Постійно", "Постійно", "Постійно"], null)]) },
    { name: "a plan with no total column", grid: gridFromRows("План", [["п/п", "Захід", "Показник", "I", "II", "III", "IV"], ["1", "Захід 1.1.1", "К-сть", 1, 1, 1, 1]]) },
  ],
  invalid: [
    {
      name: "an empty total under numeric quarters, at the total cell",
      grid: planGrid([planMeasure("1.1.1.1", [3, 3, 3, 2], null)]),
      findings: [{ cell: "J6", params: { sum: 11, label: "Разом" } }],
      messages: { uk: ["«Разом» не заповнено, а сума кварталів — 11"], en: ['"Разом" is empty while the quarters add up to 11'] },
    },
    {
      name: "a word as the total under numeric quarters",
      grid: planGrid([planMeasure("1.1.1.1", [1, 1, 1, 1.5], "Постійно")]),
      findings: [{ cell: "J6", params: { sum: 4.5, value: "Постійно", label: "Разом" } }],
      messages: {
        uk: ["У «Разом» записано «Постійно»", "сума 4,5", "дія «Замінити формулою суми»"],
        en: ['"Разом" holds "Постійно"', "sum 4.5", 'the "Replace with sum formula" fix'],
      },
    },
  ],
});
