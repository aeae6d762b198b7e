import { CellValue, SheetGrid, buildTemplate, completeDetails, templateToGrid } from "../../../src/core";
import { REPORT_HEADER, measure, reportGrid } from "../../helpers/sheets";
import { ruleTable } from "../../helpers/rule-table";

/** A filled report with `title` on row 2, `section` on row 5 and `below` under the table (row 8). */
function report(parts: { title?: string; section?: string; rows?: CellValue[][]; below?: string } = {}): SheetGrid {
  const grid = reportGrid(parts.rows ?? [measure("1.1.1", 3, 3)]);
  if (parts.title) grid.values[1] = [parts.title];
  if (parts.section) grid.values[4] = [parts.section];
  if (parts.below) grid.values.push([], ["Відповідальна особа", null, parts.below]);
  return grid;
}

/** A fresh template, made as the pane and the CLI make it when the official gives no details, with one measure filled in. */
function filledTemplate(): SheetGrid {
  const sheet = buildTemplate("quarterly-report", completeDetails({ year: 2026, quarter: 1 }, new Date(2026, 3, 1)));
  const grid = templateToGrid(sheet);
  const row = grid.values[sheet.measureRows.first - 1];
  row.splice(0, 7, "1", "1.1", "1.1.1. Консультації", "Відділ", "Кількість", 5, 5);
  return grid;
}

ruleTable("placeholder-left", {
  valid: [
    { name: "a filled report", grid: report() },
    { name: "a fresh template (form-empty says it)", grid: templateToGrid(buildTemplate("quarterly-report", { organisation: "", year: 2026, quarter: 1, responsible: "" })) },
    { name: "a note in brackets", grid: report({ rows: [measure("1.1.1", 3, 2, "(перенесено на II квартал)")] }) },
    { name: "a bracketed title that is not a placeholder", grid: report({ title: "(затверджено наказом № 5)" }) },
    { name: "a placeholder on a sheet that is not a form", grid: { name: "Лист", values: [["(назва установи)"], ["Надсилаємо звіт."]], top: 1, left: 1, merges: [] } },
  ],
  invalid: [
    {
      name: "the organisation left in the title",
      grid: report({ title: "(назва установи)" }),
      findings: [{ cell: "A2", params: { value: "(назва установи)", place: "title" } }],
      messages: { uk: ["У заголовку лишилася заготовка шаблону «(назва установи)»", "Замініть її"], en: ['The title still holds the template\'s placeholder "(назва установи)"'] },
    },
    {
      name: "an example section heading",
      grid: report({ section: "I. Назва пріоритету (приклад: замініть своїм)" }),
      findings: [{ cell: "A5", params: { value: "I. Назва пріоритету (приклад: замініть своїм)", place: "section" } }],
      messages: { uk: ["У назві розділу лишилася заготовка"], en: ["A section heading still holds"] },
    },
    {
      name: "a bracketed prompt in a measure row, with a Latin I in ПІБ",
      grid: report({ rows: [measure("1.1.1", 3, 3), ["1", "1.1", "1.1.2. Семінари", "(ПIБ виконавця)", "(вкажіть показник)", 2, 2, null]] }),
      findings: [
        { cell: "D7", params: { value: "(ПIБ виконавця)", place: "measure" } },
        { cell: "E7", params: { value: "(вкажіть показник)", place: "measure" } },
      ],
      messages: { uk: ["У рядку заходу лишилася заготовка шаблону «(ПIБ виконавця)»"], en: ["A measure row still holds"] },
    },
    {
      name: "the responsible person in the signature block",
      grid: report({ below: "(посада, ім'я та прізвище)" }),
      findings: [{ cell: "C8", params: { value: "(посада, ім'я та прізвище)", place: "signature" } }],
      messages: { uk: ["У підписах під таблицею лишилася заготовка"], en: ["The signature block still holds"] },
    },
    {
      name: "every placeholder of a template once a measure is filled in",
      grid: filledTemplate(),
      findings: [
        { cell: "A1", params: { value: "Звіт про виконання плану діяльності (назва установи: замініть своїм найменуванням)", place: "title" } },
        { cell: "A7", params: { value: "I. Назва пріоритету (приклад: замініть своїм)", place: "section" } },
        { cell: "C26", params: { value: "(посада, ім'я та прізвище)", place: "signature" } },
      ],
      messages: { uk: ["У заголовку лишилася заготовка шаблону"], en: ["The title still holds"] },
    },
  ],
});

test("the report helper's header is the one the tables above assume", () => {
  expect(REPORT_HEADER).toHaveLength(8);
});
