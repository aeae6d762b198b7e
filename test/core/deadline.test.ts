import { planPeriod, readDeadline } from "../../src/core/deadline";

describe("deadlines officials write", () => {
  it.each([
    ["2021", [2021]],
    ["2021-2022", [2021, 2022]],
    ["2017-2020", [2017, 2018, 2019, 2020]],
    ["до 31.12.2021", [2021]],
    ["грудень 2021 року", [2021]],
    ["січень– грудень 2021 року", [2021]],
  ])("%s names the years %j", (text, years) => {
    expect(readDeadline(text)).toEqual({ kind: "years", years });
  });

  it.each(["I квартал", "Постійно", "щокварталу", "липень", "протягом року", "IV кв."])("%s is a readable recurring or undated term", (text) => {
    expect(readDeadline(text).kind).toBe("recurring");
  });

  it.each(["скоро", "ASAP", "??"])("%s cannot be read", (text) => {
    expect(readDeadline(text).kind).toBe("unreadable");
  });
});

describe("the period a plan covers", () => {
  it("comes from the title, not from the date it was signed", () => {
    expect(planPeriod(["« 2 » грудня 2023 року", "Річний план діяльності центру на 2024 рік"])).toEqual({ from: 2024, to: 2024 });
  });
  it("spans a strategy's years", () => {
    expect(planPeriod(["План дій на 2021 рік з реалізації Стратегії розвитку на 2021-2026 роки"])).toEqual({ from: 2021, to: 2026 });
    expect(planPeriod(["до Міської програми на період 2017-2020 років"])).toEqual({ from: 2017, to: 2020 });
  });
  it("reads a title over two rows, the year on the second", () => {
    expect(planPeriod(["ПЛАН ЗАХОДІВ", "щодо підвищення правової обізнаності населення на 2025 рік"])).toEqual({ from: 2025, to: 2025 });
  });
  it("ends a title at an approval stamp: the stamp's years are not the plan's", () => {
    expect(planPeriod(["План заходів", "ЗАТВЕРДЖЕНО", "рішенням сесії 2019 року"])).toBeNull();
  });
  it.each([["щомісяця"], ["щокварталу"], ["раз на квартал"], ["двічі на рік"]])("«%s» recurs", (text) => {
    expect(readDeadline(text)).toEqual({ kind: "recurring" });
  });
  it("is unknown when no title names a year", () => {
    expect(planPeriod(["ЗАТВЕРДЖЕНО", "від 25.05.2021 № 236рг"])).toBeNull();
  });
});
