import { gridFromRows } from "../../../src/core";
import { ruleTable } from "../../helpers/rule-table";

const plan = (deadline: string | Date) =>
  gridFromRows("Турбота", [["Регіональний план заходів на 2021 рік"], ["№ з/п", "Назва заходу", "Відповідальні за виконання", "Термін виконання"], ["1.", "Проведення форуму", "Департамент", deadline]]);

ruleTable("deadline-unreadable", {
  valid: [
    { name: "a year", grid: plan("2021") },
    { name: "months of a year", grid: plan("лютий– листопад 2021 року") },
    { name: "a quarter", grid: plan("I квартал") },
    { name: "a recurring wording", grid: plan("Постійно") },
    { name: "a date", grid: plan("до 31.12.2021") },
    { name: "a date cell", grid: plan(new Date(Date.UTC(2021, 11, 31))) },
  ],
  invalid: [
    {
      name: "words that name no time",
      grid: plan("колись"),
      findings: [{ cell: "D3", params: { value: "колись" } }],
      messages: { uk: ["Термін «колись» не вдається прочитати"], en: ['The deadline "колись" cannot be read'] },
    },
  ],
});
