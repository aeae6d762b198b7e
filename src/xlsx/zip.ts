/**
 * The zip container of an .xlsx, read from its central directory (never by scanning local
 * headers, which a crafted file can make disagree with it). Every part read is bounded before
 * it is inflated (declared size and ratio against the limits, the declared size passed to the
 * injected inflate as its output cap, so a lying header cannot blow up memory) and checked
 * after (size and CRC-32). Entries keep their header fields and raw compressed bytes, so a
 * package writer can copy unchanged parts byte for byte.
 */
import { crc32 } from "./crc32";
import { fail } from "./problem";

/**
 * Raw-deflate decompression, injected so this module stays free of Node: the CLI passes
 * `(d, max) => zlib.inflateRawSync(d, { maxOutputLength: max })`. It must not return more than
 * `maxOutputLength` bytes (throwing is fine); the reader never asks for less than 1.
 */
export type Inflate = (compressed: Uint8Array, maxOutputLength: number) => Uint8Array;

export interface ZipLimits {
  /** Largest inflated size of one part, in bytes. */
  maxPartBytes: number;
  /** Largest inflated size of all parts read from one package, in bytes. */
  maxTotalBytes: number;
  /** Largest inflated ÷ compressed size of a part bigger than `ratioFloorBytes`. */
  maxRatio: number;
  /** Parts up to this inflated size are never refused for their ratio (small XML compresses well). */
  ratioFloorBytes: number;
}

const MiB = 1024 * 1024;
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxPartBytes: 256 * MiB,
  maxTotalBytes: 1024 * MiB,
  maxRatio: 200,
  ratioFloorBytes: 1 * MiB,
};

/** One entry of the central directory, with the fields a writer needs to copy it unchanged. */
export interface ZipEntry {
  /** The name as the package means it: backslashes made slashes, no leading slash. */
  name: string;
  /** The name's bytes exactly as stored. */
  rawName: Uint8Array;
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  /** 0 stored, 8 deflate; anything else is refused when read. */
  method: number;
  modTime: number;
  modDate: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  internalAttributes: number;
  externalAttributes: number;
  localHeaderOffset: number;
  /** The central directory's extra field and comment, raw. */
  extra: Uint8Array;
  comment: Uint8Array;
}

export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
  /** True when the directory was found through a zip64 end record. */
  zip64: boolean;
  comment: Uint8Array;
  /** Inflated bytes handed out so far, against `maxTotalBytes`. */
  inflatedTotal: number;
  byKey: Map<string, ZipEntry>;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;

const utf8 = new TextDecoder("utf-8");

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** Little-endian 64-bit as a number; beyond 2^53 it is no size a real file has. */
function u64(b: Uint8Array, at: number): number {
  const high = u32(b, at + 4);
  if (high >= 0x200000) fail("corrupt", "zip64 size or offset out of range");
  return high * 0x100000000 + u32(b, at);
}

/** Reads the directory. Throws XlsxError("corrupt") when there is none or it does not fit the bytes. */
export function openZip(bytes: Uint8Array): ZipArchive {
  const end = findEnd(bytes);
  let count = u16(bytes, end + 10);
  let size = u32(bytes, end + 12);
  let offset = u32(bytes, end + 16);
  const comment = bytes.subarray(end + 22, Math.min(bytes.length, end + 22 + u16(bytes, end + 20)));
  let zip64 = false;
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator >= 0 && u32(bytes, locator) === SIG_LOCATOR64) {
      const at = u64(bytes, locator + 8);
      if (at + 56 > bytes.length || u32(bytes, at) !== SIG_END64) fail("corrupt", "zip64 end of central directory not found");
      count = u64(bytes, at + 32);
      size = u64(bytes, at + 40);
      offset = u64(bytes, at + 48);
      zip64 = true;
    }
  }
  if (offset + size > bytes.length) fail("corrupt", "the zip directory lies beyond the end of the file (truncated?)");
  // Each central record takes at least 46 bytes: a count beyond that is a lie, not a reason to loop.
  if (count * 46 > size) fail("corrupt", "the zip directory is shorter than its entry count");
  const entries: ZipEntry[] = [];
  const byKey = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > offset + size || u32(bytes, at) !== SIG_CENTRAL) fail("corrupt", `zip directory entry ${i + 1} is damaged`);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > offset + size) fail("corrupt", `zip directory entry ${i + 1} runs past the directory`);
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    const entry: ZipEntry = {
      name: normaliseName(utf8.decode(rawName)),
      rawName,
      versionMadeBy: u16(bytes, at + 4),
      versionNeeded: u16(bytes, at + 6),
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      modTime: u16(bytes, at + 12),
      modDate: u16(bytes, at + 14),
      crc32: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      internalAttributes: u16(bytes, at + 36),
      externalAttributes: u32(bytes, at + 38),
      localHeaderOffset: u32(bytes, at + 42),
      extra,
      comment: bytes.subarray(at + 46 + nameLength + extraLength, next),
    };
    applyZip64Extra(entry);
    const key = partKey(entry.name);
    // OPC part names are case-insensitive and unique; two readers could pick different twins.
    if (byKey.has(key)) fail("corrupt", `two zip entries named ${entry.name}`);
    byKey.set(key, entry);
    entries.push(entry);
    at = next;
  }
  return { bytes, entries, zip64, comment, inflatedTotal: 0, byKey };
}

/** The end-of-central-directory record: the last one whose fields fit the file. */
function findEnd(bytes: Uint8Array): number {
  const last = bytes.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (bytes[at] !== 0x50 || u32(bytes, at) !== SIG_END) continue;
    if (at + 22 + u16(bytes, at + 20) <= bytes.length) return at;
  }
  return fail("corrupt", "no zip directory found (the file is truncated or not a zip)");
}

/** Zip64 extended information (extra field 0x0001): the 64-bit values of fields that read 0xFFFFFFFF. */
function applyZip64Extra(entry: ZipEntry): void {
  const needs = entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff;
  if (!needs) return;
  const e = entry.extra;
  for (let at = 0; at + 4 <= e.length; ) {
    const id = u16(e, at);
    const length = u16(e, at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const take = (): number => {
        if (p + 8 > at + 4 + length) fail("corrupt", `zip64 extra field of ${entry.name} is too short`);
        const value = u64(e, p);
        p += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take();
      return;
    }
    at += 4 + length;
  }
  fail("corrupt", `${entry.name} needs zip64 sizes but has none`);
}

/** Backslashes (some Windows tools) to slashes; no leading slash. */
export function normaliseName(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "");
}

/** How names are compared: OPC part names are case-insensitive, and may be percent-encoded in rels. */
export function partKey(name: string): string {
  let plain = normaliseName(name);
  if (plain.includes("%")) {
    try {
      plain = decodeURIComponent(plain);
    } catch {
      // A literal '%' that is no escape: keep the name as it is.
    }
  }
  return plain.toLowerCase();
}

/** The entry for a part name, ignoring case, backslashes, a leading slash and percent-encoding. */
export function findEntry(zip: ZipArchive, name: string): ZipEntry | undefined {
  return zip.byKey.get(partKey(name));
}

/** The entry's data exactly as stored (compressed for method 8), located through its local header. */
export function rawEntryData(zip: ZipArchive, entry: ZipEntry): Uint8Array {
  const { bytes } = zip;
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== SIG_LOCAL) fail("corrupt", `local header of ${entry.name} not found`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const stop = start + entry.compressedSize;
  if (stop > bytes.length) fail("corrupt", `${entry.name} runs past the end of the file (truncated?)`);
  return bytes.subarray(start, stop);
}

/** Refuses, before any inflating, what the directory already shows to be unreadable or too big. */
export function checkBeforeInflating(zip: ZipArchive, entry: ZipEntry, limits: ZipLimits): void {
  if (entry.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) fail("unsupported", `${entry.name} is encrypted in the zip`);
  if (entry.method !== 0 && entry.method !== 8) fail("unsupported", `${entry.name} uses zip compression method ${entry.method}`);
  const size = entry.uncompressedSize;
  if (size > limits.maxPartBytes) fail("too-large", `${entry.name} would inflate to ${mib(size)}, over the ${mib(limits.maxPartBytes)} limit`);
  if (size > limits.ratioFloorBytes && size > entry.compressedSize * limits.maxRatio) {
    const ratio = entry.compressedSize > 0 ? Math.round(size / entry.compressedSize) : Infinity;
    fail("too-large", `${entry.name} would inflate ${ratio}:1 to ${mib(size)} (a zip bomb?)`);
  }
  if (zip.inflatedTotal + size > limits.maxTotalBytes) fail("too-large", `the parts read would inflate to over ${mib(limits.maxTotalBytes)}`);
  if (entry.method === 0 && entry.compressedSize !== size) fail("corrupt", `${entry.name}: stored sizes disagree`);
}

/** Size and CRC-32 of inflated data against the directory; counts it against the total. */
/**
 * The part's size and CRC-32 checked. `checksum` is the CRC-32 function: this module's own by
 * default; the CLI passes node:zlib's native one (~200 ms less on a 40 MB package).
 */
export function checkAfterInflating(zip: ZipArchive, entry: ZipEntry, data: Uint8Array, checksum: (data: Uint8Array) => number = crc32): Uint8Array {
  if (data.length !== entry.uncompressedSize) {
    fail("corrupt", `${entry.name} inflates to ${data.length} bytes, not the ${entry.uncompressedSize} its header says`);
  }
  if (checksum(data) !== entry.crc32) fail("crc", `${entry.name} does not match its CRC-32 checksum`);
  zip.inflatedTotal += data.length;
  return data;
}

/** A part's bytes, bounded and verified; throws XlsxError on any problem. */
export function readEntry(zip: ZipArchive, entry: ZipEntry, inflate: Inflate, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Uint8Array {
  checkBeforeInflating(zip, entry, limits);
  const raw = rawEntryData(zip, entry);
  return checkAfterInflating(zip, entry, entry.method === 0 ? raw : inflateEntry(entry, raw, inflate));
}

/** Runs the injected inflate with the declared size as its cap; any failure is a corrupt part. */
export function inflateEntry(entry: ZipEntry, raw: Uint8Array, inflate: Inflate): Uint8Array {
  if (entry.uncompressedSize === 0) return new Uint8Array(0);
  try {
    return inflate(raw, entry.uncompressedSize);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return fail("corrupt", `cannot inflate ${entry.name}: ${message}`);
  }
}

function mib(bytes: number): string {
  return bytes >= MiB ? `${Math.round(bytes / MiB)} MiB` : `${bytes} bytes`;
}
