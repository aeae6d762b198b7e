import { TEMPLATE_IDS, buildTemplate, templateToGrid } from "../../../src/core";
import { measure, planGrid, planMeasure, reportGrid } from "../../helpers/sheets";
import { ruleTable } from "../../helpers/rule-table";

const fresh = (id: (typeof TEMPLATE_IDS)[number]) => templateToGrid(buildTemplate(id, { organisation: "Центру", year: 2026, quarter: 1, responsible: "Іваненко" }));
const REGIONAL = ["№ з/п", "Назва заходу", "Відповідальні за виконання", "Термін виконання"];

ruleTable("form-empty", {
  valid: [
    { name: "a report with one fact", grid: reportGrid([measure("1.1.1", null, 3), measure("1.1.2", null, null)]) },
    { name: "a report with one qualitative plan", grid: reportGrid([measure("1.1.1", "За потребою", null)]) },
    { name: "a plan with one quarter", grid: planGrid([planMeasure("1.1.1.1", [null, null, 2, null], null)]) },
    { name: "a regional plan with a measure", grid: reportGrid([["1", "Семінар для громад", "Департамент", "2021"]], { header: REGIONAL }) },
  ],
  invalid: [
    {
      name: "a fresh quarterly report template",
      grid: fresh("quarterly-report"),
      findings: [{ cell: "F5", params: { form: "quarterly-report", measures: 0, columns: ["plan", "fact"] } }],
      messages: {
        uk: ["Форму «Звіт про виконання плану діяльності» ще не заповнено: у ній немає жодного заходу", "заготовки шаблону буде перевірено"],
        en: ['The form "Report on plan execution" is not filled in yet: it has no measures'],
      },
    },
    {
      name: "a fresh action plan template",
      grid: fresh("action-plan"),
      findings: [{ cell: "B3", params: { form: "action-plan", measures: 0, columns: ["measure"] } }],
      messages: { uk: ["у ній немає жодного заходу"], en: ["it has no measures"] },
    },
    {
      name: "measures named but no plan or fact anywhere",
      grid: reportGrid([measure("1.1.1", null, null), measure("1.1.2", "-", null)]),
      findings: [{ cell: "F4", params: { form: "quarterly-report", measures: 2, columns: ["plan", "fact"] } }],
      messages: { uk: ["стовпці «План», «Факт» порожні в усіх рядках заходів (2)"], en: ['the "Plan", "Actual" columns are empty in every measure row (2)'] },
    },
    {
      name: "a plan whose quarters and totals are all empty",
      grid: planGrid([planMeasure("1.1.1.1", [null, null, null, null], null)]),
      findings: [{ cell: "F4", params: { form: "annual-plan", measures: 1, columns: ["q1", "q2", "q3", "q4", "total"] } }],
      messages: { uk: ["«I квартал», «II квартал», «III квартал», «IV квартал», «Разом» порожні"], en: ['"Q1", "Q2", "Q3", "Q4", "Total" columns are empty'] },
    },
  ],
});
