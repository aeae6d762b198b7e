/**
 * Issue 13 in the pane: Compute on a programme execution report writes live «% використання» and
 * «Відхилення» formulas into the empty cells of its rows, never over typed money, and the sheet
 * re-checks with the figures the engine computed.
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FakeExcel, type WorkbookJson } from "../../src/fake-excel";
import { TaskPane } from "../../src/taskpane/TaskPane";
import "./render";

const SHEET = "Програма 2024";
const HEADER = ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Джерела фінансування", "Передбачено, тис. грн", "Профінансовано, тис. грн", "Використано, тис. грн", "% використання", "Відхилення (+, -)", "Примітка"];
const ROWS: (string | number | null)[][] = [
  [1, "Фестиваль народної творчості", "Відділ культури", "Бюджет громади", 200, 150.5, 150.5, null, null, "Економія за результатами закупівлі"],
  [2, "Ремонт покрівлі клубу", "Відділ культури", "Бюджет громади", 500, 500, 500, null, null, null],
  [3, "Придбання музичних інструментів", "Відділ культури", "Обласний бюджет", 120, 80, 60, null, null, null],
];

function workbook(): WorkbookJson {
  const cells = [{ r: 1, c: 1, v: "Інформація про виконання програми розвитку культури за 2024 рік" }];
  HEADER.forEach((v, k) => cells.push({ r: 3, c: k + 1, v }));
  ROWS.forEach((row, i) => row.forEach((v, k) => v !== null && cells.push({ r: 4 + i, c: k + 1, v: v as never })));
  return { activeSheet: SHEET, sheets: [{ name: SHEET, cells }] };
}

it("writes % used and deviation as live formulas into the empty cells, and the list then says what is underspent", async () => {
  localStorage.clear();
  const excel = FakeExcel.fromJson(workbook());
  render(<TaskPane host={excel} />);
  await act(async () => fireEvent.click(screen.getByRole("button", { name: /^Обчислити$/ })));
  await waitFor(() => expect(document.querySelector("[aria-busy]")).toBeNull());
  await screen.findByText("Формули записано в 6 клітинок.");
  const sheet = excel.book.sheet(SHEET)!;
  for (const row of [4, 5, 6]) {
    expect(sheet.cell(row, 8)?.formula).toMatch(/^=/);
    expect(sheet.cell(row, 9)?.formula).toMatch(/^=/);
  }
  // Calculated as Excel would: used ÷ planned (a fraction under a percent format), used − planned.
  expect(sheet.cell(4, 8)?.value).toBeCloseTo(0.7525, 6);
  expect(sheet.cell(6, 9)?.value).toBeCloseTo(-60, 6);
  // Typed money untouched.
  expect([4, 5, 6].map((r) => sheet.cell(r, 7)?.value)).toEqual([150.5, 500, 60]);
  // Row 6 used less than planned with no note: the one error left.
  await waitFor(() => expect([...document.querySelectorAll('[data-group][data-severity="error"]')].map((g) => g.getAttribute("data-group"))).toEqual(["underspend-unexplained"]));
});
