import { measure, planGrid, planMeasure, reportGrid } from "../../helpers/sheets";
import { ruleTable } from "../../helpers/rule-table";

ruleTable("number-as-text", {
  valid: [
    { name: "numbers", grid: reportGrid([measure("1.1.1", 12.5, 13)]) },
    { name: "a qualitative plan", grid: reportGrid([measure("1.1.1", "За потребою", 2)]) },
  ],
  invalid: [
    {
      name: "a plan and a fact typed as text, one with a decimal comma",
      grid: reportGrid([measure("1.1.1", "12,5", " 13 ")]),
      findings: [
        { cell: "F6", params: { column: "plan", label: "План", value: 12.5 } },
        { cell: "G6", params: { column: "fact", label: "Факт", value: 13 } },
      ],
      messages: {
        uk: ["Число 12,5 у стовпці «План» збережено як текст", "дія «Перетворити на числа»"],
        en: ['The number 12.5 in the "План" column is stored as text', 'the "Convert to numbers" fix'],
      },
    },
    {
      name: "a quarter and a total typed as text",
      grid: planGrid([planMeasure("1.1.1.1", ["3", 3, 3, 3], "12")]),
      findings: [
        { cell: "F6", params: { column: "q1", label: "I", value: 3 } },
        { cell: "J6", params: { column: "total", label: "Разом", value: 12 } },
      ],
      messages: { uk: ["Число 3 у стовпці «I»"], en: ['The number 3 in the "I" column'] },
    },
  ],
});
