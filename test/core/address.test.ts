import {
  areaAddress,
  areaAfterInsert,
  clipArea,
  columnAfterInsert,
  MAX_COLUMNS,
  MAX_ROWS,
  parseArea,
  parseAreas,
  quoteSheet,
  sameSheet,
  splitAreas,
  stripSheet,
} from "../../src/core/address";

describe("parseArea: one rectangle as Excel writes it", () => {
  it.each([
    ["B3", { top: 3, left: 2, bottom: 3, right: 2 }],
    ["$B$3:$H$54", { top: 3, left: 2, bottom: 54, right: 8 }],
    ["H54:B3", { top: 3, left: 2, bottom: 54, right: 8 }],
    ["'Звіт I кв 2020'!A1:H54", { top: 1, left: 1, bottom: 54, right: 8 }],
    ["Sheet1!b3", { top: 3, left: 2, bottom: 3, right: 2 }],
    ["5:5", { top: 5, left: 1, bottom: 5, right: MAX_COLUMNS }],
    ["'Лист'!$5:$7", { top: 5, left: 1, bottom: 7, right: MAX_COLUMNS }],
    ["A:C", { top: 1, left: 1, bottom: MAX_ROWS, right: 3 }],
    ["$H:$H", { top: 1, left: 8, bottom: MAX_ROWS, right: 8 }],
  ])("%s", (text, area) => {
    expect(parseArea(text)).toEqual(area);
  });

  it.each(["", "A", "5", "A1:B2:C3", "A:5", "Таблиця1[План]", "#REF!"])("refuses %j", (text) => {
    expect(() => parseArea(text)).toThrow();
  });

  it("prints cells back, one cell without a colon", () => {
    expect(areaAddress({ top: 3, left: 2, bottom: 54, right: 8 })).toBe("B3:H54");
    expect(areaAddress({ top: 3, left: 2, bottom: 3, right: 2 })).toBe("B3");
  });

  it("splits a list of areas, commas in quoted sheet names kept", () => {
    expect(splitAreas("Sheet!A1:B2,'It''s, mine'!C3")).toEqual(["Sheet!A1:B2", "'It''s, mine'!C3"]);
    expect(stripSheet("'It''s, mine'!C3")).toBe("C3");
    expect(parseAreas("'Лист'!5:5,B2")).toEqual([
      { top: 5, left: 1, bottom: 5, right: MAX_COLUMNS },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
  });

  it("clips a whole row to what the caller needs", () => {
    expect(clipArea(parseArea("5:5"), { top: 1, left: 2, bottom: 10, right: 9 })).toEqual({ top: 5, left: 2, bottom: 5, right: 9 });
    expect(clipArea(parseArea("12:12"), { top: 1, left: 2, bottom: 10, right: 9 })).toBeNull();
  });
});

describe("sheet names", () => {
  it("quotes a name unless it is a plain word that is no cell", () => {
    expect(quoteSheet("Звіт")).toBe("Звіт");
    expect(quoteSheet("Звіт I кв")).toBe("'Звіт I кв'");
    expect(quoteSheet("Центр 'Турбота'")).toBe("'Центр ''Турбота'''");
    expect(quoteSheet("AB12")).toBe("'AB12'");
  });

  it("compares them as Excel does, ignoring case", () => {
    expect(sameSheet("Звіт", "ЗВІТ")).toBe(true);
    expect(sameSheet("Sheet1", "sheet1")).toBe(true);
    expect(sameSheet("Звіт", "Звіт 2")).toBe(false);
  });
});

describe("a column insert before column 8 (H)", () => {
  it.each([
    ["moves an area right of it", "H4:J4", "I4:K4"],
    ["widens an area it falls inside", "F4:H4", "F4:I4"],
    ["leaves an area left of it", "B4:G4", "B4:G4"],
  ])("%s", (_, before, after) => {
    expect(areaAddress(areaAfterInsert(parseArea(before), 8))).toBe(after);
  });

  it("moves columns at or right of it, by the count inserted", () => {
    expect([7, 8, 9].map((c) => columnAfterInsert(c, 8))).toEqual([7, 9, 10]);
    expect(areaAddress(areaAfterInsert(parseArea("F4:H4"), 8, 3))).toBe("F4:K4");
  });
});
