/**
 * Dates in the task pane and on the command line. Excel hands the add-in a date as a serial
 * number with a date format (31.12.2021 is 44561); exceljs hands the CLI a Date. Both must reach
 * the engine as the same Date, or the pane and the CLI disagree: a fact typed "5.01" in a
 * Ukrainian Excel becomes the date 5 January, an error (value-invalid) for the CLI, and only an
 * info (fact-far-above-plan, 45,662 against 5) for a pane that reads the serial as a number.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Workbook } from "exceljs";
import { checkSheet } from "../../src/core";
import { contentsFromBytes } from "../helpers/exceljs/load-workbook-file";
import { readSheet, runExcel } from "../../src/excel";
import { FakeExcel } from "../../src/fake-excel";
import { xlsxToJson } from "../../src/preview/fixtures/xlsx-to-json";
import { makeTempDir, putRows, writeWorkbook } from "../helpers/xlsx";

const DATE = "dd.mm.yyyy";

function fill(workbook: Workbook): void {
  const report = workbook.addWorksheet("Звіт I кв 2025");
  putRows(report, [
    ["Звіт про виконання плану заходів за I квартал 2025 року"],
    [],
    ["№ з/п", "Найменування завдання", "Найменування заходу", "Відповідальний виконавець", "Найменування показників результативності", "План", "Факт", "Примітка у разі недовиконання плану"],
    [1, "1.1. Доступ до правової допомоги", "1.1.1. Консультування в громадах", "Відділ правопросвіти", "Кількість консультацій", 5, null, null],
    [2, "1.1. Доступ до правової допомоги", "1.1.2. Виїзні прийоми", "Відділ правопросвіти", "Кількість прийомів", 4, 4, null],
  ]);
  // "5.01" typed into a Ukrainian Excel: the date 5 January of the current year.
  report.getCell("G4").value = new Date(Date.UTC(2025, 0, 5));
  report.getCell("G4").numFmt = DATE;

  const plan = workbook.addWorksheet("План заходів");
  putRows(plan, [
    ["План заходів на 2021 рік"],
    [],
    ["№ з/п", "Назва заходу", "Відповідальні за виконання", "Термін виконання"],
    [1, "Проведення семінарів для посадових осіб", "Відділ правопросвіти", null],
    [2, "Оновлення інформаційних стендів", "Відділ правопросвіти", null],
    [3, "Звіт про виконання плану", "Загальний відділ", "грудень 2021 року"],
  ]);
  for (const [cell, date] of [["D4", Date.UTC(2021, 11, 31)], ["D5", Date.UTC(2019, 5, 30)]] as const) {
    plan.getCell(cell).value = new Date(date);
    plan.getCell(cell).numFmt = DATE;
  }
}

describe("dates read the same in the task pane and in the CLI", () => {
  const temp = makeTempDir("pokaznyk-dates-");
  afterAll(temp.cleanup);
  let file: string;
  beforeAll(async () => {
    file = await writeWorkbook(path.join(temp.dir, "dates.xlsx"), fill);
  });

  async function both(sheet: string) {
    const cli = (await contentsFromBytes(readFileSync(file))).grids.find((g) => g.name === sheet)!;
    const excel = FakeExcel.fromJson(await xlsxToJson(file));
    const pane = await runExcel(excel, (ctx) => readSheet(ctx, sheet));
    return { cli, pane };
  }

  // Failed before: the pane said info fact-far-above-plan and "ready to send".
  it("a fact that became a date is value-invalid in the pane, as in the CLI", async () => {
    const { cli, pane } = await both("Звіт I кв 2025");
    expect(pane.values).toEqual(cli.values);
    const report = checkSheet(pane);
    expect(report.findings).toEqual(checkSheet(cli).findings);
    expect(report.findings.filter((f) => f.row === 4).map((f) => f.rule)).toContain("value-invalid");
    expect(report.findings.map((f) => f.rule)).not.toContain("fact-far-above-plan");
  });

  // Failed before: the pane read 44561 as "unreadable" and did not see 2019 outside the period.
  it("date deadlines read as dates: in the period, outside it, never unreadable", async () => {
    const { cli, pane } = await both("План заходів");
    expect(pane.values).toEqual(cli.values);
    const report = checkSheet(pane);
    expect(report.findings).toEqual(checkSheet(cli).findings);
    const rules = report.findings.map((f) => `${f.row} ${f.rule}`);
    expect(rules).not.toContain("4 deadline-unreadable");
    expect(rules).not.toContain("4 deadline-outside-period");
    expect(rules).toContain("5 deadline-outside-period");
  });
});
