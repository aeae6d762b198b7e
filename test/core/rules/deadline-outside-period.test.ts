import { gridFromRows } from "../../../src/core";
import { ruleTable } from "../../helpers/rule-table";

const plan = (title: string, deadline: string) =>
  gridFromRows("Турбота", [[title], ["№ з/п", "Назва заходу", "Відповідальні за виконання", "Термін виконання"], ["1.", "Проведення форуму", "Департамент", deadline]]);

ruleTable("deadline-outside-period", {
  valid: [
    { name: "the plan's year", grid: plan("Регіональний план заходів на 2021 рік", "грудень 2021 року") },
    { name: "a year within the plan's period", grid: plan("Програма на період 2017-2020 років", "2019") },
    { name: "a title that names no year", grid: plan("Регіональний план заходів", "2023") },
  ],
  invalid: [
    {
      name: "a year after the plan's year",
      grid: plan("Регіональний план заходів на 2021 рік", "2023"),
      findings: [{ cell: "D3", params: { value: "2023", from: 2021, to: 2021 } }],
      messages: { uk: ["Термін «2023» виходить за період плану (2021)"], en: ['The deadline "2023" lies outside the plan\'s period (2021)'] },
    },
    {
      name: "a period reaching past the plan's years",
      grid: plan("Програма на період 2017-2020 років", "2020-2022"),
      findings: [{ cell: "D3", params: { value: "2020-2022", from: 2017, to: 2020 } }],
      messages: { uk: ["(2017–2020)"], en: ["(2017–2020)"] },
    },
  ],
});
