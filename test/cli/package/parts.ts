/**
 * Packages as lists of parts for the patcher's tests: unpacked, edited as text, packed again,
 * and compared part by part (the zip entries' compressed bytes too).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { openZip, rawEntryData, readEntry } from "../../../src/xlsx/zip";
import { writeZip } from "../../../src/cli/package/zip-write";
import { nodeCodec } from "../../../src/cli/package/node-codec";

export type Parts = Map<string, Uint8Array>;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export function unpack(bytes: Uint8Array): Parts {
  const zip = openZip(bytes);
  return new Map(zip.entries.map((e) => [e.name, readEntry(zip, e, nodeCodec.inflate)]));
}

/** Each entry's stored bytes, CRC and sizes: what "copied byte for byte" compares. */
export function rawEntries(bytes: Uint8Array): Map<string, { raw: Buffer; crc: number; compressed: number; size: number; method: number }> {
  const zip = openZip(bytes);
  return new Map(
    zip.entries.map((e) => [e.name, { raw: Buffer.from(rawEntryData(zip, e)), crc: e.crc32, compressed: e.compressedSize, size: e.uncompressedSize, method: e.method }]),
  );
}

/**
 * Each entry's whole local record, as the file holds it: local header (its extra field too),
 * stored bytes and data descriptor, up to the next record.
 */
export function localRecords(bytes: Uint8Array): Map<string, Buffer> {
  const zip = openZip(bytes);
  const starts = zip.entries.map((e) => e.localHeaderOffset).sort((a, b) => a - b);
  const firstCentral = directoryOffset(bytes);
  return new Map(
    zip.entries.map((e) => {
      const next = starts.find((s) => s > e.localHeaderOffset) ?? firstCentral;
      return [e.name, Buffer.from(bytes.subarray(e.localHeaderOffset, next))];
    }),
  );
}

function directoryOffset(bytes: Uint8Array): number {
  const view = Buffer.from(bytes);
  const end = view.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  return view.readUInt32LE(end + 16);
}

export function pack(parts: Parts): Uint8Array {
  const when = new Date(2024, 4, 6, 9, 30, 0);
  return writeZip(new Uint8Array(0), [...parts].map(([name, data]) => ({ kind: "data" as const, name, data })), nodeCodec.deflate, new Uint8Array(0), when);
}

export function text(parts: Parts, name: string): string {
  const data = parts.get(name);
  if (!data) throw new Error(`no part ${name}`);
  return decoder.decode(data);
}

export function setText(parts: Parts, name: string, value: string): void {
  parts.set(name, encoder.encode(value));
}

/** Replaces the one occurrence of `find` in a part (fails loudly when it is not there exactly once). */
export function edit(parts: Parts, name: string, find: string, replace: string): void {
  const body = text(parts, name);
  const at = body.indexOf(find);
  if (at < 0 || body.indexOf(find, at + 1) >= 0) throw new Error(`${name}: "${find}" is not there exactly once`);
  setText(parts, name, body.slice(0, at) + replace + body.slice(at + find.length));
}

export function addOverride(parts: Parts, part: string, type: string): void {
  edit(parts, "[Content_Types].xml", "</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
}

export function addRel(parts: Parts, relsPart: string, id: string, type: string, target: string): void {
  if (!parts.has(relsPart)) setText(parts, relsPart, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`);
  edit(parts, relsPart, "</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`);
}

export const fixtureFile = (name: string): string => path.resolve(__dirname, "../../../../shared/fixtures", name);

export function fixtureParts(name: string): Parts {
  return unpack(readFileSync(fixtureFile(name)));
}

export const decode = (data: Uint8Array): string => decoder.decode(data);
