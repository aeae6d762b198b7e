/**
 * Writes a package back as a zip. An entry the patch did not change is copied as it lay in the
 * source: its local header, compressed bytes and data descriptor byte for byte, and its central
 * record field for field (only the offset of its local header can move). Changed and new parts
 * are deflated afresh. The archive comment is kept.
 */
import { crc32 } from "../../xlsx/crc32";
import type { ZipEntry } from "../../xlsx/zip";

/** The central-directory fields of an entry (as src/xlsx/zip.ts reads them). */
export type SourceEntry = Pick<
  ZipEntry,
  | "name" | "rawName" | "versionMadeBy" | "versionNeeded" | "flags" | "method" | "modTime" | "modDate" | "crc32"
  | "compressedSize" | "uncompressedSize" | "internalAttributes" | "externalAttributes" | "localHeaderOffset" | "extra" | "comment"
>;

export type Deflate = (data: Uint8Array) => Uint8Array;

/** What goes into the new zip, in order: a source entry as it was, or a part's new bytes. */
export type OutputEntry =
  | { kind: "copy"; entry: SourceEntry }
  /** `like`: the source entry this part replaces (its time, attributes, name bytes and flags are kept). */
  | { kind: "data"; name: string; data: Uint8Array; like?: SourceEntry };

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_DESCRIPTOR = 0x08074b50;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const ZIP64_EXTRA = 0x0001;
const U32_MAX = 0xffffffff;

export class ZipWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipWriteError";
  }
}

interface Written {
  entry: SourceEntry;
  offset: number;
}

export function writeZip(source: Uint8Array, entries: OutputEntry[], deflate: Deflate, comment: Uint8Array = new Uint8Array(0), now: Date = new Date()): Uint8Array {
  const chunks: Uint8Array[] = [];
  const written: Written[] = [];
  let offset = 0;
  const push = (chunk: Uint8Array) => {
    chunks.push(chunk);
    offset += chunk.length;
  };
  for (const out of entries) {
    const at = offset;
    if (out.kind === "copy") {
      push(localRecord(source, out.entry));
      written.push({ entry: out.entry, offset: at });
      continue;
    }
    const entry = newEntry(out.name, out.data, out.like, now);
    const compressed = entry.method === 8 ? deflate(out.data) : out.data;
    entry.compressedSize = compressed.length;
    push(localHeader(entry));
    push(compressed);
    written.push({ entry, offset: at });
  }
  const directoryStart = offset;
  for (const { entry, offset: at } of written) push(centralRecord(entry, at));
  const directorySize = offset - directoryStart;
  if (written.length > 0xffff || offset > U32_MAX) throw new ZipWriteError("the package is too large for a plain zip (zip64 is not written)");
  push(endRecord(written.length, directorySize, directoryStart, comment));
  return concat(chunks, offset);
}

/** The source's local header, data and data descriptor, exactly as stored. */
function localRecord(source: Uint8Array, entry: SourceEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + 30 > source.length || u32(source, at) !== SIG_LOCAL) throw new ZipWriteError(`local header of ${entry.name} not found`);
  const dataStart = at + 30 + u16(source, at + 26) + u16(source, at + 28);
  let end = dataStart + entry.compressedSize;
  if (entry.flags & FLAG_DESCRIPTOR) {
    const signed = end + 4 <= source.length && u32(source, end) === SIG_DESCRIPTOR;
    end += (signed ? 4 : 0) + 12;
  }
  if (end > source.length) throw new ZipWriteError(`${entry.name} runs past the end of the file`);
  if (hasZip64(entry) || withoutZip64(entry.extra).length !== entry.extra.length) throw new ZipWriteError(`${entry.name} has zip64 sizes (not written)`);
  return source.subarray(at, end);
}

function hasZip64(entry: SourceEntry): boolean {
  return entry.compressedSize >= U32_MAX || entry.uncompressedSize >= U32_MAX || entry.localHeaderOffset >= U32_MAX;
}

const encoder = new TextEncoder();

function newEntry(name: string, data: Uint8Array, like: SourceEntry | undefined, now: Date): SourceEntry {
  const rawName = like && like.name === name ? like.rawName : encoder.encode(name);
  const utf8 = /[^\x00-\x7f]/.test(name) ? FLAG_UTF8 : 0;
  const { time, date } = like ? { time: like.modTime, date: like.modDate } : dosTime(now);
  return {
    name,
    rawName,
    versionMadeBy: like?.versionMadeBy ?? 20,
    versionNeeded: 20,
    flags: ((like?.flags ?? 0) & FLAG_UTF8) | utf8,
    method: 8,
    modTime: time,
    modDate: date,
    crc32: crc32(data),
    compressedSize: 0,
    uncompressedSize: data.length,
    internalAttributes: like?.internalAttributes ?? 0,
    externalAttributes: like?.externalAttributes ?? 0,
    localHeaderOffset: 0,
    extra: withoutZip64(like?.extra ?? new Uint8Array(0)),
    comment: like?.comment ?? new Uint8Array(0),
  };
}

/** An extra field with its zip64 record (sizes that no longer hold) taken out. */
function withoutZip64(extra: Uint8Array): Uint8Array {
  const kept: Uint8Array[] = [];
  for (let at = 0; at + 4 <= extra.length; ) {
    const length = u16(extra, at + 2);
    if (u16(extra, at) !== ZIP64_EXTRA) kept.push(extra.subarray(at, Math.min(extra.length, at + 4 + length)));
    at += 4 + length;
  }
  return concat(kept, kept.reduce((n, k) => n + k.length, 0));
}

function localHeader(entry: SourceEntry): Uint8Array {
  const out = new Uint8Array(30 + entry.rawName.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, SIG_LOCAL, true);
  view.setUint16(4, entry.versionNeeded, true);
  view.setUint16(6, entry.flags, true);
  view.setUint16(8, entry.method, true);
  view.setUint16(10, entry.modTime, true);
  view.setUint16(12, entry.modDate, true);
  view.setUint32(14, entry.crc32, true);
  view.setUint32(18, entry.compressedSize, true);
  view.setUint32(22, entry.uncompressedSize, true);
  view.setUint16(26, entry.rawName.length, true);
  view.setUint16(28, 0, true);
  out.set(entry.rawName, 30);
  return out;
}

function centralRecord(entry: SourceEntry, offset: number): Uint8Array {
  const out = new Uint8Array(46 + entry.rawName.length + entry.extra.length + entry.comment.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, SIG_CENTRAL, true);
  view.setUint16(4, entry.versionMadeBy, true);
  view.setUint16(6, entry.versionNeeded, true);
  view.setUint16(8, entry.flags, true);
  view.setUint16(10, entry.method, true);
  view.setUint16(12, entry.modTime, true);
  view.setUint16(14, entry.modDate, true);
  view.setUint32(16, entry.crc32, true);
  view.setUint32(20, entry.compressedSize, true);
  view.setUint32(24, entry.uncompressedSize, true);
  view.setUint16(28, entry.rawName.length, true);
  view.setUint16(30, entry.extra.length, true);
  view.setUint16(32, entry.comment.length, true);
  view.setUint16(34, 0, true);
  view.setUint16(36, entry.internalAttributes, true);
  view.setUint32(38, entry.externalAttributes, true);
  view.setUint32(42, offset, true);
  out.set(entry.rawName, 46);
  out.set(entry.extra, 46 + entry.rawName.length);
  out.set(entry.comment, 46 + entry.rawName.length + entry.extra.length);
  return out;
}

function endRecord(count: number, size: number, offset: number, comment: Uint8Array): Uint8Array {
  const out = new Uint8Array(22 + comment.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, SIG_END, true);
  view.setUint16(8, count, true);
  view.setUint16(10, count, true);
  view.setUint32(12, size, true);
  view.setUint32(16, offset, true);
  view.setUint16(20, comment.length, true);
  out.set(comment, 22);
  return out;
}

/** MS-DOS date and time fields (local time, 2-second steps), as zip tools write them. */
function dosTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
