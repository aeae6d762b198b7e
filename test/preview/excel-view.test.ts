/**
 * What «Відкрити файл…» puts into the fake, cell by cell, against what Excel's API shows for the
 * same file (serial dates beside their formats, error values, formulas without `_xlfn.`, a whole-row
 * merge, sheets' visibility, scoped names, the sheet the file opens on); and a file that cannot be
 * opened gives one line saying why, in the pane's language, never an exception.
 */
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { FakeExcel } from "../../src/fake-excel";
import { streamInflate } from "../../src/preview/inflate";
import { openWorkbookFile, problemMessage, type FileLike, type Opened } from "../../src/preview/open-file";
import { xlsxOf } from "../xlsx/helpers";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>
  <numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>
  <fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/></font><font><b/><sz val="12"/><color rgb="FF1F4E79"/><name val="Times New Roman"/></font></fonts>
  <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill></fills>
  <borders count="2"><border><left/><right/><top/><bottom/></border><border><left style="thin"><color indexed="64"/></left><right style="medium"><color rgb="FFFF0000"/></right><top/><bottom style="thin"/></border></borders>
  <cellStyleXfs count="1"><xf numFmtId="0" fontId="1" fillId="2" borderId="1"/></cellStyleXfs>
  <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/>
    <xf numFmtId="0" fontId="1" fillId="2" borderId="1"><alignment horizontal="centerContinuous" vertical="center" wrapText="1"/></xf>
    <xf numFmtId="0" borderId="1"><protection locked="0"/></xf></cellXfs>
  <dxfs count="1"><dxf><font><b/><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>
</styleSheet>`;
const REPORT = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}>
  <cols><col min="1" max="2" width="20" customWidth="1"/></cols>
  <sheetData>
    <row r="1" ht="30" customHeight="1"><c r="A1" s="4" t="inlineStr"><is><t>Звіт за I квартал</t></is></c><c r="B1" s="5"/></row>
    <row r="2"><c r="A2" s="1"><v>44561</v></c><c r="B2" s="2"><v>44562.5</v></c><c r="C2" t="d"><v>2021-12-31</v></c></row>
    <row r="3"><c r="A3" t="e"><v>#DIV/0!</v></c><c r="B3" s="3"><f>A4/2</f><v>0.25</v></c><c r="C3" t="e"><f>B3/0</f><v>#DIV/0!</v></c></row>
    <row r="4"><c r="A4"><f>_xlfn.NUMBERVALUE("12,5",",")</f><v>12.5</v></c><c r="B4" t="s"><v>0</v></c><c r="C4" t="b"><v>1</v></c></row>
    <row r="6"><c r="A6" t="s"><v>1</v></c></row>
  </sheetData>
  <sheetProtection sheet="1" objects="1" scenarios="1"/>
  <mergeCells count="1"><mergeCell ref="A6:XFD6"/></mergeCells>
</worksheet>`;

function file(bytes: Uint8Array | Buffer, name = "звіт.xlsx"): FileLike {
  return new File([new Uint8Array(bytes)], name);
}

async function opened(bytes: Uint8Array): Promise<Extract<Opened, { ok: true }>> {
  const result = await openWorkbookFile(file(bytes));
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result;
}

describe("a workbook opened in the preview, as Excel's API shows it", () => {
  const bytes = xlsxOf({
    sheets: [
      { name: "Звіт", xml: REPORT },
      { name: "Копія", xml: '<row r="1"><c r="A1"><v>1</v></c></row>', state: "hidden" },
      { name: "Дані", xml: '<row r="1"><c r="A1"><v>2</v></c></row>', state: "veryHidden" },
    ],
    sharedStrings: ["<t>12,5</t>", "<t>Розділ 1 (на весь рядок)</t>"],
    styles: STYLES,
    workbookXml: `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
      <bookViews><workbookView activeTab="2"/></bookViews>
      <sheets><sheet name="Звіт" sheetId="1" r:id="rId1"/><sheet name="Копія" sheetId="2" state="hidden" r:id="rId2"/><sheet name="Дані" sheetId="3" state="veryHidden" r:id="rId3"/></sheets>
      <definedNames>
        <definedName name="Pokaznyk.quarterly_report.1">'Звіт'!$A$1:$C$1</definedName>
        <definedName name="Pokaznyk.quarterly_report.1" localSheetId="1">'Копія'!$A$1:$C$1</definedName>
        <definedName name="_xlnm.Print_Titles" localSheetId="0">'Звіт'!$1:$1</definedName>
      </definedNames></workbook>`,
  });

  it("keeps every sheet in tab order, hides what Excel hides, and opens on a visible sheet", async () => {
    const { json, hidden } = await opened(bytes);
    expect(json.sheets.map((s) => s.name)).toEqual(["Звіт", "Копія", "Дані"]);
    expect(hidden).toEqual(["Копія", "Дані"]);
    // activeTab points at the very hidden sheet, which Excel cannot show: the first visible one opens.
    expect(json.activeSheet).toBe("Звіт");
    expect(json.source).toBe("звіт.xlsx");
  });

  it("gives each cell Excel's value, formula and number format", async () => {
    const { json } = await opened(bytes);
    const book = FakeExcel.fromJson(json).book;
    const sheet = book.sheet("Звіт")!;
    const at = (r: number, c: number) => {
      const cell = sheet.cell(r, c);
      return { value: cell?.value ?? null, formula: cell?.formula, format: cell?.style?.numFmt };
    };
    expect(at(2, 1)).toEqual({ value: 44561, formula: undefined, format: "dd\\.mm\\.yyyy" });
    expect(at(2, 2)).toEqual({ value: 44562.5, formula: undefined, format: "m/d/yyyy" });
    // An ISO date (t="d") is a serial too, and shows as a date although its style has no date format.
    expect(at(2, 3)).toEqual({ value: 44561, formula: undefined, format: "yyyy-mm-dd" });
    expect(at(3, 1)).toEqual({ value: { error: "#DIV/0!" }, formula: undefined, format: undefined });
    expect(at(3, 2)).toEqual({ value: 0.25, formula: "=A4/2", format: "0.0%" });
    expect(at(3, 3)).toEqual({ value: { error: "#DIV/0!" }, formula: "=B3/0", format: undefined });
    expect(at(4, 1)).toEqual({ value: 12.5, formula: '=NUMBERVALUE("12,5",",")', format: undefined });
    expect(at(4, 2).value).toBe("12,5");
    expect(at(4, 3).value).toBe(true);
    expect(sheet.merges).toEqual([{ top: 6, left: 1, bottom: 6, right: 16384 }]);
    expect(sheet.columnWidths.slice(0, 2)).toEqual([145, 145]);
    expect(sheet.rowHeights[1]).toBe(40);
  });

  it("gives cells their look, empty ones too, and keeps the sheet's protection and unlocked cells", async () => {
    const { json } = await opened(bytes);
    const sheet = FakeExcel.fromJson(json).book.sheet("Звіт")!;
    const thin = { style: "Continuous", weight: "Thin", color: "#000000" };
    expect(sheet.cell(1, 1)?.style).toEqual({
      fill: { color: "#FFFF00", pattern: "Solid" },
      font: { bold: true, size: 12, name: "Times New Roman", color: "#1F4E79" },
      align: { horizontal: "center", vertical: "middle", wrap: true },
      border: { left: thin, right: { style: "Continuous", weight: "Medium", color: "#FF0000" }, bottom: thin },
    });
    // B1 holds nothing, but is bordered and unlocked: a fact cell left open in a protected form.
    expect(sheet.cell(1, 2)).toEqual({ value: null, style: { font: { size: 11, name: "Calibri" }, border: { left: thin, right: { style: "Continuous", weight: "Medium", color: "#FF0000" }, bottom: thin }, locked: false } });
    expect(sheet.protected).toBe(true);
    expect(FakeExcel.fromJson(json).book.sheet("Копія")?.protected).toBe(false);
  });

  it("keeps the form stamps with their scope and leaves Excel's own names out", async () => {
    const { json } = await opened(bytes);
    expect(json.names).toEqual([
      { name: "Pokaznyk.quarterly_report.1", formula: "='Звіт'!$A$1:$C$1" },
      { name: "Pokaznyk.quarterly_report.1", formula: "='Копія'!$A$1:$C$1", sheet: "Копія" },
    ]);
    expect(json.date1904).toBeUndefined();
  });

  it("reads the 1904 date system's serials as they are stored", async () => {
    const { json } = await opened(fs.readFileSync(path.resolve(__dirname, "../fixtures/plan-2021-dates-1904.xlsx")));
    expect(json.date1904).toBe(true);
    // 31.12.2021 is 43099 in the 1904 system (44561 in the 1900 one).
    expect(json.sheets[0].cells.find((c) => c.r === 4 && c.c === 4)?.v).toBe(43099);
  });

  it("keeps every merged area of a sheet with more than 512", async () => {
    const { json } = await opened(fs.readFileSync(path.resolve(__dirname, "../fixtures/report-2022-word-merges.xlsx")));
    expect(json.sheets[0].merges).toHaveLength(1817);
  });
});

describe("a file that cannot be opened", () => {
  const kramatorsk = fs.readFileSync(path.resolve(__dirname, "../../../shared/fixtures/report-q1-2020-kramatorsk.xlsx"));
  const cases: [string, Buffer | Uint8Array, string | RegExp][] = [
    ["an empty file", Buffer.alloc(0), "звіт.xlsx: Файл порожній (0 байтів): це не книга Excel."],
    ["a text file renamed", Buffer.from("План,Факт\n5,3\n"), "звіт.xlsx: Це не книга Excel (.xlsx)."],
    ["an old .xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), "звіт.xlsx: Книга у старому форматі .xls або захищена паролем: збережіть її в Excel як .xlsx без пароля."],
    ["a download cut short", kramatorsk.subarray(0, kramatorsk.length - 2000), "звіт.xlsx: Файл .xlsx пошкоджений, його не вдалося прочитати. (no zip directory found (the file is truncated or not a zip))"],
    ["a zip with no workbook", xlsxOf({ sheets: [{ name: "A", xml: "" }], without: ["xl/workbook.xml"] }), "звіт.xlsx: Це не книга Excel. (no xl/workbook.xml in the package)"],
    [
      "a zip bomb (a sheet of 8 MiB of spaces)",
      xlsxOf({ sheets: [{ name: "A", xml: " ".repeat(8 * 1024 * 1024) }] }),
      /^звіт\.xlsx: Файл завеликий для попереднього перегляду\. \(xl\/worksheets\/sheet1\.xml would inflate \d+:1 to 8 MiB \(a zip bomb\?\)\)$/,
    ],
  ];

  it.each(cases)("%s: one Ukrainian line", async (_what, bytes, message) => {
    const result = await openWorkbookFile(file(bytes));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = problemMessage("звіт.xlsx", result.problem, "uk");
    if (typeof message === "string") expect(line).toBe(message);
    else expect(line).toMatch(message);
  });

  it("a part that inflates past its declared size is refused, not inflated on", async () => {
    const data = zlib.deflateRawSync(Buffer.alloc(6000, 65));
    await expect(streamInflate()(data, 6000)).resolves.toHaveLength(6000);
    await expect(streamInflate()(data, 100)).rejects.toThrow(/past its declared 100 bytes/);
    await expect(streamInflate(null)(data, 6000)).rejects.toThrow(/DecompressionStream/);
  });

  it("a file too large for a browser tab is refused before it is read, in English when the pane is", async () => {
    const huge: FileLike = { name: "big.xlsx", size: 300 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error("must not be read")) };
    const result = await openWorkbookFile(huge);
    expect(result).toEqual({ ok: false, problem: { kind: "file-too-large", detail: "300 MiB" } });
    if (result.ok) return;
    expect(problemMessage("big.xlsx", result.problem, "en")).toBe("big.xlsx: The file is too large for the preview (over 100 MiB). (300 MiB)");
  });
});
