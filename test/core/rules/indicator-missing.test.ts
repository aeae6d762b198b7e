import { gridFromRows } from "../../../src/core";
import { measure, reportGrid } from "../../helpers/sheets";
import { ruleTable } from "../../helpers/rule-table";

ruleTable("indicator-missing", {
  valid: [
    { name: "an indicator given", grid: reportGrid([measure("1.1.1", 1, 1)]) },
    {
      name: "a form without an indicator column",
      grid: gridFromRows("Турбота", [["№ з/п", "Назва заходу", "Відповідальні за виконання", "Термін виконання"], ["1.", "Проведення форуму", "Департамент", "2021"]]),
    },
  ],
  invalid: [
    {
      name: "a measure with no indicator, at the indicator cell",
      grid: reportGrid([["1", "1.1", "1.1.1. Захід", "Відділ", "", 1, 1, null]]),
      findings: [{ cell: "E6", params: {} }],
      messages: { uk: ["Не вказано показник результативності"], en: ["No performance indicator"] },
    },
  ],
});
