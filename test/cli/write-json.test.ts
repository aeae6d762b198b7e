/**
 * writeJson streams the --json document in pieces; the text must be byte for byte what
 * JSON.stringify(value, null, 2) gives (then escaped), whatever shapes the document takes.
 */
import fc from "fast-check";
import { writeJson } from "../../src/cli/terminal-text";

function written(value: unknown): string {
  let out = "";
  writeJson({ write: (text: string) => (out += text) }, value);
  return out;
}

const stringified = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

it("writes what JSON.stringify writes, for nested documents of every kind of value", () => {
  const leaf = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.date({ noInvalidDate: true }));
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("tree")), fc.dictionary(fc.string(), tie("tree"))),
  }));
  fc.assert(fc.property(fc.dictionary(fc.string(), tree), (doc) => expect(written(doc)).toBe(stringified(doc))));
});

it("writes a large document in pieces, the same text as one string", () => {
  const rows = Array.from({ length: 20_000 }, (_, i) => ({ row: i, measure: `Захід ${i}\nрядок`, skipped: undefined, values: [i, null, { q: [] }] }));
  const doc = { files: [{ file: "a.xlsx", sheets: [{ sheet: "Звіт", findings: [], rows, empty: {} }] }] };
  const pieces: string[] = [];
  writeJson({ write: (text: string) => pieces.push(text) }, doc);
  expect(pieces.length).toBeGreaterThan(10);
  expect(pieces.join("")).toBe(stringified(doc));
});

it("escapes the characters JSON.stringify leaves raw", () => {
  expect(written({ text: "a\u202eb\u0085" })).toBe('{\n  "text": "a\\u202eb\\u0085"\n}\n');
});

it("escapes each character JSON.stringify leaves raw, and no other", () => {
  const unsafe = /[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
  const every = Array.from({ length: 0x3000 - 0x20 }, (_, k) => String.fromCharCode(0x20 + k)).join("");
  const expected = JSON.stringify(every).replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  expect(written(every)).toBe(`${expected}\n`);
});
