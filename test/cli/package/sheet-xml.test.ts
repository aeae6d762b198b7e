/**
 * The text-level pieces of the patcher on small parts: the tag scanner and attribute edits, and
 * a column insert on sheets with what the forms rarely have (prefixed SpreadsheetML, cells
 * without addresses, shared and array formulas across the column, frozen columns, whole-row
 * column ranges, a value in the last column).
 */
import { attr, children, escapeAttr, NS, rootElement, setAttr, unescapeXml, XmlScanner } from "../../../src/cli/package/xml";
import { insertColumnInSheet } from "../../../src/cli/package/insert-column";
import { RefusalError } from "../../../src/cli/package/refusal";
import { cellMap } from "./diff";

const MAIN = NS.main;
const sheet = (body: string, prefix = "") => {
  const p = prefix ? `${prefix}:` : "";
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${p}worksheet xmlns${prefix ? `:${prefix}` : ""}="${MAIN}" xmlns:r="${NS.rel}">${body.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${p}`)}</${p}worksheet>`;
};

describe("the tag scanner", () => {
  it("resolves prefixes to namespaces, so x:c and c are one element and x14:cfRule is another", () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData/><x:extLst><ext xmlns:x14="${NS.x14}"><x14:cfRule/><cfRule xmlns="${MAIN}"/></ext></x:extLst></x:worksheet>`;
    const tags: string[] = [];
    const scanner = new XmlScanner(xml);
    for (let t = scanner.next(); t; t = scanner.next()) if (t.kind !== "close") tags.push(`${t.local}@${t.ns === MAIN ? "main" : t.ns === NS.x14 ? "x14" : t.ns || "none"}`);
    expect(tags).toEqual(["worksheet@main", "sheetData@main", "extLst@main", "ext@none", "cfRule@x14", "cfRule@main"]);
  });

  it("steps over comments, CDATA, processing instructions and a '>' inside an attribute value", () => {
    const xml = `<?xml version="1.0"?><!-- <c r="Z9"/> --><root><a text="1 > 0" b='it&apos;s'/><![CDATA[<c r="Y1"/>]]><c r="A1"/></root>`;
    const root = rootElement(xml);
    const kids = children(xml, root);
    expect(kids.map((k) => k.open.local)).toEqual(["a", "c"]);
    expect(attr(xml, kids[0].open, "text")).toBe("1 > 0");
    expect(attr(xml, kids[0].open, "b")).toBe("it's");
  });

  it("rewrites one attribute in place, keeping the others, their order and their quotes", () => {
    const tag = `<c r='H7' s="3" x14ac:dyDescent="0.25"/>`;
    expect(setAttr(tag, { start: 0, end: tag.length }, "r", "I7")).toBe(`<c r='I7' s="3" x14ac:dyDescent="0.25"/>`);
    expect(setAttr(tag, { start: 0, end: tag.length }, "t", "str")).toBe(`<c r='H7' s="3" x14ac:dyDescent="0.25" t="str"/>`);
    expect(setAttr(tag, { start: 0, end: tag.length }, "s", null)).toBe(`<c r='H7' x14ac:dyDescent="0.25"/>`);
    expect(unescapeXml(escapeAttr(`a<b & "c"\n`))).toBe(`a<b & "c"\n`);
  });

  it("refuses a DOCTYPE (OOXML has none; an entity bomb would need one)", () => {
    expect(() => rootElement(`<!DOCTYPE x [<!ENTITY a "aaaa">]><x/>`)).toThrow(/DOCTYPE/);
  });
});

describe("a column inserted into a sheet part", () => {
  it("moves cells of SpreadsheetML written with an x: prefix, and writes new cells with it", () => {
    const xml = sheet('<dimension ref="A1:C2"/><sheetData><row r="1" spans="1:3"><c r="A1" s="2"><v>1</v></c><c r="B1" s="5"><v>2</v></c><c r="C1"><f>A1+B1</f><v>3</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A2:C2"/></mergeCells>', "x");
    const out = insertColumnInSheet(xml, "S", { target: "S", before: 2 });
    expect(out).toContain('<x:row r="1" spans="1:4"><x:c r="A1" s="2"><x:v>1</x:v></x:c><x:c r="B1" s="2"/><x:c r="C1" s="5"><x:v>2</x:v></x:c><x:c r="D1"><x:f>A1+C1</x:f><x:v>3</x:v></x:c></x:row>');
    expect(out).toContain('<x:mergeCell ref="A2:D2"/>');
    expect(out).toContain('<x:dimension ref="A1:D2"/>');
  });

  it("keeps cells written without an address in place by giving the new column a cell", () => {
    const xml = sheet('<sheetData><row r="1"><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row></sheetData>');
    const out = insertColumnInSheet(xml, "S", { target: "S", before: 2 });
    expect(out).toContain('<row r="1"><c><v>1</v></c><c r="B1"/><c><v>2</v></c><c><v>3</v></c></row>');
  });

  it("keeps a shared formula shared when every member moves alike, and writes it out when the column splits it", () => {
    const xml = sheet(
      '<sheetData><row r="2"><c r="D2"><f t="shared" ref="D2:F2" si="0">F1</f><v>0</v></c><c r="E2"><f t="shared" si="0"/><v>0</v></c><c r="F2"><f t="shared" si="0"/><v>0</v></c><c r="H2"><f t="shared" ref="H2:H4" si="1">G2*2</f><v>0</v></c></row><row r="3"><c r="H3"><f t="shared" si="1"/><v>0</v></c></row><row r="4"><c r="H4"><f t="shared" si="1"/><v>0</v></c></row></sheetData>',
    );
    const cells = cellMap(insertColumnInSheet(xml, "S", { target: "S", before: 8 }));
    // Across D..F reading F..H: only H moves, so each member gets its own formula.
    expect(cells.get("D2")).toBe('<c r="D2"><f>F1</f><v>0</v></c>');
    expect(cells.get("E2")).toBe('<c r="E2"><f>G1</f><v>0</v></c>');
    expect(cells.get("F2")).toBe('<c r="F2"><f>I1</f><v>0</v></c>');
    // Down H (now I), each reading G of its row: still shared, the range moved.
    expect(cells.get("I2")).toBe('<c r="I2"><f t="shared" ref="I2:I4" si="1">G2*2</f><v>0</v></c>');
    expect(cells.get("I3")).toBe('<c r="I3"><f t="shared" si="1"/><v>0</v></c>');
  });

  it("moves an array formula's range and its references", () => {
    const xml = sheet('<sheetData><row r="1"><c r="H1"><f t="array" ref="H1:H3">H5:H7*2</f><v>2</v></c></row></sheetData>');
    expect(insertColumnInSheet(xml, "S", { target: "S", before: 8 })).toContain('<c r="I1"><f t="array" ref="I1:I3">I5:I7*2</f><v>2</v></c>');
  });

  it("widens column ranges, grows frozen columns, moves the pane's corner", () => {
    const xml = sheet(
      '<sheetViews><sheetView workbookViewId="0"><pane xSplit="3" ySplit="1" topLeftCell="D2" activePane="bottomRight" state="frozen"/></sheetView></sheetViews><cols><col min="1" max="1" width="5"/><col min="3" max="5" width="9"/><col min="8" max="16384" width="2"/></cols><sheetData/>',
    );
    const out = insertColumnInSheet(xml, "S", { target: "S", before: 2 });
    expect(out).toContain('<pane xSplit="4" ySplit="1" topLeftCell="E2" activePane="bottomRight" state="frozen"/>');
    expect(out).toContain('<col min="1" max="2" width="5"/><col min="4" max="6" width="9"/><col min="9" max="16384" width="2"/>');
  });

  it("rewrites only formulas on a sheet that does not move", () => {
    const xml = sheet('<sheetData><row r="1"><c r="H1"><f>S!H1+H1</f><v>0</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="H1:I1"/></mergeCells>');
    const out = insertColumnInSheet(xml, "Other", { target: "S", before: 8 });
    expect(out).toContain('<c r="H1"><f>S!I1+H1</f><v>0</v></c>');
    expect(out).toContain('<mergeCell ref="H1:I1"/>');
  });

  it("refuses to push a value off the sheet's last column", () => {
    const xml = sheet('<sheetData><row r="5"><c r="XFD5"><v>1</v></c></row></sheetData>');
    expect(() => insertColumnInSheet(xml, "S", { target: "S", before: 2 })).toThrow(RefusalError);
  });
});
