/** Writes zip archives byte by byte (lying headers included) for the reader's tests, and inflates with node:zlib. */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { crc32 } from "../../src/xlsx/crc32";

/** What the CLI will pass: node's inflate, capped at the size the zip directory declares. */
export const nodeInflate = (data: Uint8Array, max: number): Uint8Array => inflateRawSync(data, { maxOutputLength: max });

export interface ZipItem {
  name: string;
  data: string | Uint8Array;
  /** 0 stored, 8 deflated (default). */
  method?: number;
  flags?: number;
  /** Overrides for lying headers. */
  crc?: number;
  declaredSize?: number;
  /** Stored bytes to write instead of the real (compressed) data. */
  rawData?: Uint8Array;
}

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const u64 = (n: number) => [...u32(n % 0x100000000), ...u32(Math.floor(n / 0x100000000))];

/** A zip archive; with `zip64`, the end records and every entry use the zip64 forms. */
export function zipOf(items: ZipItem[], options: { zip64?: boolean } = {}): Uint8Array {
  const chunks: number[][] = [];
  const central: number[][] = [];
  let offset = 0;
  const push = (bytes: number[] | Uint8Array) => {
    chunks.push(Array.from(bytes));
    offset += bytes.length;
  };
  for (const item of items) {
    const data = typeof item.data === "string" ? Buffer.from(item.data, "utf8") : Buffer.from(item.data);
    const method = item.method ?? 8;
    const stored = item.rawData ?? (method === 8 ? deflateRawSync(data) : data);
    const name = Buffer.from(item.name, "utf8");
    const crc = item.crc ?? crc32(data);
    const size = item.declaredSize ?? data.length;
    const flags = (item.flags ?? 0) | 0x0800;
    const here = offset;
    const z = options.zip64;
    const extra = z ? [...u16(1), ...u16(24), ...u64(size), ...u64(stored.length), ...u64(here)] : [];
    push([...u32(0x04034b50), ...u16(z ? 45 : 20), ...u16(flags), ...u16(method), ...u16(0), ...u16(0x21), ...u32(crc),
      ...u32(z ? 0xffffffff : stored.length), ...u32(z ? 0xffffffff : size), ...u16(name.length), ...u16(z ? 20 : 0), ...name,
      ...(z ? [...u16(1), ...u16(16), ...u64(size), ...u64(stored.length)] : [])]);
    push(stored);
    central.push([...u32(0x02014b50), ...u16(z ? 45 : 20), ...u16(z ? 45 : 20), ...u16(flags), ...u16(method), ...u16(0), ...u16(0x21), ...u32(crc),
      ...u32(z ? 0xffffffff : stored.length), ...u32(z ? 0xffffffff : size), ...u16(name.length), ...u16(extra.length), ...u16(0), ...u16(0), ...u16(0), ...u32(0),
      ...u32(z ? 0xffffffff : here), ...name, ...extra]);
  }
  const cdStart = offset;
  for (const c of central) push(c);
  const cdSize = offset - cdStart;
  if (options.zip64) {
    const end64 = offset;
    push([...u32(0x06064b50), ...u64(44), ...u16(45), ...u16(45), ...u32(0), ...u32(0), ...u64(items.length), ...u64(items.length), ...u64(cdSize), ...u64(cdStart)]);
    push([...u32(0x07064b50), ...u32(0), ...u64(end64), ...u32(1)]);
    push([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(0xffff), ...u16(0xffff), ...u32(0xffffffff), ...u32(0xffffffff), ...u16(0)]);
  } else {
    push([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(items.length), ...u16(items.length), ...u32(cdSize), ...u32(cdStart), ...u16(0)]);
  }
  const out = new Uint8Array(offset);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
