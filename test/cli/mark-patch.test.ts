/**
 * The mark patch on the cases a real centre's file brings: a problem in a cell the file has no
 * `<c>` for (past the row's last cell, or in a row not in the file), a problem in a merged area,
 * a protected sheet, a workbook marked twice, a workbook the OpenXML SDK wrote (x: prefix, no
 * relationships part for the sheet).
 */
import path from "node:path";
import { readFileSync, writeFileSync } from "node:fs";
import { patchMarks } from "../../src/cli/package/mark";
import type { PatchedMarks, SheetMarks } from "../../src/cli/package/mark";
import { nodeCodec } from "../../src/cli/package/node-codec";
import { readWorkbook } from "../../src/cli/workbook-file";
import { makeTempDir } from "../helpers/xlsx";
import { cellMap, diffPackages, partText, rowTags } from "./package/diff";
import { edit, fixtureFile, fixtureParts, pack, setText } from "./package/parts";
import type { Parts } from "./package/parts";
import { cellFill, noteBoxes, notesOf, rels } from "./marked-workbook";
import { runCli } from "./run-cli";

const SHEET = "Звіт III кв 2021";
const PART = "xl/worksheets/sheet1.xml";
const temp = makeTempDir("pokaznyk-mark-patch-");
afterAll(temp.cleanup);

function marked(bytes: Uint8Array, sheets: SheetMarks[]): PatchedMarks {
  const out = patchMarks(bytes, sheets, nodeCodec);
  if ("refusal" in out) throw new Error(`refused: ${JSON.stringify(out.refusal)}`);
  return out;
}

const error = (row: number, col: number, line = `Помилка: ${row}:${col}`) => ({ row, col, severity: "error" as const, line });

describe("cells the file has no <c> for", () => {
  const before = readFileSync(fixtureFile("report-q3-2021-public.xlsx"));
  // K7: past row 7's last cell (H7); B60: a row past the table's end, not in the file.
  const out = marked(before, [{ sheet: SHEET, marks: [error(7, 11), error(60, 2), { row: 7, col: 10, severity: "info", line: "Порада: J7" }] }]);
  const sheet = partText(out.bytes, PART);

  it("gets an empty cell in column order, with the mark's style", () => {
    const cells = [...cellMap(sheet).keys()];
    const row7 = cells.filter((ref) => /^[A-Z]+7$/.test(ref));
    expect(row7).toEqual(["A7", "B7", "C7", "D7", "E7", "F7", "G7", "H7", "J7", "K7"]);
    expect(cellFill(out.bytes, PART, "K7")).toBe("FFC7CE");
    expect(cellFill(out.bytes, PART, "J7")).toBe("DDEBF7");
    expect(cellMap(sheet).get("K7")).toMatch(/^<c r="K7" s="\d+"\/>$/);
    // The row's spans hint takes the new cells in; its other attributes stay.
    expect(rowTags(sheet).get(7)).toBe('<row r="7" ht="59" customHeight="1" spans="1:11" x14ac:dyDescent="0.25">');
  });

  it("gets a row in row order, and the dimension grows to take it in", () => {
    const rows = [...rowTags(sheet).keys()];
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(rows).toContain(60);
    expect(cellFill(out.bytes, PART, "B60")).toBe("FFC7CE");
    expect(/<dimension ref="([^"]+)"/.exec(sheet)?.[1]).toBe("A1:K60");
  });

  it("reads back with the same values", () => {
    const a = readWorkbook(before);
    const b = readWorkbook(out.bytes);
    if (!a.ok || !b.ok) throw new Error("unreadable");
    expect(b.grids[0].values.slice(0, a.grids[0].values.length).map((row) => row.slice(0, 8))).toEqual(a.grids[0].values.map((row) => row.slice(0, 8)));
    expect(b.grids[0].values.flat().filter((v) => v !== null).length).toBe(a.grids[0].values.flat().filter((v) => v !== null).length);
  });
});

it("shows a problem inside a merged area on the area's first cell, the one Excel shows", () => {
  const before = readFileSync(fixtureFile("report-q3-2021-public.xlsx"));
  // A6:A14 is merged: A9 is covered by it.
  const out = marked(before, [{ sheet: SHEET, marks: [error(9, 1, "Помилка: у A9"), { row: 6, col: 1, severity: "warning", line: "Попередження: у A6" }] }]);
  expect(out.marked[0].cells).toEqual([{ row: 6, col: 1, severity: "error" }]);
  expect(cellFill(out.bytes, PART, "A6")).toBe("FFC7CE");
  expect(cellMap(partText(out.bytes, PART)).get("A9")).toBe(cellMap(partText(before, PART)).get("A9"));
  expect(notesOf(out.bytes, PART).get("A6")?.text).toBe("Pokaznyk:\nПомилка: у A9\nПопередження: у A6");
});

it("marks a protected sheet and keeps its protection", async () => {
  const parts = fixtureParts("report-q3-2021-public.xlsx");
  edit(parts, PART, "</sheetData>", '</sheetData><sheetProtection password="CC1A" sheet="1" objects="1" scenarios="1" formatCells="0"/>');
  const input = path.join(temp.dir, "protected.xlsx");
  writeFileSync(input, pack(parts));
  const run = await runCli(["mark", input, "-o", path.join(temp.dir, "protected-marked.xlsx"), "--lang", "en"]);
  expect(run.stderr).toBe("");
  expect(run.stdout).toMatch(/\d+ cells marked/);
  const out = readFileSync(path.join(temp.dir, "protected-marked.xlsx"));
  expect(partText(out, PART)).toContain('<sheetProtection password="CC1A" sheet="1" objects="1" scenarios="1" formatCells="0"/>');
  expect(cellFill(out, PART, "H7")).toBe("FFC7CE");
});

it("changes nothing when a marked workbook is marked again with the same findings", () => {
  const marks: SheetMarks[] = [{ sheet: SHEET, marks: [error(7, 8), error(60, 2), { row: 16, col: 7, severity: "info", line: "Порада: G16" }] }];
  const once = marked(readFileSync(fixtureFile("report-q3-2021-public.xlsx")), marks);
  const twice = marked(once.bytes, marks);
  const diff = diffPackages(once.bytes, twice.bytes);
  expect(diff.changed).toEqual([]);
  expect(diff.added).toEqual([]);
  expect(noteBoxes(twice.bytes, PART)).toHaveLength(3);
});

/** A workbook as the OpenXML SDK writes it: every SpreadsheetML element under x:, no rels for the sheet, no r: on the sheet. */
function prefixedWorkbook(): Uint8Array {
  const parts: Parts = new Map();
  const xml = '<?xml version="1.0" encoding="utf-8"?>';
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const rel = (type: string, target: string, id: string) => `<Relationship Type="${R}/${type}" Target="${target}" Id="${id}"/>`;
  setText(parts, "[Content_Types].xml", `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`);
  setText(parts, "_rels/.rels", `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("officeDocument", "/xl/workbook.xml", "R1")}</Relationships>`);
  setText(parts, "xl/workbook.xml", `${xml}<x:workbook xmlns:r="${R}" xmlns:x="${MAIN}"><x:sheets><x:sheet name="Звіт" sheetId="1" r:id="R2"/></x:sheets></x:workbook>`);
  setText(parts, "xl/_rels/workbook.xml.rels", `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("worksheet", "/xl/worksheets/sheet1.xml", "R2")}${rel("styles", "/xl/styles.xml", "R3")}</Relationships>`);
  setText(parts, "xl/styles.xml", `${xml}<x:styleSheet xmlns:x="${MAIN}"><x:fonts count="1"><x:font><x:sz val="11"/><x:name val="Calibri"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="2"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><x:xf numFmtId="3" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></x:cellXfs></x:styleSheet>`);
  setText(parts, "xl/worksheets/sheet1.xml", `${xml}<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="2"><x:c r="A2" s="1"><x:v>1000</x:v></x:c></x:row></x:sheetData><x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></x:worksheet>`);
  return pack(parts);
}

it("writes into a workbook of the OpenXML SDK in its own prefix, with the parts it lacks", () => {
  const out = marked(prefixedWorkbook(), [{ sheet: "Звіт", marks: [error(2, 1, "Помилка: A2")] }]);
  const sheet = partText(out.bytes, "xl/worksheets/sheet1.xml");
  const styles = partText(out.bytes, "xl/styles.xml");
  expect(styles).toContain('<x:fills count="3"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill><x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FFFFC7CE"/><x:bgColor indexed="64"/></x:patternFill></x:fill></x:fills>');
  // The new look keeps the cell's number format (#,##0).
  expect(styles).toContain('<x:xf numFmtId="3" fontId="0" fillId="2" borderId="0" applyNumberFormat="1" applyFill="1"/>');
  expect(sheet).toContain('<x:c r="A2" s="2"><x:v>1000</x:v></x:c>');
  // The legacy drawing goes before nothing the schema puts after it: after pageMargins, r: declared where it is used.
  expect(sheet).toMatch(/<x:pageMargins [^>]*\/><x:legacyDrawing xmlns:r="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships" r:id="rId2"\/><\/x:worksheet>$/);
  expect(rels(out.bytes, "xl/worksheets/sheet1.xml").map((r) => [r.id, r.type, r.target])).toEqual([
    ["rId1", "comments", "xl/comments1.xml"],
    ["rId2", "vmlDrawing", "xl/drawings/vmlDrawing1.vml"],
  ]);
  const types = partText(out.bytes, "[Content_Types].xml");
  expect(types).toContain('<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>');
  expect(types).toContain('<Override PartName="/xl/drawings/vmlDrawing1.vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>');
  expect(notesOf(out.bytes, "xl/worksheets/sheet1.xml").get("A2")).toEqual({ author: "Pokaznyk", text: "Pokaznyk:\nПомилка: A2" });
  expect(noteBoxes(out.bytes, "xl/worksheets/sheet1.xml")).toEqual([{ cell: "A2", id: "_x0000_s1025" }]);
});
