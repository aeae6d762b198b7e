/**
 * Stand-in for the reader's src/xlsx/zip.ts (branch `reader`) while it is not merged: the central
 * directory and CRC-checked part bytes, with the same names, so switching is an import change.
 */
import { crc32 } from "./crc32";
import type { SourceEntry } from "./zip-write";

export type Inflate = (compressed: Uint8Array, maxOutputLength: number) => Uint8Array;

export interface ZipArchive {
  bytes: Uint8Array;
  entries: SourceEntry[];
  comment: Uint8Array;
}

export class ZipReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipReadError";
  }
}

const MAX_PART = 256 * 1024 * 1024;
const utf8 = new TextDecoder("utf-8");

export function openZip(bytes: Uint8Array): ZipArchive {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === 0x06054b50 && at + 22 + u16(bytes, at + 20) <= bytes.length) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipReadError("no zip directory found");
  const count = u16(bytes, end + 10);
  const size = u32(bytes, end + 12);
  const offset = u32(bytes, end + 16);
  if (offset + size > bytes.length || count * 46 > size) throw new ZipReadError("the zip directory does not fit the file");
  const entries: SourceEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== 0x02014b50) throw new ZipReadError(`zip directory entry ${i + 1} is damaged`);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    entries.push({
      name: utf8.decode(rawName).replace(/\\/g, "/").replace(/^\/+/, ""),
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
      extra: bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength),
      comment: bytes.subarray(at + 46 + nameLength + extraLength, at + 46 + nameLength + extraLength + commentLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { bytes, entries, comment: bytes.subarray(end + 22, end + 22 + u16(bytes, end + 20)) };
}

export function rawEntryData(zip: ZipArchive, entry: SourceEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (u32(zip.bytes, at) !== 0x04034b50) throw new ZipReadError(`local header of ${entry.name} not found`);
  const start = at + 30 + u16(zip.bytes, at + 26) + u16(zip.bytes, at + 28);
  if (start + entry.compressedSize > zip.bytes.length) throw new ZipReadError(`${entry.name} runs past the end of the file`);
  return zip.bytes.subarray(start, start + entry.compressedSize);
}

export function readEntry(zip: ZipArchive, entry: SourceEntry, inflate: Inflate): Uint8Array {
  if (entry.flags & 0x41) throw new ZipReadError(`${entry.name} is encrypted in the zip`);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipReadError(`${entry.name} uses zip compression method ${entry.method}`);
  if (entry.uncompressedSize > MAX_PART) throw new ZipReadError(`${entry.name} is too large`);
  const raw = rawEntryData(zip, entry);
  const data = entry.method === 0 ? raw : entry.uncompressedSize === 0 ? new Uint8Array(0) : inflate(raw, entry.uncompressedSize);
  if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc32) throw new ZipReadError(`${entry.name} does not match its CRC-32 checksum`);
  return data;
}

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}
