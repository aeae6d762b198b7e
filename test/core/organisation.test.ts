/**
 * Whose plan or report it is, as the receiving office reads it off the title: the ways officials
 * write the name (after the document's kind, after a colon, in brackets, in the approval stamp, as
 * a letterhead), and the text around a title that names someone else or no one.
 */
import { gridFromRows } from "../../src/core";
import type { CellValue } from "../../src/core";
import { organisationOf } from "../../src/core/organisation";

const HEADER: CellValue[] = ["№ з/п", "Найменування заходу", "Відповідальний виконавець (на рівні відділу або служби)", "План", "Факт"];

/** A sheet whose title block is `title` (one cell per row unless an array), the header right under it. */
function titled(...title: (string | CellValue[])[]) {
  const rows = [...title.map((t) => (Array.isArray(t) ? t : [t])), HEADER, ["1.1", "Захід", "Відділ", 1, 1]];
  return { grid: gridFromRows("Звіт", rows), headerRow: title.length + 1 };
}

function organisation(...title: (string | CellValue[])[]): string | null {
  const { grid, headerRow } = titled(...title);
  return organisationOf(grid, headerRow);
}

describe("the name after the document's kind", () => {
  it("stops where the period starts, in any of the ways a period is said", () => {
    expect(organisation("Звіт про виконання плану діяльності Ірпінського місцевого центру з надання безоплатної правничої допомоги за II квартал 2024 року")).toBe(
      "Ірпінського місцевого центру з надання безоплатної правничої допомоги",
    );
    expect(organisation("План роботи Ніжинського бюро правової допомоги на 2025 рік")).toBe("Ніжинського бюро правової допомоги");
    expect(organisation("Звіт про виконання плану заходів сектору молоді та спорту Ічнянської міської ради за 9 місяців 2023 року")).toBe(
      "сектору молоді та спорту Ічнянської міської ради",
    );
    expect(organisation("Звіт про виконання плану роботи служби у справах дітей Фастівської міської ради за ІІІ квартал 2022 року")).toBe(
      "служби у справах дітей Фастівської міської ради",
    );
  });

  it("reads a name written after a colon, in the nominative, and one that comes after the period", () => {
    expect(organisation("Звіт про виконання плану діяльності: Уманський місцевий центр з надання безоплатної правничої допомоги за I квартал 2025 року")).toBe(
      "Уманський місцевий центр з надання безоплатної правничої допомоги",
    );
    expect(organisation("Річний план діяльності на 2024 рік: Смілянський місцевий центр з надання безоплатної правничої допомоги")).toBe(
      "Смілянський місцевий центр з надання безоплатної правничої допомоги",
    );
  });

  it("reads a title split over two rows, the period on the second", () => {
    expect(organisation("Звіт про виконання плану діяльності Прилуцького бюро правової допомоги", "за IV квартал 2021 року")).toBe("Прилуцького бюро правової допомоги");
  });

  it("keeps the title's spacing tidy: line breaks and double spaces inside a cell become one space", () => {
    expect(organisation("Звіт про виконання плану діяльності Сумського  місцевого\nцентру з надання БВПД за I квартал 2024 року")).toBe("Сумського місцевого центру з надання БВПД");
  });
});

describe("other places the name stands", () => {
  it("in brackets after a plan's subject", () => {
    expect(organisation("ПЛАН ЗАХОДІВ", "щодо правопросвітництва на 2025 рік (Ковельське бюро правової допомоги)")).toBe("Ковельське бюро правової допомоги");
  });

  it("in the approval stamp above a plan, the director's or the order's", () => {
    expect(organisation("ЗАТВЕРДЖЕНО", "В.о. директора Вінницького місцевого центру з надання безоплатної правничої допомоги", "« 5 » січня 2024 року", "План заходів")).toBe(
      "Вінницького місцевого центру з надання безоплатної правничої допомоги",
    );
    expect(organisation("ЗАТВЕРДЖЕНО", "Наказ Хмільницького бюро правової допомоги", "від 20.12.2023 № 14-од")).toBe("Хмільницького бюро правової допомоги");
  });

  it("as a council's letterhead in capitals", () => {
    expect(organisation("УКРАЇНА", "БОЯРСЬКА МІСЬКА РАДА", "КИЇВСЬКОЇ ОБЛАСТІ", "РОЗПОРЯДЖЕННЯ МІСЬКОГО ГОЛОВИ", "ПЛАН ДІЙ НА 2024 рік")).toBe("БОЯРСЬКА МІСЬКА РАДА");
  });

  it("prefers the document's own wording to the letterhead above it", () => {
    expect(organisation("БОЯРСЬКА МІСЬКА РАДА", "Звіт про виконання плану роботи відділу освіти Боярської міської ради за I квартал 2024 року")).toBe("відділу освіти Боярської міської ради");
  });
});

describe("text that names no one", () => {
  it("is null for a title without a body's name", () => {
    expect(organisation("ПЛАН ЗАХОДІВ на 2021 рік")).toBeNull();
    expect(organisation("Додаток 2", "до Міської програми з реалізації Національної стратегії на період 2017-2020 років")).toBeNull();
  });

  it("does not take a bare word («центру») for a name", () => {
    expect(organisation("Примітки до річного плану діяльності центру на 2022 рік")).toBeNull();
  });

  it("does not take whom an order's paragraph gives a task to", () => {
    expect(organisation("4. Контроль за виконанням цього розпорядження покласти на управління соціального захисту населення")).toBeNull();
  });

  it("does not read the header's wording (a bracketed «відділу» in a column title)", () => {
    expect(organisation("Звіт за I квартал 2024 року")).toBeNull();
  });

  it("looks at the first rows of a sheet that is not a form, and finds a cover sheet's title", () => {
    const cover = gridFromRows("Титул", [["Звіт про виконання плану діяльності Ізюмського бюро правової допомоги"], [], ["Подано:", "05.07.2024"]]);
    expect(organisationOf(cover, null)).toBe("Ізюмського бюро правової допомоги");
    expect(organisationOf(gridFromRows("Дані", [["Місяць", "План", "Факт"], ["Січень", 1, 1]]), null)).toBeNull();
  });
});
