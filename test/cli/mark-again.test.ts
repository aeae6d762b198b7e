/**
 * A marked copy marked again: the centre fixed some values and sent back the copy we marked. The
 * notes of problems since fixed come off (a centre's own note keeps its text), the notes of the
 * problems still there say what they say now, and the fixed cells get their own look back when
 * the workbook shows which it was, or are named as still coloured when it does not.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { patchMarks } from "../../src/cli/package/mark";
import type { PatchedMarks, SheetMarks } from "../../src/cli/package/mark";
import { nodeCodec } from "../../src/cli/package/node-codec";
import { makeTempDir } from "../helpers/xlsx";
import { cellXf, cellFill, noteBoxes, notesOf } from "./marked-workbook";
import { diffPackages } from "./package/diff";
import { fixtureFile, pack, setText, text, unpack } from "./package/parts";
import { richReport } from "./package/rich-workbook";
import { runCli } from "./run-cli";

const SHEET = "Звіт III кв 2021";
const PART = "xl/worksheets/sheet1.xml";
const temp = makeTempDir("pokaznyk-mark-again-");
afterAll(temp.cleanup);

function marked(bytes: Uint8Array, sheets: SheetMarks[]): PatchedMarks {
  const out = patchMarks(bytes, sheets, nodeCodec);
  if ("refusal" in out) throw new Error(`refused: ${JSON.stringify(out.refusal)}`);
  return out;
}

const mark = (row: number, col: number, severity: "error" | "warning" | "info", line: string) => ({ row, col, severity, line });
const original = readFileSync(fixtureFile("report-q3-2021-public.xlsx"));
// H7 and H9 have errors, G16 a tip; then H9 and G16 are fixed and H7's message changes.
const first = marked(original, [{ sheet: SHEET, marks: [mark(7, 8, "error", "Помилка: H7"), mark(9, 8, "error", "Помилка: H9"), mark(16, 7, "info", "Порада: G16")] }]);
const again = marked(first.bytes, [{ sheet: SHEET, marks: [mark(7, 8, "warning", "Попередження: H7 тепер інше")] }]);

it("takes off the notes and boxes of problems since fixed and says the rest as they are now", () => {
  const notes = notesOf(again.bytes, PART);
  expect([...notes.keys()]).toEqual(["H7"]);
  expect(notes.get("H7")?.text).toBe("Pokaznyk:\nПопередження: H7 тепер інше");
  expect(noteBoxes(again.bytes, PART).map((b) => b.cell)).toEqual(["H7"]);
  expect(cellFill(again.bytes, PART, "H7")).toBe("FFEB9C");
});

it("gives the fixed cells their own look back when the workbook shows which it was", () => {
  expect(again.unmarked).toEqual([{ sheet: SHEET, restored: ["H9", "G16"], stillFilled: [] }]);
  for (const ref of ["H9", "G16"]) expect(cellXf(again.bytes, PART, ref)).toBe(cellXf(original, PART, ref));
});

it("changes nothing more on a first marking than it did", () => {
  expect(first.unmarked).toEqual([]);
  // Marked again with the same findings: byte for byte the same.
  const same = marked(first.bytes, [{ sheet: SHEET, marks: [mark(7, 8, "error", "Помилка: H7"), mark(9, 8, "error", "Помилка: H9"), mark(16, 7, "info", "Порада: G16")] }]);
  expect(diffPackages(first.bytes, same.bytes).changed).toEqual([]);
});

it("knows its notes as LibreOffice saves them: no bold, the line break at the end of the author's line", () => {
  const parts = unpack(first.bytes);
  const comments = text(parts, "xl/comments1.xml");
  setText(parts, "xl/comments1.xml", comments.replace(/<b\/>/g, "").replace(/Pokaznyk:<\/t>/g, "Pokaznyk:&#10;</t>").replace(/(<t xml:space="preserve">)\n/g, "$1"));
  const resaved = marked(pack(parts), [{ sheet: SHEET, marks: [mark(7, 8, "error", "Помилка: H7")] }]);
  expect([...notesOf(resaved.bytes, PART).keys()]).toEqual(["H7"]);
  expect(resaved.unmarked[0].restored).toEqual(["H9", "G16"]);
});

it("keeps a centre's own note, taking only our paragraph off it", () => {
  const rich = richReport();
  const own = notesOf(rich, PART).get("C6");
  const once = marked(rich, [{ sheet: SHEET, marks: [mark(6, 3, "warning", "Попередження: C6")] }]);
  expect(notesOf(once.bytes, PART).get("C6")?.text).toContain("Pokaznyk:");
  const fixed = marked(once.bytes, [{ sheet: SHEET, marks: [mark(7, 8, "error", "Помилка: H7")] }]);
  expect(notesOf(fixed.bytes, PART).get("C6")).toEqual(own);
  // The note stays, so does its box.
  expect(noteBoxes(fixed.bytes, PART).map((b) => b.cell).sort()).toEqual(["C6", "H7"]);
});

it("names the cells it cannot give their own look back: one look used both plain and shaded", () => {
  // The cell's format also exists with a grey fill: which of the two the mark replaced is not known.
  const shaded = withTwinLook(original, cellXf(original, PART, "H9") as string);
  const once = marked(shaded, [{ sheet: SHEET, marks: [mark(9, 8, "error", "Помилка: H9")] }]);
  const fixed = marked(once.bytes, [{ sheet: SHEET, marks: [mark(7, 8, "error", "Помилка: H7")] }]);
  expect(fixed.unmarked).toEqual([{ sheet: SHEET, restored: [], stillFilled: ["H9"] }]);
  expect(cellFill(fixed.bytes, PART, "H9")).toBe("FFC7CE");
  expect(notesOf(fixed.bytes, PART).has("H9")).toBe(false);
});

it("says what came off when a copy sent back with a note written in is marked again", async () => {
  const copy = path.join(temp.dir, "позначений.xlsx");
  writeFileSync(path.join(temp.dir, "звіт.xlsx"), original);
  expect((await runCli(["mark", path.join(temp.dir, "звіт.xlsx"), "-o", copy])).stderr).toBe("");
  // The centre explains H7's shortfall in the note column of our marked copy and sends it back.
  const parts = unpack(readFileSync(copy));
  const sheet = text(parts, PART);
  const h7 = /<c r="H7"([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/.exec(sheet) as RegExpExecArray;
  const style = /\ss="\d+"/.exec(h7[1])?.[0] ?? "";
  setText(parts, PART, sheet.replace(h7[0], `<c r="H7"${style} t="inlineStr"><is><t>кошти надійшли в жовтні</t></is></c>`));
  const back = path.join(temp.dir, "повернений.xlsx");
  writeFileSync(back, pack(parts));
  const run = await runCli(["mark", back, "-o", path.join(temp.dir, "знову.xlsx")]);
  expect(run.stderr).toBe("");
  expect(run.stdout).toContain("    виправлене раніше позначене: позначки знято з H7\n");
  const again = readFileSync(path.join(temp.dir, "знову.xlsx"));
  expect(notesOf(again, PART).has("H7")).toBe(false);
  expect(cellXf(again, PART, "H7")).toBe(cellXf(original, PART, "H7"));
});

/** The workbook with a copy of `xf` that has a grey fill appended to its formats. */
function withTwinLook(bytes: Uint8Array, xf: string): Uint8Array {
  const parts = unpack(bytes);
  let styles = text(parts, "xl/styles.xml");
  const fillId = Number(/<fills count="(\d+)"/.exec(styles)?.[1]);
  styles = styles.replace(/<fills count="\d+"/, `<fills count="${fillId + 1}"`).replace("</fills>", '<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill></fills>');
  const twin = /fillId="\d+"/.test(xf) ? xf.replace(/fillId="\d+"/, `fillId="${fillId}"`) : xf.replace("<xf ", `<xf fillId="${fillId}" `);
  const xfs = Number(/<cellXfs count="(\d+)"/.exec(styles)?.[1]);
  styles = styles.replace(/<cellXfs count="\d+"/, `<cellXfs count="${xfs + 1}"`).replace("</cellXfs>", `${twin}</cellXfs>`);
  setText(parts, "xl/styles.xml", styles);
  return pack(parts);
}
