import { render } from "@testing-library/react";
import { checkSheet, gridFromRows } from "../../../src/core";
import { SheetSummary } from "../../../src/taskpane/components/SheetSummary";
import { LocaleProvider } from "../../../src/taskpane/locale/LocaleContext";

/** A report whose fact column is headed «Стан виконання»: nearly a report, not one. */
const nearlyReport = checkSheet(
  gridFromRows("Звіт бюро", [
    ["Звіт про виконання плану за I квартал 2024 року"],
    ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Показник", "План", "Стан виконання", "Примітка"],
    ["1", "Семінар", "Відділ", "Кількість", 3, "проведено", null],
  ]),
);

beforeEach(() => localStorage.clear());

describe("a sheet that is not a form", () => {
  it("says in the pane what it nearly is and which column it lacks", () => {
    render(
      <LocaleProvider initial="uk">
        <SheetSummary report={nearlyReport} />
      </LocaleProvider>,
    );
    expect(document.querySelector('[data-form="none"]')?.textContent).toMatch(/^Аркуш не є таблицею заходів/);
    expect(document.querySelector('[data-nearly="quarterly-report"]')?.textContent).toBe(
      "Схоже на «Звіт про виконання плану діяльності» (заголовок до рядка 2), але немає стовпця «Факт». Перейменуйте або додайте його, щоб аркуш перевірявся.",
    );
  });

  it("in English too, and says nothing more for a sheet that is nothing like a form", () => {
    const letter = checkSheet(gridFromRows("Лист", [["Надсилаємо звіт за I квартал 2024 року."]]));
    render(
      <LocaleProvider initial="en">
        <SheetSummary report={nearlyReport} />
        <SheetSummary report={letter} />
      </LocaleProvider>,
    );
    expect(document.querySelector("[data-nearly]")?.textContent).toMatch(/but the "Actual" column is missing/);
    expect(document.querySelectorAll("[data-nearly]")).toHaveLength(1);
  });
});
