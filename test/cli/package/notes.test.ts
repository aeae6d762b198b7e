/**
 * Notes added to sheets that already have some, as Excel and other writers leave them: the
 * official's own note kept word for word with ours after it, rich-text notes, VML drawings in
 * another encoding or holding only form controls, shape ids that must stay unique in the workbook.
 */
import { addNotes } from "../../../src/cli/package/notes";
import { shapeIds } from "../../../src/cli/package/vml-shapes";
import { Package } from "../../../src/cli/package/package";
import { nodeCodec } from "../../../src/cli/package/node-codec";
import { noteBoxes, notesOf } from "../marked-workbook";
import { diffPackages, partText } from "./diff";
import { edit, pack, text, unpack } from "./parts";
import { richReportParts } from "./rich-workbook";
import type { Parts } from "./parts";

const FORM = "xl/worksheets/sheet1.xml";
const VML = "xl/drawings/vmlDrawing1.vml";

function withNotes(parts: Parts, notes: { row: number; col: number; text: string }[]): Uint8Array {
  const pkg = Package.open(pack(parts), nodeCodec);
  addNotes(pkg, FORM, notes, "Pokaznyk");
  return pkg.toBytes();
}

describe("a note already on the cell", () => {
  it("keeps the official's note word for word, its author too, and adds ours as a paragraph after it", () => {
    const parts = richReportParts();
    const before = pack(parts);
    const out = withNotes(parts, [{ row: 6, col: 3, text: "Помилка: назва заходу порожня" }]);
    const note = notesOf(out, FORM).get("C6");
    expect(note).toEqual({ author: "Левченко Н. В.", text: "Уточнити назву заходу\n\nPokaznyk:\nПомилка: назва заходу порожня" });
    // No second box for the cell: its own box shows the longer text.
    expect(noteBoxes(out, FORM)).toEqual(noteBoxes(before, FORM));
    expect(diffPackages(before, out).changed).toEqual(["xl/comments1.xml"]);
    expect(partText(out, "xl/comments1.xml")).toContain("<authors><author>Левченко Н. В.</author><author>Pokaznyk</author></authors>");
  });

  it("adds to a note written in rich text after its last run", () => {
    const parts = richReportParts();
    edit(parts, "xl/comments1.xml", '<t xml:space="preserve">Уточнити назву заходу</t>', '<r><rPr><b/></rPr><t>Левченко:</t></r><r><t xml:space="preserve">\nУточнити</t></r>');
    const out = withNotes(parts, [{ row: 6, col: 3, text: "Порада: перевірте" }]);
    expect(notesOf(out, FORM).get("C6")?.text).toBe("Левченко:\nУточнити\n\nPokaznyk:\nПорада: перевірте");
    expect(partText(out, "xl/comments1.xml")).toContain('<r><rPr><b/></rPr><t>Левченко:</t></r><r><t xml:space="preserve">\nУточнити</t></r><r><rPr><b/>');
  });
});

it("keeps note text as typed: markup characters escaped, Excel's _xHHHH_ escapes kept literal, control characters dropped", () => {
  const out = withNotes(richReportParts(), [{ row: 9, col: 4, text: "Помилка: «a<b & c>d» _x0041_ \u0007кінець" }]);
  expect(notesOf(out, FORM).get("D9")?.text).toBe("Pokaznyk:\nПомилка: «a<b & c>d» _x005F_x0041_ кінець");
});

describe("the sheet's VML drawing", () => {
  it("is added to byte for byte, whatever encoding its writer used", () => {
    const parts = richReportParts();
    // A form control's label in windows-1252 (é = 0xE9): not UTF-8, and it must survive as it is.
    const vml = Buffer.from(text(parts, VML), "utf8");
    const at = vml.indexOf("</xml>");
    const control = Buffer.from('<v:shape id="_x0000_s1100" type="#_x0000_t201"><v:textbox>Caf\xe9</v:textbox><x:ClientData ObjectType="Button"><x:Anchor>9, 0, 1, 0, 10, 0, 2, 0</x:Anchor></x:ClientData></v:shape>', "latin1");
    const original = Buffer.concat([vml.subarray(0, at), control, vml.subarray(at)]);
    parts.set(VML, original);
    const out = withNotes(parts, [{ row: 9, col: 4, text: "Помилка: D9" }]);
    const after = Buffer.from(unpack(out).get(VML) as Uint8Array);
    const cut = original.indexOf("</xml>");
    expect(after.subarray(0, cut).equals(original.subarray(0, cut))).toBe(true);
    expect(after.subarray(after.length - (original.length - cut)).equals(original.subarray(cut))).toBe(true);
    // The new box's id comes after the control's.
    expect(noteBoxes(out, FORM).map((b) => [b.cell, b.id])).toEqual([
      ["C6", "_x0000_s1025"],
      ["D9", "_x0000_s1101"],
    ]);
  });

  it("gets the note shape type when it holds only form controls", () => {
    const parts = richReportParts();
    const controls = '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201" path="m,l,21600r21600,l21600,xe"/><v:shape id="_x0000_s1025" type="#_x0000_t201"><x:ClientData ObjectType="Button"><x:Anchor>9, 0, 1, 0, 10, 0, 2, 0</x:Anchor></x:ClientData></v:shape></xml>';
    parts.set(VML, Buffer.from(controls));
    const out = withNotes(parts, [{ row: 9, col: 4, text: "Помилка: D9" }]);
    const vml = partText(out, VML);
    expect(vml).toContain('<v:shapetype id="_x0000_t202"');
    expect(vml.indexOf('id="_x0000_t202"')).toBeLessThan(vml.indexOf('id="_x0000_s1026"'));
  });
});

describe("shape ids", () => {
  it("continue after the drawing's last one, in its own block", () => {
    expect(shapeIds(2, [1], [1025, 1030], new Set([1]))).toEqual({ ids: [1031, 1032], blocks: [1] });
    expect(shapeIds(1, [3], [], new Set([1, 2, 3]))).toEqual({ ids: [3073], blocks: [3] });
  });

  it("take a block no other drawing claims when the drawing's own is full", () => {
    // Block 1 ends at 2047; block 2 belongs to another sheet's drawing, so 3 is taken.
    expect(shapeIds(2, [1], [2047], new Set([1, 2]))).toEqual({ ids: [3073, 3074], blocks: [1, 3] });
    expect(shapeIds(2, [1], [2046], new Set([1]))).toEqual({ ids: [2047, 2049], blocks: [1, 2] });
  });

  it("are unique across the workbook when two sheets get new drawings", () => {
    const parts = richReportParts();
    const pkg = Package.open(pack(parts), nodeCodec);
    addNotes(pkg, "xl/worksheets/sheet2.xml", [{ row: 3, col: 2, text: "Порада: B3" }], "Pokaznyk");
    addNotes(pkg, "xl/worksheets/sheet3.xml", [{ row: 2, col: 2, text: "Порада: B2" }], "Pokaznyk");
    const out = pkg.toBytes();
    const ids = ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"].flatMap((part) => noteBoxes(out, part).map((b) => b.id));
    expect(ids).toEqual(["_x0000_s1025", "_x0000_s2049", "_x0000_s3073"]);
  });
});
