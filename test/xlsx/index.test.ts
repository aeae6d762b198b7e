/** The reader's edge: package-level problems, Strict and odd packages, and the asynchronous variant. */
import { readWorkbookBytesAsync } from "../../src/xlsx";
import { openZip, readEntry } from "../../src/xlsx/zip";
import { nodeInflate, read, readOk, xlsxOf, zipOf } from "./helpers";

const MiB = 1024 * 1024;

const ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>так</t></is></c></row>';

describe("what is not a readable workbook gets one typed reason", () => {
  it("tells empty, legacy or encrypted, and non-zip files apart", () => {
    expect(read(new Uint8Array(0))).toEqual({ ok: false, problem: { kind: "zero-bytes" } });
    expect(read(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toEqual({ ok: false, problem: { kind: "legacy-or-encrypted" } });
    expect(read(Buffer.from("№;План;Факт\n1;5;5\n"))).toEqual({ ok: false, problem: { kind: "not-xlsx" } });
    expect(read(Buffer.from("PK\x03\x04 truncated")).ok).toBe(false);
  });

  it("calls a .docx, a .pptx and any zip without a workbook 'not a workbook', not 'empty'", () => {
    const docx = zipOf([
      { name: "[Content_Types].xml", data: '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
      { name: "_rels/.rels", data: '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
      { name: "word/document.xml", data: "<w:document/>" },
    ]);
    expect(read(docx)).toEqual({ ok: false, problem: { kind: "not-a-workbook", detail: "a Word document" } });
    expect(read(zipOf([{ name: "notes.txt", data: "hello" }]))).toEqual({ ok: false, problem: { kind: "not-a-workbook", detail: "no xl/workbook.xml in the package" } });
  });

  it("names an OpenDocument spreadsheet and a binary .xlsb", () => {
    expect(read(zipOf([{ name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", method: 0 }, { name: "content.xml", data: "<x/>" }]))).toEqual({ ok: false, problem: { kind: "ods" } });
    const xlsb = zipOf([
      { name: "_rels/.rels", data: '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>' },
      { name: "xl/workbook.bin", data: "\x00\x01" },
    ]);
    expect(read(xlsb)).toEqual({ ok: false, problem: { kind: "unsupported", detail: "a binary workbook (.xlsb); save it as .xlsx" } });
  });

  it("refuses a workbook whose sheet part is missing, naming the sheet", () => {
    const bytes = xlsxOf({ sheets: [{ name: "Звіт", xml: ROW }] });
    const zip = openZip(bytes);
    const without = zipOf(zip.entries.filter((e) => !e.name.includes("sheet1")).map((e) => ({ name: e.name, data: readEntry(zip, e, nodeInflate) })));
    expect(read(without)).toEqual({ ok: false, problem: { kind: "corrupt", detail: 'sheet "Звіт": its part xl/worksheets/sheet1.xml is missing' } });
  });

  it("refuses a part with a DTD (billion laughs) without expanding anything", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;
    expect(read(xlsxOf({ sheets: [{ name: "A", xml: laughs }] }))).toEqual({ ok: false, problem: { kind: "unsupported", detail: "xl/worksheets/sheet1.xml has a DTD, which a workbook part may not have" } });
  });
});

describe("damaged and hostile packages", () => {
  it("refuses a stored entry with one digit changed: the CRC no longer matches", () => {
    const sheet = '<row r="1"><c r="A1"><v>12</v></c></row>';
    const bytes = xlsxOf({ sheets: [{ name: "Звіт", xml: sheet }] });
    // Rebuild with the sheet stored, then change "12" to "19" inside the archive.
    const stored = zipOf(openZip(bytes).entries.map((e) => ({ name: e.name, data: readEntry(openZip(bytes), e, nodeInflate), method: 0 })));
    const at = Buffer.from(stored).indexOf("<v>12</v>");
    expect(at).toBeGreaterThan(0);
    const tampered = Uint8Array.from(stored);
    tampered[at + 4] = "9".charCodeAt(0);
    const result = read(tampered);
    expect(result).toEqual({ ok: false, problem: { kind: "crc", detail: "xl/worksheets/sheet1.xml does not match its CRC-32 checksum" } });
    expect(read(stored).ok).toBe(true);
  });


  it("refuses a workbook whose sheet is a bomb, naming the part", () => {
    const bytes = xlsxOf({ sheets: [{ name: "Звіт", xml: "" }], extra: [] });
    const entries = openZip(bytes).entries.map((e) => ({ name: e.name, data: readEntry(openZip(bytes), e, nodeInflate) as Uint8Array, declaredSize: undefined as number | undefined }));
    const sheet = entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    sheet.data = Buffer.concat([Buffer.from(sheet.data), Buffer.alloc(16 * MiB, 0x20)]);
    const result = read(zipOf(entries));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject({ kind: "too-large", detail: expect.stringContaining("xl/worksheets/sheet1.xml") });
  });
});

describe("packages other tools write", () => {
  it("reads a package without [Content_Types].xml or root relationships from the conventional names", () => {
    const contents = readOk(xlsxOf({ sheets: [{ name: "A", xml: ROW }], without: ["[Content_Types].xml", "_rels/.rels"] }));
    expect(contents.grids[0].values).toEqual([["так"]]);
  });

  it("reads Strict OOXML: purl.oclc.org namespaces and relationship types", () => {
    const strict = (xml: string) => xml.replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, "http://purl.oclc.org/ooxml/spreadsheetml/main").replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, "http://purl.oclc.org/ooxml/officeDocument/relationships");
    const bytes = xlsxOf({ sheets: [{ name: "Строгий", xml: '<row r="1"><c r="A1" t="d"><v>2024-01-31T00:00:00</v></c><c r="B1"><v>7</v></c></row>' }], workbookPr: '<workbookPr dateCompatibility="0"/>' });
    const zip = openZip(bytes);
    const contents = readOk(zipOf(zip.entries.map((e) => ({ name: e.name, data: strict(Buffer.from(readEntry(zip, e, nodeInflate)).toString("utf8")) }))));
    expect(contents.grids[0].values).toEqual([[new Date(Date.UTC(2024, 0, 31)), 7]]);
  });

  it("leaves chart sheets out, keeps hidden sheets with their state, and flags a macro-enabled workbook", () => {
    const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const bytes = zipOf([
      { name: "[Content_Types].xml", data: '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>' },
      { name: "_rels/.rels", data: `<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>` },
      { name: "xl/workbook.xml", data: '<workbook xmlns:r="urn:r"><sheets><sheet name="Діаграма" sheetId="1" r:id="rId1"/><sheet name="Дані" sheetId="2" state="hidden" r:id="rId2"/></sheets><definedNames><definedName name="Місцеве" localSheetId="1">\'Дані\'!$A$1</definedName></definedNames></workbook>' },
      { name: "xl/_rels/workbook.xml.rels", data: `<Relationships><Relationship Id="rId1" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/data.xml"/></Relationships>` },
      { name: "xl/chartsheets/sheet1.xml", data: "<chartsheet/>" },
      { name: "xl/worksheets/data.xml", data: `<worksheet><sheetData>${ROW}</sheetData></worksheet>` },
    ]);
    const contents = readOk(bytes);
    expect(contents.grids.map((g) => g.name)).toEqual(["Дані"]);
    expect(contents.sheets).toEqual([{ name: "Дані", state: "hidden", part: "xl/worksheets/data.xml" }]);
    expect(contents.definedNames).toEqual([{ name: "Місцеве", ranges: ["'Дані'!$A$1"], formula: "'Дані'!$A$1", localSheet: "Дані" }]);
    expect(contents.macroEnabled).toBe(true);
  });
});

describe("readWorkbookBytesAsync", () => {
  it("reads the same with an inflate that answers later, and reports problems the same way", async () => {
    const bytes = xlsxOf({ sheets: [{ name: "A", xml: ROW }] });
    const later = async (d: Uint8Array, max: number) => nodeInflate(d, max);
    expect(await readWorkbookBytesAsync(bytes, { inflate: later })).toEqual(read(bytes));
    const failing = async () => {
      throw new Error("boom");
    };
    expect(await readWorkbookBytesAsync(bytes, { inflate: failing })).toEqual({ ok: false, problem: { kind: "corrupt", detail: "cannot inflate [Content_Types].xml: boom" } });
  });
});
