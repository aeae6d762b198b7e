import { gridFromRows } from "../../../src/core";
import { measure, planGrid, planMeasure, reportGrid } from "../../helpers/sheets";
import { ruleTable } from "../../helpers/rule-table";

ruleTable("column-missing", {
  valid: [
    { name: "a report with every column", grid: reportGrid([measure("1.1.1", 2, 2)]) },
    { name: "an annual plan with every column", grid: planGrid([planMeasure("1.1.1.1", [1, 1, 1, 1], 4)]) },
  ],
  invalid: [
    {
      name: "a plan without executor and total, once each at the header",
      grid: gridFromRows("План", [["п/п", "Захід", "Показник", "I", "II", "III", "IV"], ["1", "Захід 1.1.1", "К-сть", 1, 1, 1, 1]]),
      findings: [
        { cell: "A1", params: { column: "executor" } },
        { cell: "A1", params: { column: "total" } },
      ],
      messages: { uk: ["не знайдено стовпця «Відповідальний виконавець»"], en: ['no "Responsible executor" column'] },
    },
    {
      name: "a report without a note column",
      grid: reportGrid([["1", "1.1.1. Захід", "Відділ", "Кількість", 4, 4]], { header: ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Показник", "План", "Факт"] }),
      findings: [{ cell: "A4", params: { column: "note" } }],
      messages: { uk: ["стовпця «Примітка»"], en: ['no "Note" column'] },
    },
  ],
});
