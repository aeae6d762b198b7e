/** One worksheet part, as other tools write it, through the whole reader. */
import { at, read, readOk, xlsxOf } from "./helpers";

const DATE_STYLES = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts>
  <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`;

describe("sheet cells", () => {
  it("reads every cell type: numbers, shared and inline strings, str, booleans, errors, ISO dates", () => {
    const contents = readOk(
      xlsxOf({
        sharedStrings: ["<t>спільний</t>", "<t></t>"],
        sheets: [{
          name: "Типи",
          xml: `<row r="1">
            <c r="A1"><v>12.5</v></c><c r="B1" t="n"><v>-3E+2</v></c><c r="C1" t="s"><v>0</v></c><c r="D1" t="s"><v>1</v></c>
            <c r="E1" t="inlineStr"><is><t>вбудований</t></is></c><c r="F1" t="str"><v>рядок</v></c>
            <c r="G1" t="b"><v>1</v></c><c r="H1" t="b"><v>0</v></c><c r="I1" t="e"><v>#N/A</v></c>
            <c r="J1" t="d"><v>2024-03-31T10:15:00</v></c><c r="K1" t="d"><v>2024-03-31</v></c><c r="L1" t="d"><v>не дата</v></c>
            <c r="M1" s="0"/><c r="N1"><v></v></c><c r="O1" t="inlineStr"><is><t/></is></c></row>`,
        }],
      }),
    );
    expect(contents.grids[0].values).toEqual([
      [12.5, -300, "спільний", null, "вбудований", "рядок", true, false, { error: "#N/A" }, new Date(Date.UTC(2024, 2, 31, 10, 15)), new Date(Date.UTC(2024, 2, 31)), "не дата"],
    ]);
  });

  it("reads inline rich text with its runs joined and phonetic runs left out", () => {
    const contents = readOk(xlsxOf({ sheets: [{ name: "A", xml: '<row r="2"><c r="B2" t="inlineStr"><is><r><rPr><b/></rPr><t>Разом </t></r><r><t>_x0031_0</t></r><rPh sb="0" eb="2"><t>らくご</t></rPh></is></c></row>' }] }));
    expect(at(contents, 0, "B2")).toBe("Разом 10");
    expect(contents.grids[0]).toMatchObject({ top: 2, left: 2 });
  });

  it("reads x:-prefixed worksheets (OpenXML SDK, ClosedXML) like plain ones", () => {
    const plain = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><f>A2*2</f><v>4</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>';
    const prefixed = `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>${plain.replace(/<(\/?)(\w)/g, "<$1x:$2")}</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A3:B3"/></x:mergeCells></x:worksheet>`;
    const strings = ['<x:t xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">назва</x:t>'];
    const a = readOk(xlsxOf({ sharedStrings: strings, sheets: [{ name: "A", xml: prefixed }] }));
    expect(a.grids[0]).toEqual({
      name: "A",
      values: [["назва", 4], [2, null], [null, null]],
      formulas: [[null, "=A2*2"], [null, null], [null, null]],
      top: 1,
      left: 1,
      merges: [{ top: 3, left: 1, bottom: 3, right: 2 }],
    });
  });

  it("tracks the position of cells and rows written without r=", () => {
    const contents = readOk(xlsxOf({ sheets: [{ name: "A", xml: "<row><c><v>1</v></c><c/><c><v>3</v></c></row><row><c r=\"B2\"><v>4</v></c><c><v>5</v></c></row><row r=\"5\"><c><v>6</v></c></row>" }] }));
    expect(contents.grids[0].values).toEqual([[1, null, 3], [null, 4, 5], [null, null, null], [null, null, null], [6, null, null]]);
  });

  it("shows numbers in date formats as dates, in both date systems, as exceljs gives them", () => {
    const xml = '<row r="1"><c r="A1" s="1"><v>45382</v></c><c r="B1" s="2"><v>45382.5</v></c><c r="C1" s="0"><v>45382</v></c><c r="D1" s="2"><f>A1</f><v>45382</v></c><c r="E1" s="2" t="str"><f>"x"</f><v>x</v></c></row>';
    const in1900 = readOk(xlsxOf({ styles: DATE_STYLES, sheets: [{ name: "A", xml }] }));
    expect(in1900.grids[0].values[0]).toEqual([new Date(Date.UTC(2024, 2, 31)), new Date(Date.UTC(2024, 2, 31, 12)), 45382, new Date(Date.UTC(2024, 2, 31)), "x"]);
    const in1904 = readOk(xlsxOf({ styles: DATE_STYLES, workbookPr: '<workbookPr date1904="1"/>', sheets: [{ name: "A", xml }] }));
    expect(in1904.date1904).toBe(true);
    expect(in1904.grids[0].values[0][0]).toEqual(new Date(Date.UTC(2028, 3, 1)));
  });

  it("keeps cached formula results, text of every formula, and a shared formula's text slid to each cell", () => {
    const xml = `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">SUM(A1:B1)</f><v>3</v></c></row>
      <row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c><c r="C2"><f t="shared" si="0"/><v>7</v></c></row>
      <row r="3"><c r="C3"><f t="shared" si="0"/><v>0</v></c><c r="D3" t="str"><f>""</f><v></v></c><c r="E3" t="b"><f>1&gt;2</f><v>0</v></c><c r="F3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G3"><f>NOW()</f></c></row>`;
    const grid = readOk(xlsxOf({ sheets: [{ name: "A", xml }] })).grids[0];
    expect(grid.values).toEqual([
      [1, 2, 3, null, null, null, null],
      [3, 4, 7, null, null, null, null],
      [null, null, 0, null, false, { error: "#DIV/0!" }, null],
    ]);
    expect(grid.formulas).toEqual([
      [null, null, "=SUM(A1:B1)", null, null, null, null],
      [null, null, "=SUM(A2:B2)", null, null, null, null],
      [null, null, "=SUM(A3:B3)", '=""', "=1>2", "=1/0", "=NOW()"],
    ]);
  });

  it("leaves `formulas` out when the sheet has none, and counts a formula under a merge as hidden", () => {
    const plain = readOk(xlsxOf({ sheets: [{ name: "A", xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }] }));
    expect("formulas" in plain.grids[0]).toBe(false);
    const covered = readOk(xlsxOf({ sheets: [{ name: "A", xml: '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1</f><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="A1:B1"/></mergeCells><sheetData>' }] }));
    expect(covered.grids[0]).toEqual({ name: "A", values: [[1, null]], top: 1, left: 1, merges: [{ top: 1, left: 1, bottom: 1, right: 2 }] });
  });

  it("refuses cells and rows beyond XFD1048576 and malformed references, naming the sheet", () => {
    const problem = (xml: string) => {
      const result = read(xlsxOf({ sheets: [{ name: "Звіт", xml }] }));
      return result.ok ? null : result.problem;
    };
    expect(problem('<row r="2000000000"><c><v>1</v></c></row>')).toEqual({ kind: "corrupt", detail: 'sheet "Звіт": row 2000000000 lies beyond row 1048576, the last row of a sheet' });
    expect(problem('<row r="1"><c r="XFE1"><v>1</v></c></row>')).toEqual({ kind: "corrupt", detail: 'sheet "Звіт": cell XFE1 lies beyond XFD1048576, the last cell of a sheet' });
    expect(problem('<row r="1"><c r="A1048577"><v>1</v></c></row>')?.kind).toBe("corrupt");
    expect(problem('<row r="1"><c r="1A"><v>1</v></c></row>')?.detail).toBe('sheet "Звіт": "1A" is not a cell reference');
    expect(problem('<row r="1"><c r="A1" t="s"><v>7</v></c></row>')?.detail).toBe('sheet "Звіт": shared string 7 does not exist');
    expect(problem('<row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="A1:A2:B3"/></mergeCells><sheetData>')?.kind).toBe("corrupt");
  });
});
