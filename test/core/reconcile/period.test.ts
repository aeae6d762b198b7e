import { reportPeriod } from "../../../src/core";

it.each([
  ["Звіт про виконання плану діяльності за I квартал 2020 року", { quarter: 1, cumulative: false, year: 2020 }],
  ["за II кв. 2021", { quarter: 2, cumulative: false, year: 2021 }],
  ["за ІІІ квартал 2023 року (наростаючим підсумком)", { quarter: 3, cumulative: true, year: 2023 }],
  ["Звіт за 4-й квартал 2022 р.", { quarter: 4, cumulative: false, year: 2022 }],
  ["за IV квартал з початку року", { quarter: 4, cumulative: true, year: null }],
  ["за перший квартал 2025 року", { quarter: 1, cumulative: false, year: 2025 }],
  ["Інформація за I півріччя 2024 року", { quarter: 2, cumulative: true, year: 2024 }],
  ["за 9 місяців 2024 року", { quarter: 3, cumulative: true, year: 2024 }],
  ["за дев'ять місяців 2024 року", { quarter: 3, cumulative: true, year: 2024 }],
  ["за II півріччя 2024 року", { quarter: null, cumulative: false, year: 2024 }],
  ["Річний план діяльності на 2024 рік", { quarter: null, cumulative: false, year: 2024 }],
])("%s", (title, period) => {
  expect(reportPeriod(title)).toEqual(period);
});

it("takes the plan's year, not the year its approval stamp was signed", () => {
  expect(reportPeriod("ЗАТВЕРДЖЕНО\nДиректор центру\n« 28 » грудня 2021 року\nРічний план діяльності центру на 2022 рік").year).toBe(2022);
  expect(reportPeriod("Наказ від 28.12.2021 № 5\nЗвіт за I квартал 2022 року").year).toBe(2022);
});
