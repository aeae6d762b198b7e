import { measure, reportGrid } from "../../helpers/sheets";
import { ruleTable } from "../../helpers/rule-table";

const NOTE = "Примітка у разі недовиконання плану";
const WITHOUT_NOTE = ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Показник", "План", "Факт"];

ruleTable("shortfall-unexplained", {
  valid: [
    { name: "a fact that meets the plan", grid: reportGrid([measure("1.1.1", 4, 4)]) },
    { name: "a fact above the plan", grid: reportGrid([measure("1.1.1", 3, 5)]) },
    { name: "a shortfall explained in the note", grid: reportGrid([measure("1.1.1", 5, 2, "Перенесено на II квартал")]) },
    {
      name: "shortfalls explained by one note merged down over them",
      grid: reportGrid([measure("1.1.1", 3, 1, "Карантин: усі заходи перенесено"), measure("1.1.2", 4, 1)], { merges: [{ top: 6, left: 8, bottom: 7, right: 8 }] }),
    },
    { name: "a qualitative plan", grid: reportGrid([measure("1.1.1", "За потребою", 2)]) },
    // SPEC keeps this rule to an empty note; a dash or «виконано» is explanation-weak's.
    { name: "a note of a dash", grid: reportGrid([measure("1.1.1", 5, 2, "—")]) },
    { name: "a fact that is not a number", grid: reportGrid([measure("1.1.1", 5, "5 заходів")]) },
  ],
  invalid: [
    {
      name: "a shortfall with an empty note, at the note cell",
      grid: reportGrid([measure("1.1.1", 3, 2)]),
      findings: [{ cell: "H6", params: { plan: 3, fact: 2, label: NOTE } }],
      messages: { uk: ["Факт 2 менший за план 3", `«${NOTE}»`], en: ["Actual 2 is below plan 3", `"${NOTE}"`] },
    },
    {
      name: "a note of spaces, and numbers typed as text with a decimal comma",
      grid: reportGrid([measure("1.1.1", "12,5", "10", "   ")]),
      findings: [{ cell: "H6", params: { plan: 12.5, fact: 10, label: NOTE } }],
      messages: { uk: ["Факт 10 менший за план 12,5"], en: ["Actual 10 is below plan 12.5"] },
    },
    {
      name: "a report without a note column, at the fact cell",
      grid: reportGrid([["1", "1.1.1. Захід", "Відділ", "Кількість", 4, 3]], { header: WITHOUT_NOTE }),
      findings: [{ cell: "F6", params: { plan: 4, fact: 3 } }],
      messages: { uk: ["Факт 3 менший за план 4", "«Примітка»"], en: ["Actual 3 is below plan 4", '"Note"'] },
    },
  ],
});
