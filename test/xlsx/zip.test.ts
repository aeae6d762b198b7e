import { deflateRawSync } from "node:zlib";
import { crc32 } from "../../src/xlsx/crc32";
import { XlsxError } from "../../src/xlsx/problem";
import type { XlsxProblem } from "../../src/xlsx/problem";
import { DEFAULT_ZIP_LIMITS, findEntry, openZip, rawEntryData, readEntry } from "../../src/xlsx/zip";
import type { Inflate } from "../../src/xlsx/zip";
import { nodeInflate, zipOf } from "./zip-writer";

function problemOf(action: () => unknown): XlsxProblem {
  try {
    action();
  } catch (err) {
    if (err instanceof XlsxError) return err.problem;
    throw err;
  }
  throw new Error("expected a problem");
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");

describe("crc32", () => {
  it("gives the standard check values", () => {
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(crc32(Buffer.from("The quick brown fox jumps over the lazy dog"))).toBe(0x414fa339);
  });

  it("agrees byte-at-a-time and sliced, at every length and when continued", () => {
    const data = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 7919) & 0xff));
    const slow = (bytes: Uint8Array) => {
      let c = 0xffffffff;
      for (const b of bytes) {
        c ^= b;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      }
      return ~c >>> 0;
    };
    for (let n = 0; n < 40; n++) expect(crc32(data.subarray(0, n))).toBe(slow(data.subarray(0, n)));
    expect(crc32(data)).toBe(slow(data));
    expect(crc32(data.subarray(100), crc32(data.subarray(0, 100)))).toBe(crc32(data));
  });
});

describe("zip: reading entries", () => {
  it("reads stored and deflated entries, ignoring case, backslashes and a leading slash", () => {
    const zip = openZip(zipOf([
      { name: "xl\\Workbook.XML", data: "<workbook/>", method: 0 },
      { name: "/xl/worksheets/sheet1.xml", data: "<worksheet/>".repeat(100) },
    ]));
    expect(zip.entries.map((e) => e.name)).toEqual(["xl/Workbook.XML", "xl/worksheets/sheet1.xml"]);
    expect(text(readEntry(zip, findEntry(zip, "xl/workbook.xml")!, nodeInflate))).toBe("<workbook/>");
    expect(text(readEntry(zip, findEntry(zip, "XL/WORKSHEETS/SHEET1.XML")!, nodeInflate))).toBe("<worksheet/>".repeat(100));
    expect(findEntry(zip, "/xl/worksheets/sheet%31.xml")?.name).toBe("xl/worksheets/sheet1.xml");
  });

  it("gives the raw compressed bytes and header fields for copying an entry unchanged", () => {
    const body = "<sst/>".repeat(50);
    const zip = openZip(zipOf([{ name: "xl/sharedStrings.xml", data: body }]));
    const entry = zip.entries[0];
    expect(Buffer.from(rawEntryData(zip, entry))).toEqual(deflateRawSync(Buffer.from(body)));
    expect(entry).toMatchObject({ method: 8, crc32: crc32(Buffer.from(body)), uncompressedSize: body.length, localHeaderOffset: 0 });
  });

  it("reads a zip64 archive (end record, locator and extra fields)", () => {
    const zip = openZip(zipOf([{ name: "a.xml", data: "<a/>" }, { name: "b.xml", data: "<b/>", method: 0 }], { zip64: true }));
    expect(zip.zip64).toBe(true);
    expect(zip.entries.map((e) => text(readEntry(zip, e, nodeInflate)))).toEqual(["<a/>", "<b/>"]);
  });

  it("refuses a stored entry with one digit changed: the CRC no longer matches", () => {
    const good = zipOf([{ name: "xl/worksheets/sheet1.xml", data: '<c r="A1"><v>12</v></c>', method: 0 }]);
    const tampered = Uint8Array.from(good);
    tampered[Buffer.from(good).indexOf("<v>12</v>") + 4] = "9".charCodeAt(0);
    const zip = openZip(tampered);
    expect(problemOf(() => readEntry(zip, zip.entries[0], nodeInflate))).toEqual({ kind: "crc", detail: "xl/worksheets/sheet1.xml does not match its CRC-32 checksum" });
    expect(text(readEntry(openZip(good), openZip(good).entries[0], nodeInflate))).toBe('<c r="A1"><v>12</v></c>');
  });

  it("refuses encrypted entries and unknown compression methods", () => {
    expect(problemOf(() => { const z = openZip(zipOf([{ name: "a.xml", data: "x", flags: 1 }])); readEntry(z, z.entries[0], nodeInflate); }).kind).toBe("unsupported");
    const deflate64 = openZip(zipOf([{ name: "a.xml", data: "x", method: 9, rawData: new Uint8Array([1, 2, 3]) }]));
    expect(problemOf(() => readEntry(deflate64, deflate64.entries[0], nodeInflate))).toEqual({ kind: "unsupported", detail: "a.xml uses zip compression method 9" });
  });

  it("refuses two entries with the same name in different case", () => {
    expect(problemOf(() => openZip(zipOf([{ name: "xl/workbook.xml", data: "a" }, { name: "XL/Workbook.xml", data: "b" }]))).kind).toBe("corrupt");
  });

  it("refuses truncated and damaged archives with a reason", () => {
    const varied = Array.from({ length: 400 }, (_, i) => `<c r="A${i}"><v>${(i * 7919) % 1000}</v></c>`).join("");
    const good = zipOf([{ name: "a.xml", data: varied }]);
    expect(problemOf(() => openZip(good.subarray(0, good.length - 10))).kind).toBe("corrupt");
    expect(problemOf(() => openZip(good.subarray(0, 40))).detail).toMatch(/no zip directory/);
    const garbled = Uint8Array.from(good);
    garbled.fill(0, 200, 220); // inside the deflated data
    const zip = openZip(garbled);
    expect(["corrupt", "crc"]).toContain(problemOf(() => readEntry(zip, zip.entries[0], nodeInflate)).kind);
  });
});

describe("zip: bombs", () => {
  const MiB = 1024 * 1024;

  it("refuses a part whose declared size is over the limit without inflating anything", () => {
    let calls = 0;
    const counting: Inflate = (d, max) => {
      calls++;
      return nodeInflate(d, max);
    };
    // 3 GB of spaces declared; the data itself is never looked at.
    const zip = openZip(zipOf([{ name: "xl/worksheets/sheet1.xml", data: " ", declaredSize: 3_000_000_000 }]));
    expect(problemOf(() => readEntry(zip, zip.entries[0], counting))).toEqual({ kind: "too-large", detail: "xl/worksheets/sheet1.xml would inflate to 2861 MiB, over the 256 MiB limit" });
    expect(calls).toBe(0);
  });

  it("refuses a part that compresses over 200:1 before inflating it", () => {
    const bomb = Buffer.alloc(16 * MiB, 0x20);
    let calls = 0;
    const zip = openZip(zipOf([{ name: "xl/worksheets/sheet1.xml", data: bomb }]));
    expect(zip.entries[0].compressedSize).toBeLessThan(40 * 1024);
    const problem = problemOf(() => readEntry(zip, zip.entries[0], (d, max) => (calls++, nodeInflate(d, max))));
    expect(problem.kind).toBe("too-large");
    expect(problem.detail).toMatch(/would inflate \d+:1 to 16 MiB \(a zip bomb\?\)/);
    expect(calls).toBe(0);
    // Small parts compress well too and are never refused for it.
    const small = openZip(zipOf([{ name: "a.xml", data: Buffer.alloc(MiB, 0x20) }]));
    expect(readEntry(small, small.entries[0], nodeInflate).length).toBe(MiB);
  });

  it("stops a lying header at its declared size: inflate is capped, so memory never follows the bomb", () => {
    const bomb = Buffer.alloc(16 * MiB, 0x20);
    const caps: number[] = [];
    let produced = 0;
    const zip = openZip(zipOf([{ name: "xl/worksheets/sheet1.xml", data: bomb, declaredSize: 1000 }]));
    const problem = problemOf(() =>
      readEntry(zip, zip.entries[0], (d, max) => {
        caps.push(max);
        try {
          return nodeInflate(d, max);
        } catch (err) {
          produced = max;
          throw err;
        }
      }),
    );
    expect(caps).toEqual([1000]);
    expect(produced).toBe(1000);
    expect(problem.kind).toBe("corrupt");
    expect(problem.detail).toMatch(/^cannot inflate xl\/worksheets\/sheet1\.xml: /);
  });

  it("bounds the total of all parts read", () => {
    const zip = openZip(zipOf([{ name: "a.xml", data: "a".repeat(600) }, { name: "b.xml", data: "b".repeat(600) }]));
    const limits = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 1000 };
    readEntry(zip, zip.entries[0], nodeInflate, limits);
    expect(problemOf(() => readEntry(zip, zip.entries[1], nodeInflate, limits)).kind).toBe("too-large");
  });

});
