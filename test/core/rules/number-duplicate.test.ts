import { gridFromRows } from "../../../src/core";
import { measure, reportGrid } from "../../helpers/sheets";
import { ruleTable } from "../../helpers/rule-table";

const REGIONAL_HEADER = ["№ з/п", "Назва заходу", "Відповідальні за виконання", "Термін виконання"];

ruleTable("number-duplicate", {
  valid: [
    { name: "distinct numbers", grid: reportGrid([measure("1.1.1", 1, 1), measure("1.1.2", 1, 1)]) },
    {
      name: "plain ordinals that restart in each section",
      grid: gridFromRows("Турбота", [
        REGIONAL_HEADER,
        ["1. Правова підтримка"],
        ["1.", "Надання допомоги", "Департамент", "2021"],
        ["2. Соціальні послуги"],
        ["1.", "Проведення тренінгів", "Департамент", "2021"],
      ]),
    },
    {
      name: "a measure's rows under its merged number",
      grid: reportGrid([measure("1.1.1", 1, 1), [null, null, null, null, "Кількість консультацій", 2, 2, null]], {
        merges: [{ top: 6, left: 3, bottom: 7, right: 3 }, { top: 6, left: 4, bottom: 7, right: 4 }],
      }),
    },
  ],
  invalid: [
    {
      name: "a dotted number used twice, at the second measure",
      grid: reportGrid([measure("1.1.3", 1, 1), measure("1.1.3", 1, 1)]),
      findings: [{ cell: "C7", params: { number: "1.1.3", firstRow: 6 } }],
      messages: { uk: ["Номер 1.1.3 уже використано в рядку 6"], en: ["Number 1.1.3 is already used in row 6"] },
    },
  ],
});
