/** Entry names from a zip's central directory: what input-file.ts decides a file's kind by. */
import path from "node:path";
import { readFileSync } from "node:fs";
import { zipEntryNames } from "../../src/cli/zip-directory";
import { storedZip } from "../helpers/zip";

const FIXTURE = path.resolve(__dirname, "../../../shared/fixtures/plan-2022-public.xlsx");

it("lists a workbook's parts", () => {
  expect(zipEntryNames(readFileSync(FIXTURE))).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml"]));
});

it("reads UTF-8 names and survives a trailing comment", () => {
  const zip = storedZip({ "word/document.xml": "<w/>", "Звіт.txt": "так" });
  expect(zipEntryNames(zip)).toEqual(["word/document.xml", "Звіт.txt"]);
  const commented = Buffer.concat([zip, Buffer.from("коментар")]);
  commented.writeUInt16LE(Buffer.byteLength("коментар"), zip.length - 2);
  expect(zipEntryNames(commented)).toEqual(["word/document.xml", "Звіт.txt"]);
});

it.each([
  ["nothing", Buffer.alloc(0)],
  ["a signature and garbage", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300, 0x5a)])],
  ["half a workbook", readFileSync(FIXTURE).subarray(0, 4000)],
  ["a directory pointing past its end", (() => { const z = storedZip({ "a.txt": "a" }); z.writeUInt32LE(0xfffff, z.length - 6); return z; })()],
])("gives null for %s, leaving the decision to the unpacker", (_name, bytes) => {
  expect(zipEntryNames(bytes)).toBeNull();
});
