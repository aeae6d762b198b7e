/**
 * Issue 11 in the pane, on the fake Excel: «Зведення» beside a report sums the workbook's report
 * sheets of that form on a new sheet whose formulas the workbook computes to the centres' sums,
 * checked at once as a quarterly report; with one report sheet it says why nothing was made.
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FakeExcel } from "../../src/fake-excel";
import type { CellJson, WorkbookJson } from "../../src/fake-excel/json";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { DETAILS_KEY } from "../../src/taskpane/state/details-storage";
import { resetReasonsCache } from "../../src/taskpane/state/reasons-storage";

globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(DETAILS_KEY, JSON.stringify({ organisation: "", year: 2024, quarter: 2, responsible: "Петренко П. П." }));
  resetReasonsCache();
});

type Row = (string | number | null)[];

function sheet(name: string, rows: Row[], top = 1): WorkbookJson["sheets"][number] {
  const cells: CellJson[] = [];
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && cells.push({ r: top + r, c: c + 1, v })));
  return { name, cells };
}

const HEADER: Row = ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Показник", "План", "Факт", "Примітка у разі недовиконання плану"];
const report = (centre: string, rows: Row[], lower = 0): Row[] => [[`Звіт про виконання плану діяльності ${centre} центру`], ["за II квартал 2024 року"], ...Array.from({ length: 1 + lower }, () => []), HEADER, ...rows];

function book(sheets: WorkbookJson["sheets"]): FakeExcel {
  return FakeExcel.fromJson({ activeSheet: sheets[0].name, sheets });
}

async function checkBook() {
  fireEvent.click(screen.getByRole("button", { name: /^(Перевірити книгу|Перевірити знову)$/ }));
  await waitFor(() => expect(document.querySelector("[data-verdict]")).not.toBeNull());
  await waitFor(() => expect(document.querySelector("main[aria-busy]")).toBeNull());
}

describe("«Зведення»", () => {
  it("sums the centres' report sheets on a new summary sheet, live, and checks it as a report", async () => {
    const excel = book([
      sheet("Бахмут", report("Бахмутського", [["1.1", "Лекції", "Відділ", "кількість", 4, 4], ["1.2", "Буклети", "Відділ", "кількість", 10, 8, "Затримка друку"]])),
      // The header two rows lower, the measures numbered from 2, a plan stored as text.
      sheet("Краматорськ", report("Краматорського", [["2.1", "Лекції", "Відділ", "кількість", "5", 5], ["2.2", "Буклети", "Відділ", "кількість", 6, 6]], 2)),
      sheet("Лиман", report("Лиманського", [["1.1", "Лекції", "Відділ", "кількість", 1, 2]])),
    ]);
    render(<TaskPane host={excel} />);
    await checkBook();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Зведення" })));
    await waitFor(() => expect(document.querySelector("[data-consolidate-outcome]")).not.toBeNull());
    expect(screen.getByText(/^Створено аркуш «Зведення II кв 2024»: 3 центри, 2 заходи\. Не в усіх центрах — 1/)).toBeTruthy();
    const made = excel.book.sheet("Зведення II кв 2024");
    expect(excel.book.activeSheet).toBe("Зведення II кв 2024");
    // The workbook's own formulas: the plans 4 + "5" + 1 and facts 4 + 5 + 2, the booklets without Лиман.
    const row = (text: string) => {
      for (let r = 1; r <= 30; r++) if (made?.cell(r, 3)?.value === text) return r;
      throw new Error(`no ${text}`);
    };
    expect([6, 7, 8].map((c) => made?.cell(row("Лекції"), c)?.value)).toEqual([10, 11, 1.1]);
    expect([6, 7].map((c) => made?.cell(row("Буклети"), c)?.value)).toEqual([16, 14]);
    expect(made?.cell(row("Лекції"), 6)?.formula).toMatch(/^=IF\(COUNT\(/);
    // Changing a centre's fact changes the summary: the links are live.
    excel.type("Лиман", "F5", "7");
    expect(made?.cell(row("Лекції"), 7)?.value).toBe(16);
    await waitFor(() => expect(screen.getByText("Аркуш «Зведення II кв 2024»")).toBeTruthy());
    expect(document.body.textContent).toMatch(/Форма: Звіт про виконання плану діяльності/);
  });

  it("says why nothing was made when the workbook holds one report", async () => {
    const excel = book([sheet("Бахмут", report("Бахмутського", [["1.1", "Лекції", "Відділ", "кількість", 4, 4]]))]);
    render(<TaskPane host={excel} lang="en" />);
    fireEvent.click(screen.getByRole("button", { name: /^Check/ }));
    await waitFor(() => expect(document.querySelector("main[aria-busy]")).toBeNull());
    await waitFor(() => expect(screen.getByRole("button", { name: "Consolidate" })).toBeTruthy());
    const before = excel.book.sheets.length;
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Consolidate" })));
    await screen.findByText(/Consolidating needs at least two report sheets of one form/);
    expect(excel.book.sheets).toHaveLength(before);
  });
});
