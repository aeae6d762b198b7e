/** The workbook, shared-strings, styles and defined-name parts, each on its own. */
import { Workbook } from "exceljs";
import { definedNames, rangesOf } from "../../src/xlsx/defined-names";
import { parseContentTypes, contentTypeOf, parseRelationships, relsPartOf, resolveTarget } from "../../src/xlsx/package";
import { slideFormula } from "../../src/xlsx/shared-formula";
import { decodeEscapes, parseSharedStrings } from "../../src/xlsx/strings";
import { isDateFormat, parseDateStyles } from "../../src/xlsx/styles";
import { parseWorkbook } from "../../src/xlsx/workbook";

// exceljs's own rules, to check ours against them on many inputs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const exceljsUtils = require("exceljs/lib/utils/utils") as { isDateFmt(f: string): boolean };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const exceljsSlide = require("exceljs/lib/utils/shared-formula") as { slideFormula(f: string, from: string, to: string): string };
void Workbook;

describe("shared strings", () => {
  it("reads plain text, joins rich-text runs, and leaves out phonetic runs", () => {
    const xml = `<sst xmlns="urn:main"><si><t>Звіт</t></si>
      <si><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">Жирний </t></r><r><t>текст</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si>
      <si><t/></si><si/><si><t>рядок 1&#13;
рядок 2</t></si></sst>`;
    expect(parseSharedStrings(xml, "xl/sharedStrings.xml")).toEqual(["Звіт", "Жирний текст", "", "", "рядок 1\r\nрядок 2"]);
  });

  it("decodes _xHHHH_ escapes as exceljs does: upper-case hex, _x005F_ is an underscore", () => {
    expect(decodeEscapes("a_x000D__x000A_b")).toBe("a\r\nb");
    expect(decodeEscapes("_x005F_x000D_")).toBe("_x000D_");
    expect(decodeEscapes("_x000d_")).toBe("_x000d_");
    expect(parseSharedStrings('<sst><si><r><t>_x0031_</t></r><r><t>_x0032_</t></r></si></sst>', "s")).toEqual(["12"]);
  });

  it("reads prefixed shared strings", () => {
    expect(parseSharedStrings('<x:sst xmlns:x="urn:m"><x:si><x:t>а</x:t></x:si><x:si><x:r><x:t>б</x:t></x:r></x:si></x:sst>', "s")).toEqual(["а", "б"]);
  });
});

describe("styles: which cells are dates", () => {
  it("uses exceljs's isDateFmt rule for custom codes", () => {
    const codes = ["dd.mm.yyyy", "d mmmm yyyy", "[$-422]d mmmm yyyy", "h:mm", "0.00", "#,##0", '#,##0 "грн"', '0 "дн"', "[Red]0.00", "0.0%", "@", "General", '"Разом: "0', "yyyy", "[h]:mm:ss", "mm:ss.0", "B2yyyy", "\\d0"];
    for (const code of codes) expect([code, isDateFormat(code)]).toEqual([code, exceljsUtils.isDateFmt(code)]);
  });

  it("flags cellXfs entries with built-in date formats 14-22 and 45-47 or a custom date code, and nothing else", () => {
    const xml = `<styleSheet xmlns="urn:m">
      <numFmts count="3"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/><numFmt numFmtId="165" formatCode="#,##0&quot; грн&quot;"/><numFmt numFmtId="14" formatCode="0.00"/></numFmts>
      <fonts count="1"><font><sz val="11"/></font></fonts>
      <cellStyleXfs count="1"><xf numFmtId="15"/></cellStyleXfs>
      <cellXfs count="9"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165"/><xf numFmtId="15"/><xf numFmtId="22"/><xf numFmtId="46"/><xf numFmtId="14"/><xf numFmtId="10"/><xf/></cellXfs>
      <dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="yyyy"/></dxf></dxfs>
    </styleSheet>`;
    // 14 is redefined as "0.00" in this file, which wins over the built-in date format, as in exceljs.
    expect(Array.from(parseDateStyles(xml, "xl/styles.xml"))).toEqual([0, 1, 0, 1, 1, 1, 0, 0, 0]);
  });
});

describe("workbook.xml", () => {
  it("lists sheets in tab order with their state and relationship, date1904, and every defined name as written", () => {
    const xml = `<workbook xmlns="urn:m" xmlns:r="urn:r"><workbookPr date1904="1"/>
      <sheets><sheet name="Звіт" sheetId="3" r:id="rId2"/><sheet name="Дані" sheetId="1" state="hidden" r:id="rId1"/><sheet name="Діаграма" sheetId="2" state="veryHidden" r:id="rId3"/></sheets>
      <definedNames>
        <definedName name="_xlnm.Print_Area" localSheetId="0">'Звіт'!$A$1:$H$40</definedName>
        <definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">Дані!$A$1:$C$9</definedName>
        <definedName name="Норма">0.2</definedName>
        <definedName name="Разом">SUM('План 2022'!$K$11:$K$49)</definedName>
        <definedName name="Pokaznyk.quarterly_report.1">'Звіт'!$A$4:$H$5</definedName>
        <definedName name="Дві">'Звіт'!$A$1,'Звіт'!$C$3:$B$2</definedName>
        <definedName name="Заголовки" localSheetId="0">'Звіт'!$4:$5</definedName>
      </definedNames></workbook>`;
    const workbook = parseWorkbook(xml, "xl/workbook.xml");
    expect(workbook.date1904).toBe(true);
    expect(workbook.sheets).toEqual([
      { name: "Звіт", state: "visible", relId: "rId2" },
      { name: "Дані", state: "hidden", relId: "rId1" },
      { name: "Діаграма", state: "veryHidden", relId: "rId3" },
    ]);
    expect(definedNames(workbook.names, workbook.sheets)).toEqual([
      { name: "_xlnm.Print_Area", ranges: ["'Звіт'!$A$1:$H$40"], formula: "'Звіт'!$A$1:$H$40", localSheet: "Звіт" },
      { name: "_xlnm._FilterDatabase", ranges: ["'Дані'!$A$1:$C$9"], formula: "Дані!$A$1:$C$9", localSheet: "Дані", hidden: true },
      { name: "Норма", ranges: [], formula: "0.2" },
      { name: "Разом", ranges: [], formula: "SUM('План 2022'!$K$11:$K$49)" },
      { name: "Pokaznyk.quarterly_report.1", ranges: ["'Звіт'!$A$4:$H$5"], formula: "'Звіт'!$A$4:$H$5" },
      { name: "Дві", ranges: ["'Звіт'!$A$1", "'Звіт'!$B$2:$C$3"], formula: "'Звіт'!$A$1,'Звіт'!$C$3:$B$2" },
      { name: "Заголовки", ranges: [], formula: "'Звіт'!$4:$5", localSheet: "Звіт" },
    ]);
  });

  it("reads date1904 written as true, and no workbookPr as the 1900 system", () => {
    expect(parseWorkbook('<workbook><workbookPr date1904="true"/></workbook>', "w").date1904).toBe(true);
    expect(parseWorkbook("<workbook><sheets/></workbook>", "w").date1904).toBe(false);
  });

  it("writes ranges the way exceljs does: plain sheet names unquoted, quotes kept when needed", () => {
    expect(rangesOf("Sheet1!A1:B2")).toEqual(["Sheet1!$A$1:$B$2"]);
    expect(rangesOf("='It''s'!$A$1")).toEqual([]);
    expect(rangesOf("'It''s'!$A$1")).toEqual(["'It''s'!$A$1"]);
    expect(rangesOf("#REF!")).toEqual([]);
    expect(rangesOf("'Звіт'!$A$1:$XFE$2")).toEqual([]);
  });
});

describe("relationships and content types", () => {
  it("resolves targets against the source part: relative, '..', absolute, backslashes", () => {
    expect(relsPartOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../drawings/drawing1.xml")).toBe("xl/drawings/drawing1.xml");
    expect(resolveTarget("xl/workbook.xml", "worksheets\\sheet2.xml")).toBe("xl/worksheets/sheet2.xml");
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
  });

  it("matches relationship types by their last segment, transitional and Strict alike", () => {
    const rels = parseRelationships(
      `<Relationships><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="worksheets/sheet1.xml"/>
       <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org" TargetMode="External"/></Relationships>`,
      "xl/_rels/workbook.xml.rels",
      "xl/workbook.xml",
    );
    expect(rels).toEqual([
      { id: "rId1", type: "worksheet", target: "xl/worksheets/sheet1.xml", external: false },
      { id: "rId2", type: "hyperlink", target: "https://example.org", external: true },
    ]);
  });

  it("finds a part's content type by override, else by extension", () => {
    const types = parseContentTypes('<Types><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>');
    expect(contentTypeOf(types, "xl/Workbook.xml")).toBe("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(contentTypeOf(types, "xl/styles.xml")).toBe("application/xml");
  });
});

describe("shared formulas", () => {
  it("slide relative references exactly as exceljs does", () => {
    const cases: [string, string, string][] = [
      ["SUM(G5:J5)", "K5", "K9"],
      ["$A$1+A1+$A1+A$1", "B2", "D7"],
      ["IF(Звіт!B3>0,B3/C3,\"\")", "D3", "D4"],
      ["SUM(XFC1:XFC2)+LOG10(A1)", "A3", "B4"],
      ["A1*ROUND(B1,2)", "C1", "C2"],
    ];
    const parse = (a: string) => ({ row: Number(/\d+/.exec(a)![0]), col: a.charCodeAt(0) - 64 });
    for (const [formula, from, to] of cases) expect(slideFormula(formula, parse(from), parse(to))).toBe(exceljsSlide.slideFormula(formula, from, to));
  });
});
