import { mapReferences, shiftColumns, translateFormula } from "../../../src/core/formula";

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

/**
 * One table for the shifter every edge uses: 2 columns inserted before column H (8) of sheet
 * "Звіт I кв", seen from a formula on `home` (null: a workbook-level name).
 */
describe("shiftColumns: the table", () => {
  const cases: [string, string | null, string, string][] = [
    // what, home, formula, after
    ["a cell right of the insert", "Звіт I кв", "=H7", "=J7"],
    ["a cell left of it", "Звіт I кв", "=G7", "=G7"],
    ["absolute parts keep their $", "Звіт I кв", "=$H$7+H$7+$H7", "=$J$7+J$7+$J7"],
    ["lower-case letters, written back upper-case", "Звіт I кв", "=h7+g7", "=J7+g7"],
    ["a range across the insert widens", "Звіт I кв", "=SUM(G4:H9)", "=SUM(G4:J9)"],
    ["a range right of it moves", "Звіт I кв", "=SUM(H4:I9)", "=SUM(J4:K9)"],
    ["a range written backwards", "Звіт I кв", "=SUM(I9:G4)", "=SUM(K9:G4)"],
    ["whole columns", "Звіт I кв", "=COUNTA(H:H)+SUM($A:$I)", "=COUNTA(J:J)+SUM($A:$K)"],
    ["whole rows do not move sideways", "Звіт I кв", "=SUM(5:5)+SUM($4:$6)", "=SUM(5:5)+SUM($4:$6)"],
    ["a quoted sheet", "Зведення", "='Звіт I кв'!H7", "='Звіт I кв'!J7"],
    ["a quoted sheet in another case", "Зведення", "='ЗВІТ I КВ'!$H$7:$K$7", "='ЗВІТ I КВ'!$J$7:$M$7"],
    ["a quoted sheet from a name", null, "='Звіт I кв'!$A$4:$I$5", "='Звіт I кв'!$A$4:$K$5"],
    ["an unqualified reference in a name points nowhere", null, "=H7", "=H7"],
    ["other sheets stay", "Звіт I кв", "=Інший!H7+'Інший аркуш'!H7:I9+H7", "=Інший!H7+'Інший аркуш'!H7:I9+J7"],
    ["a formula on another sheet, unqualified", "Зведення", "=H7", "=H7"],
    ["text in quotes stays", "Звіт I кв", '=IF(H7="H7 тут","""H7""",H7)', '=IF(J7="H7 тут","""H7""",J7)'],
    ["function names that look like cells", "Звіт I кв", "=LOG10(H7)+ATAN2(H1,I1)", "=LOG10(J7)+ATAN2(J1,K1)"],
    ["defined names and numbers; AB is right of H", "Звіт I кв", "=Pokaznyk.total*1E5+AB7+H7", "=Pokaznyk.total*1E5+AD7+J7"],
    ["a structured reference", "Звіт I кв", "=SUM(Таблиця1[План])+Т[[#This Row],[H7]]", "=SUM(Таблиця1[План])+Т[[#This Row],[H7]]"],
    ["an error stays", "Звіт I кв", "=SUM(#REF!)+'Звіт I кв'!#REF!+H7", "=SUM(#REF!)+'Звіт I кв'!#REF!+J7"],
    ["spaces are kept", "Звіт I кв", "= SUM( H7 , G7 )", "= SUM( J7 , G7 )"],
    ["a reference pushed off the sheet becomes #REF!", "Звіт I кв", "=XFC1+'Звіт I кв'!XFD1:XFD2", "=#REF!+'Звіт I кв'!#REF!"],
    ["nothing changed is byte-identical", "Звіт I кв", "=sum($a$1:g7)", "=sum($a$1:g7)"],
  ];
  it.each(cases)("%s: %s %s", (_, home, formula, after) => {
    expect(shiftColumns(formula, "Звіт I кв", home, 8, 2)).toBe(after);
  });

  it("quoted names with '' escapes", () => {
    expect(shiftColumns("='Центр ''Турбота'''!K2+'Центр ''Інше'''!K2", "Центр 'Турбота'", null, 2)).toBe("='Центр ''Турбота'''!L2+'Центр ''Інше'''!K2");
  });
});
