import { mapReferences, shiftColumns, translateFormula } from "../../src/cli/xlsx/formula-refs";

describe("shiftColumns: Excel's insert-column rewrite of a formula", () => {
  const onReport = (formula: string, home = "Звіт") => shiftColumns(formula, "Звіт", home, 8);

  it.each([
    ["=SUM(F7:G7)", "=SUM(F7:G7)"],
    ["=H7*2", "=I7*2"],
    ["=$H$7+G7", "=$I$7+G7"],
    ["=SUM(G4:H9)", "=SUM(G4:I9)"],
    ["=COUNTA(H:H)", "=COUNTA(I:I)"],
    ["=SUM($4:$6)", "=SUM($4:$6)"],
    ['=IF(H7="H7 тут","",H7)', '=IF(I7="H7 тут","",I7)'],
    ["=LOG10(H7)", "=LOG10(I7)"],
    ["=AB7+h7", "=AC7+I7"],
  ])("%s on the sheet itself -> %s", (formula, expected) => {
    expect(onReport(formula)).toBe(expected);
  });

  it("rewrites references from other sheets only when they name this one", () => {
    expect(onReport("='Звіт'!H7+H7", "Зведення")).toBe("='Звіт'!I7+H7");
    expect(onReport("=Звіт!H7+'Інший'!H7", "Зведення")).toBe("=Звіт!I7+'Інший'!H7");
    expect(onReport("='звіт'!$H$7", "Зведення")).toBe("='звіт'!$I$7");
    expect(shiftColumns("='Центр ''Турбота'''!K2", "Центр 'Турбота'", null, 2)).toBe("='Центр ''Турбота'''!L2");
  });

  it("leaves names, numbers, errors and structured references alone", () => {
    expect(onReport("=Pokaznyk.total*1E5+SUM(#REF!)+Таблиця1[План]")).toBe("=Pokaznyk.total*1E5+SUM(#REF!)+Таблиця1[План]");
    expect(onReport("=TRUE")).toBe("=TRUE");
  });

  it("turns a reference pushed off the sheet into #REF!", () => {
    expect(shiftColumns("=XFD1", "S", "S", 1)).toBe("=#REF!");
  });
});

describe("translateFormula: the same formula read from another cell", () => {
  it("moves relative parts and keeps absolute ones", () => {
    expect(translateFormula("AND(ISNUMBER(F8),F8>=0,$F$1>0,F$2<$G3)", 2, 1)).toBe("AND(ISNUMBER(G10),G10>=0,$F$1>0,G$2<$G5)");
    expect(translateFormula("SUM(F8:F9)", 0, 0)).toBe("SUM(F8:F9)");
  });
});

describe("mapReferences", () => {
  it("sees every reference once, with its sheet", () => {
    const seen: string[] = [];
    mapReferences("=A1+'Лист 2'!B$2:C3+Лист3!D:D", (ref) => {
      seen.push(`${ref.sheet ?? "-"} ${ref.ends.map((e) => `${e.col ?? ""},${e.row ?? ""}`).join(" ")}`);
      return ref.ends;
    });
    expect(seen).toEqual(["- 1,1", "Лист 2 2,2 3,3", "Лист3 4, 4,"]);
  });
});
