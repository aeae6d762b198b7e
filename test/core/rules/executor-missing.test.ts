import { gridFromRows } from "../../../src/core";
import { measure, reportGrid } from "../../helpers/sheets";
import { ruleTable } from "../../helpers/rule-table";

ruleTable("executor-missing", {
  valid: [
    { name: "an executor given", grid: reportGrid([measure("1.1.1", 1, 1)]) },
    {
      name: "an executor merged down over the measure's rows",
      grid: reportGrid([measure("1.1.1", 1, 1), [null, null, null, null, "Кількість консультацій", 2, 2, null]], {
        merges: [{ top: 6, left: 3, bottom: 7, right: 3 }, { top: 6, left: 4, bottom: 7, right: 4 }],
      }),
    },
  ],
  invalid: [
    {
      name: "a report measure with no executor, at the executor cell",
      grid: reportGrid([["1", "1.1", "1.1.1. Захід", null, "К-сть", 1, 1, null]]),
      findings: [{ cell: "D6", params: {} }],
      messages: { uk: ["Не вказано відповідального виконавця"], en: ["No responsible executor"] },
    },
    {
      name: "a plan of measures with no one responsible",
      grid: gridFromRows("Турбота", [["№ з/п", "Назва заходу", "Відповідальні за виконання", "Термін виконання"], ["1.", "Проведення форуму", null, "2021"]]),
      findings: [{ cell: "C2", params: {} }],
      messages: { uk: ["Впишіть відділ або посадову особу"], en: ["Enter the department or official"] },
    },
  ],
});
