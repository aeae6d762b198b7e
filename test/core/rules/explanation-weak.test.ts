import { CellValue } from "../../../src/core";
import { measure, reportGrid } from "../../helpers/sheets";
import { ruleTable } from "../../helpers/rule-table";

const NOTE = "Примітка у разі недовиконання плану";
const short = (note: CellValue) => reportGrid([measure("1.1.1", 5, 2, note)]);
const weak = (note: string) => ({ cell: "H6", params: { plan: 5, fact: 2, note, label: NOTE } });

ruleTable("explanation-weak", {
  valid: [
    { name: "a real reason", grid: short("Воєнний стан: заходи перенесено") },
    { name: "a short real reason", grid: short("Карантин") },
    { name: "a reason that mentions the work was done in part", grid: short("Виконано частково через відсутність фінансування") },
    { name: "an empty note (shortfall-unexplained says it)", grid: short(null) },
    { name: "a dash where the plan is met", grid: reportGrid([measure("1.1.1", 5, 5, "-")]) },
  ],
  invalid: [
    {
      name: "a dash",
      grid: short("-"),
      findings: [weak("-")],
      messages: { uk: ["Факт 2 менший за план 5, а примітка «-» не пояснює причини", `«${NOTE}»`], en: ['Actual 2 is below plan 5, but the note "-" gives no reason'] },
    },
    { name: "an em dash", grid: short("—"), findings: [weak("—")], messages: { uk: ["примітка «—»"], en: ['the note "—"'] } },
    { name: "a zero", grid: short(0), findings: [weak("0")], messages: { uk: ["примітка «0»"], en: ['the note "0"'] } },
    { name: "«виконано»", grid: short("Виконано."), findings: [weak("Виконано.")], messages: { uk: ["примітка «Виконано.»"], en: ['the note "Виконано."'] } },
    { name: "«так»", grid: short("так"), findings: [weak("так")], messages: { uk: ["«так»"], en: ['"так"'] } },
    { name: "«немає»", grid: short("Немає"), findings: [weak("Немає")], messages: { uk: ["«Немає»"], en: ['"Немає"'] } },
  ],
});
