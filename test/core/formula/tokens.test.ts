import { refArea, tokenize } from "../../../src/core/formula";
import { MAX_COLUMNS, MAX_ROWS } from "../../../src/core/address";

const kinds = (formula: string) => tokenize(formula).map((t) => `${t.kind}:${t.text}`);

describe("tokenize", () => {
  it.each([
    "=SUM(F7:G7)",
    "='Звіт I кв'!$H$7+Інший!A:C*2^-1%",
    '=IF(H7="H7 ""тут""",TRUE,#N/A)',
    "=Таблиця1[[#This Row],[План]]&LOG10(1E5)",
    "= A1 <> B2",
    "='незакрите",
  ])("gives back %s byte for byte", (formula) => {
    expect(tokenize(formula).map((t) => t.text).join("")).toBe(formula);
  });

  it("tells references from what only looks like them", () => {
    expect(kinds('=LOG10(H7)+"A1"+Pokaznyk.total+#REF!+T1[H7]')).toEqual([
      "op:=", "name:LOG10", "op:(", "ref:H7", "op:)", "op:+", 'string:"A1"', "op:+", "name:Pokaznyk.total",
      "op:+", "error:#REF!", "op:+", "name:T1", "structured:[H7]",
    ]);
    expect(kinds("=A1>=5:5")).toEqual(["op:=", "ref:A1", "op:>=", "ref:5:5"]);
  });

  it("reads a reference's sheet and ends", () => {
    const [ref] = tokenize("'It''s'!$B2:C$3");
    expect(ref).toMatchObject({
      kind: "ref",
      prefix: "'It''s'!",
      sheet: "It's",
      ends: [
        { col: 2, row: 2, colAbsolute: true, rowAbsolute: false },
        { col: 3, row: 3, colAbsolute: false, rowAbsolute: true },
      ],
    });
  });

  it("gives the rectangle a reference covers", () => {
    const area = (text: string) => {
      const [ref] = tokenize(text);
      if (ref.kind !== "ref") throw new Error(`no reference in ${text}`);
      return refArea(ref.ends);
    };
    expect(area("C9:B2")).toEqual({ top: 2, left: 2, bottom: 9, right: 3 });
    expect(area("$5:$7")).toEqual({ top: 5, left: 1, bottom: 7, right: MAX_COLUMNS });
    expect(area("B:A")).toEqual({ top: 1, left: 1, bottom: MAX_ROWS, right: 2 });
  });
});
