/**
 * The package layer on files from other writers: a streamed zip (data descriptors, extra fields,
 * a stored entry, an archive comment) keeps every untouched entry's local record byte for byte
 * and stays a valid zip; SpreadsheetML written with an x: prefix (OpenXML SDK, ClosedXML) gets
 * its new cells and rows with the prefix; writes skip merged cells, refuse locked ones and array
 * formulas, and write a shared formula's group out before overwriting its master.
 */
import { spawnSync } from "node:child_process";
import { patchCompute } from "../../../src/cli/package/compute";
import type { ComputePatch, PatchedCompute } from "../../../src/cli/package/compute";
import { nodeCodec } from "../../../src/cli/package/node-codec";
import type { CellWrite } from "../../../src/core/edits";
import { fixtureFile, localRecords, pack, setText, unpack } from "./parts";
import type { Parts } from "./parts";
import { cellMap, diffPackages, partText } from "./diff";

const hasPython = spawnSync("python3", ["-c", "import zipfile"]).status === 0;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const write = (bytes: Uint8Array, sheet: string, writes: CellWrite[]): ComputePatch => patchCompute(bytes, sheet, { sheet, insertColumns: [], writes, offers: [] }, [], nodeCodec);
const ok = (out: ComputePatch): PatchedCompute => {
  if ("refusal" in out) throw new Error(`refused: ${JSON.stringify(out.refusal)}`);
  return out;
};

(hasPython ? describe : describe.skip)("a zip written by another tool (Python's zipfile, streamed)", () => {
  // Streamed to a pipe, zipfile writes data descriptors; each entry gets an extended-timestamp
  // extra field, the core properties are stored uncompressed, and the archive has a comment.
  const script = `
import sys, zipfile
src = zipfile.ZipFile(sys.argv[1])
out = zipfile.ZipFile(sys.stdout.buffer, "w")
for info in src.infolist():
    z = zipfile.ZipInfo(info.filename, date_time=(2021, 12, 28, 9, 0, 0))
    z.compress_type = zipfile.ZIP_STORED if info.filename == "docProps/core.xml" else zipfile.ZIP_DEFLATED
    z.extra = b"\\x55\\x54\\x05\\x00\\x01\\x00\\x10\\x5e\\x61"
    out.writestr(z, src.read(info.filename))
out.comment = b"Pokaznyk test archive"
out.close()
`;
  const streamed = () => new Uint8Array(spawnSync("python3", ["-c", script, fixtureFile("plan-2022-public.xlsx")], { maxBuffer: 1 << 24 }).stdout);

  it("copies the untouched entries' local records (header, extra field, data, descriptor) byte for byte", () => {
    const before = streamed();
    const out = ok(write(before, "План 2022", [{ row: 21, col: 11, formula: "=SUM(G21:J21)", value: 11 }]));
    const diff = diffPackages(before, out.bytes);
    expect(diff.changed).toEqual(["xl/worksheets/sheet1.xml"]);
    const a = localRecords(before);
    const b = localRecords(out.bytes);
    for (const name of diff.identical) expect({ name, same: (b.get(name) as Buffer).equals(a.get(name) as Buffer) }).toEqual({ name, same: true });
    const check = spawnSync("python3", ["-c", "import io,sys,zipfile; z=zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())); print(z.testzip(), z.comment.decode())"], { input: Buffer.from(out.bytes), encoding: "utf8" });
    expect(check.stdout.trim()).toBe("None Pokaznyk test archive");
  });
});

/** A workbook as the OpenXML SDK writes it: every SpreadsheetML element under the x: prefix. */
function prefixedWorkbook(sheetData: string, extra = ""): Uint8Array {
  const parts: Parts = new Map();
  const xml = '<?xml version="1.0" encoding="utf-8"?>';
  setText(parts, "[Content_Types].xml", `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`);
  setText(parts, "_rels/.rels", `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml" Id="R1"/></Relationships>`);
  setText(parts, "xl/workbook.xml", `${xml}<x:workbook xmlns:r="${R}" xmlns:x="${MAIN}"><x:sheets><x:sheet name="Звіт" sheetId="1" r:id="R2"/></x:sheets></x:workbook>`);
  setText(parts, "xl/_rels/workbook.xml.rels", `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml" Id="R2"/><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml" Id="R3"/></Relationships>`);
  setText(parts, "xl/styles.xml", `${xml}<x:styleSheet xmlns:x="${MAIN}"><x:fonts count="1"><x:font><x:sz val="11"/><x:name val="Calibri"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="2"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" applyProtection="1"><x:protection locked="0"/></x:xf></x:cellXfs></x:styleSheet>`);
  setText(parts, "xl/worksheets/sheet1.xml", `${xml}<x:worksheet xmlns:x="${MAIN}">${sheetData}${extra}</x:worksheet>`);
  return pack(parts);
}

describe("writes into a sheet part", () => {
  it("writes new cells and rows with the sheet's own prefix, the percent format in a prefixed styles.xml", () => {
    const before = prefixedWorkbook('<x:sheetData><x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c><x:c r="C2"><x:v>3</x:v></x:c></x:row></x:sheetData>');
    const out = ok(write(before, "Звіт", [
      { row: 2, col: 2, formula: "=C2/A2", value: 3, numberFormat: "0.0%" },
      { row: 1, col: 1, value: "Заголовок" },
      { row: 4, col: 2, formula: '=IF(A2>5,"так","")', value: "" },
    ]));
    const sheet = partText(out.bytes, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain('<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve">Заголовок</x:t></x:is></x:c></x:row><x:row r="2">');
    expect(sheet).toContain('<x:c r="A2"><x:v>1</x:v></x:c><x:c r="B2" s="2"><x:f>C2/A2</x:f><x:v>3</x:v></x:c><x:c r="C2">');
    expect(sheet).toContain('<x:row r="4"><x:c r="B4" t="str"><x:f>IF(A2&gt;5,"так","")</x:f><x:v></x:v></x:c></x:row>');
    const styles = partText(out.bytes, "xl/styles.xml");
    expect(styles).toContain('<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0%"/></x:numFmts><x:fonts');
    expect(styles).toContain('<x:cellXfs count="3">');
  });

  it("skips a cell inside someone else's merge, and writes the merge's own corner", () => {
    const before = prefixedWorkbook('<x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData>', '<x:mergeCells count="1"><x:mergeCell ref="A1:B2"/></x:mergeCells>');
    const out = ok(write(before, "Звіт", [{ row: 2, col: 2, value: 5 }, { row: 1, col: 1, value: 7 }]));
    expect(out.skipped).toEqual(["B2"]);
    expect(out.written).toEqual([{ row: 1, col: 1, value: 7 }]);
  });

  it("refuses locked cells of a protected sheet, and writes its unlocked ones", () => {
    const body = '<x:sheetData><x:row r="1"><x:c r="A1" s="1"/><x:c r="B1"/></x:row></x:sheetData><x:sheetProtection sheet="1"/>';
    expect(write(prefixedWorkbook(body), "Звіт", [{ row: 1, col: 2, value: 1 }])).toEqual({ refusal: { code: "locked-cells", sheet: "Звіт", where: "B1" } });
    expect("refusal" in write(prefixedWorkbook(body), "Звіт", [{ row: 1, col: 1, value: 1 }])).toBe(false);
  });

  it("refuses a write into an array formula", () => {
    const body = '<x:sheetData><x:row r="1"><x:c r="A1"><x:f t="array" ref="A1:A3">B1:B3*2</x:f><x:v>0</x:v></x:c></x:row></x:sheetData>';
    expect(write(prefixedWorkbook(body), "Звіт", [{ row: 2, col: 1, value: 1 }])).toEqual({ refusal: { code: "array-formula", sheet: "Звіт", where: "A2" } });
  });

  it("writes a shared formula's group out before overwriting its master", () => {
    const body = '<x:sheetData><x:row r="1"><x:c r="C1"><x:f t="shared" ref="C1:C3" si="0">A1+B1</x:f><x:v>0</x:v></x:c></x:row><x:row r="2"><x:c r="C2"><x:f t="shared" si="0"/><x:v>0</x:v></x:c></x:row><x:row r="3"><x:c r="C3"><x:f t="shared" si="0"/><x:v>0</x:v></x:c></x:row></x:sheetData>';
    const out = ok(write(prefixedWorkbook(body), "Звіт", [{ row: 1, col: 3, formula: "=SUM(A1:B1)", value: 0 }]));
    const cells = cellMap(partText(out.bytes, "xl/worksheets/sheet1.xml").replace(/x:/g, ""));
    expect(cells.get("C1")).toBe('<c r="C1"><f>SUM(A1:B1)</f><v>0</v></c>');
    expect(cells.get("C2")).toBe('<c r="C2"><f>A2+B2</f><v>0</v></c>');
    expect(cells.get("C3")).toBe('<c r="C3"><f>A3+B3</f><v>0</v></c>');
  });

  it("refuses Strict Open XML, a sheet it does not have, and what is no zip", () => {
    const strict = new Map(unpack(prefixedWorkbook("<x:sheetData/>")));
    setText(strict, "xl/workbook.xml", `<?xml version="1.0"?><workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="${R}"><sheets><sheet name="Звіт" sheetId="1" r:id="R2"/></sheets></workbook>`);
    expect(write(pack(strict), "Звіт", [])).toEqual({ refusal: { code: "strict-xml" } });
    expect(write(prefixedWorkbook("<x:sheetData/>"), "Інший", [])).toEqual({ refusal: { code: "no-sheet", sheet: "Інший" } });
    expect(write(new Uint8Array([1, 2, 3]), "Звіт", [])).toMatchObject({ refusal: { code: "unreadable" } });
  });
});
