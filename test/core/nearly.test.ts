import { checkSheet, gridFromRows, catalogues } from "../../src/core";

describe("a sheet that is nearly a form says what it lacks", () => {
  it("a report without its «Факт» column", () => {
    const grid = gridFromRows("Звіт", [
      ["Звіт про виконання плану за I квартал 2024 року"],
      ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Показник", "План", "Стан виконання", "Примітка"],
      ["1", "Семінар", "Відділ", "Кількість", 3, "проведено", null],
    ]);
    const report = checkSheet(grid);
    expect(report.form).toBeNull();
    expect(report.nearly).toEqual({ form: "quarterly-report", headerRow: 2, missing: ["fact"] });
    expect(catalogues.uk.nearly(report.nearly!)).toBe(
      "Схоже на «Звіт про виконання плану діяльності» (заголовок до рядка 2), але немає стовпця «Факт». Перейменуйте або додайте його, щоб аркуш перевірявся.",
    );
    expect(catalogues.en.nearly(report.nearly!)).toMatch(/^It looks like "Report on plan execution" \(header down to row 2\), but the "Actual" column is missing/);
  });

  it("an annual plan with one quarter", () => {
    const grid = gridFromRows("План", [["№", "Захід", "Виконавець", "Показник", "I квартал", "Разом"], ["1", "Семінар", "Відділ", "Кількість", 1, 1]]);
    expect(checkSheet(grid).nearly).toEqual({ form: "annual-plan", headerRow: 1, missing: ["q2"] });
  });

  it("a plan of measures whose deadline column is worded otherwise", () => {
    const grid = gridFromRows("План", [["№ з/п", "Назва заходу", "Відповідальні за виконання", "Коли"], ["1.", "Форум", "Відділ", "грудень 2024 року"]]);
    const report = checkSheet(grid);
    expect(report.nearly?.missing).toEqual(["deadline"]);
  });

  it("nothing for a cover letter or a list of programmes", () => {
    const letter = gridFromRows("Лист", [["Начальнику управління"], ["Надсилаємо звіт про виконання плану за I квартал 2024 року."], ["Директор"]]);
    const programmes = gridFromRows("Програми", [["№", "Назва програми", "Рішення про затвердження"], ["1", "Програма розвитку освіти", "від 12.01.2021 № 45"]]);
    expect(checkSheet(letter).nearly).toBeUndefined();
    expect(checkSheet(programmes).nearly).toBeUndefined();
  });
});
