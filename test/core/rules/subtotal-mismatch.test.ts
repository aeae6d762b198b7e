import { CellValue, gridFromRows } from "../../../src/core";
import { ruleTable } from "../../helpers/rule-table";
import { REPORT_HEADER, planGrid, planMeasure } from "../../helpers/sheets";

const TITLE = ["Звіт про виконання плану діяльності центру за I квартал 2024 року"];
const row = (n: string, plan: CellValue, fact: CellValue): CellValue[] => [n, null, `${n} Проведення заходів`, "Відділ", "Кількість заходів", plan, fact, "Причини є"];
const total = (label: string, plan: CellValue, fact: CellValue): CellValue[] => [null, label, null, null, null, plan, fact, null];
const section = (title: string): CellValue[] => [title];
const report = (...rows: CellValue[][]) => gridFromRows("Звіт", [TITLE, REPORT_HEADER, ...rows]);

ruleTable("subtotal-mismatch", {
  valid: [
    { name: "a total equal to the measures above it", grid: report(row("1", 3, 2), row("2", 4, 4), total("Усього", 7, 6)) },
    {
      name: "section totals and a grand total over all measures",
      grid: report(section("1. Освіта"), row("1.1", 3, 3), row("1.2", 2, 1), total("Разом за розділом 1", 5, 4), section("2. Доступ"), row("2.1", 10, 9), total("Разом за розділом 2", 10, 9), total("ВСЬОГО ПО ПРОГРАМІ", 15, 13)),
    },
    {
      name: "a section total over its subsections",
      grid: report(section("Розділ I"), row("1", 1, 1), section("Розділ II"), section("2.1. Перший"), row("2.1.1", 2, 2), section("2.2. Другий"), row("2.2.1", 3, 3), total("Усього за розділом II", 5, 5)),
    },
    { name: "«х» in the total row's text and value columns", grid: report(row("1", 3, 2), ["х", "Усього", "х", "х", "х", "х", "х", "х"]) },
    { name: "words in the measure rows do not count, as Excel's SUM", grid: report(row("1", 3, 2), row("2", "За потребою", null), total("Разом", 3, 2)) },
    { name: "a total right under its heading sums the rows below", grid: report(section("1. Освіта"), total("Усього", 5, 4), row("1.1", 3, 3), row("1.2", 2, 1)) },
    {
      name: "a grand total first in the table, and section totals under their headings",
      grid: report(total("ВСЬОГО ПО ПРОГРАМІ", 10, 8), section("1. Освіта"), total("Разом за розділом", 5, 4), section("1.1. Школи"), row("1.1.1", 3, 3), section("1.2. Садки"), row("1.2.1", 2, 1), section("2. Доступ"), row("2.1", 5, 4)),
    },
    { name: "an annual plan's total row over quarters and the year", grid: planGrid([planMeasure("1.1", [1, 2, 3, 4], 10), planMeasure("1.2", [1, 1, 1, 1], 4), [null, "Разом", null, null, null, 2, 3, 4, 5, 14]]) },
    {
      name: "«Усього по центру» under a measure split per bureau, the measure above it without a total",
      grid: {
        ...report(row("1", 3, 3), ["2", null, "2 Консультування", "Бюро А", "Кількість", 5, 5, null], [null, null, null, "Бюро Б", null, 4, 4, null], [null, null, null, "Усього по центру", null, 9, 9, null]),
        merges: [{ top: 4, left: 3, bottom: 5, right: 3 }],
      },
    },
    { name: "a measure that starts with «Разом з»", grid: report(row("1", 3, 3), [null, null, "Разом з партнерами провести форум", "Відділ", "Кількість", 1, 1, null]) },
  ],
  invalid: [
    {
      name: "a total that matches neither sum",
      grid: report(section("1. Освіта"), row("1.1", 3, 3), row("1.2", 2, 1), total("Усього", 6, 4)),
      findings: [{ cell: "F6", params: { column: "plan", total: 6, sum: 5, all: 5, label: "План" } }],
      messages: { uk: ["«План» — 6", "сума рядків над ним — 5."], en: ['"План" is 6', "add up to 5."] },
    },
    {
      name: "a section total that is neither its section's sum nor the table's",
      grid: report(section("1. Освіта"), row("1.1", 3, 3), total("Разом", 3, 3), section("2. Доступ"), row("2.1", 4, 4), row("2.2", 1, 1), total("Разом", 9, 5)),
      findings: [{ cell: "F9", params: { column: "plan", total: 9, sum: 5, all: 8, label: "План" } }],
      messages: { uk: ["5 (з початку таблиці — 8)"], en: ["5 (8 from the top of the table)"] },
    },
    {
      name: "an annual plan's quarter in a total row",
      grid: planGrid([planMeasure("1.1", [1, 2, 3, 4], 10), [null, "Разом", null, null, null, 2, 2, 3, 4, 10]]),
      findings: [{ cell: "F7", params: { column: "q1", total: 2, sum: 1, all: 1, label: "I" } }],
      messages: { uk: ["«I» — 2"], en: ['"I" is 2'] },
    },
  ],
});
