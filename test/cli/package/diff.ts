/**
 * Part-by-part comparison of two packages, written independently of the patcher (regular
 * expressions over the text, Node's zlib through the zip stand-in): which entries are copied
 * byte for byte (stored bytes, CRC, sizes, method), which changed, which were added or removed;
 * and a sheet's cells as a map from address to their XML.
 */
import { decode, rawEntries, unpack } from "./parts";

export interface PackageDiff {
  total: number;
  identical: string[];
  changed: string[];
  added: string[];
  removed: string[];
  /** Entries present in both, in the same relative order. */
  sameOrder: boolean;
}

export function diffPackages(before: Uint8Array, after: Uint8Array): PackageDiff {
  const a = rawEntries(before);
  const b = rawEntries(after);
  const diff: PackageDiff = { total: a.size, identical: [], changed: [], added: [], removed: [], sameOrder: true };
  for (const [name, entry] of a) {
    const other = b.get(name);
    if (!other) diff.removed.push(name);
    else if (other.raw.equals(entry.raw) && other.crc === entry.crc && other.size === entry.size && other.method === entry.method) diff.identical.push(name);
    else diff.changed.push(name);
  }
  for (const name of b.keys()) if (!a.has(name)) diff.added.push(name);
  const kept = [...a.keys()].filter((n) => b.has(n));
  diff.sameOrder = JSON.stringify(kept) === JSON.stringify([...b.keys()].filter((n) => a.has(n)));
  return diff;
}

export function partText(bytes: Uint8Array, name: string): string {
  const data = unpack(bytes).get(name);
  if (!data) throw new Error(`no part ${name}`);
  return decode(data);
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/** Every `<c>` of a sheet by its address (the part's own text). */
export function cellMap(sheetXml: string): Map<string, string> {
  const data = sheetData(sheetXml);
  const cells = new Map<string, string>();
  for (const m of data.matchAll(CELL)) {
    const r = /\br="([A-Z]+\d+)"/.exec(m[1]);
    if (!r) throw new Error(`a cell without an address: ${m[0]}`);
    cells.set(r[1], m[0]);
  }
  return cells;
}

export function sheetData(sheetXml: string): string {
  const m = /<sheetData\b[^>]*>([\s\S]*)<\/sheetData>/.exec(sheetXml);
  return m ? m[1] : "";
}

/** The sheet part with its sheetData content cut out. */
export function outsideSheetData(sheetXml: string): string {
  return sheetXml.replace(/(<sheetData\b[^>]*>)[\s\S]*(<\/sheetData>)/, "$1$2");
}

/** The `<row>` start tags by row number. */
export function rowTags(sheetXml: string): Map<number, string> {
  const rows = new Map<number, string>();
  for (const m of sheetData(sheetXml).matchAll(/<row\b[^>]*>/g)) rows.set(Number(/\br="(\d+)"/.exec(m[0])?.[1]), m[0]);
  return rows;
}

/** "Parts total / identical / changed (+ added, − removed)", for the test log and the report. */
export function figures(label: string, diff: PackageDiff): string {
  return `${label}: ${diff.total} parts, ${diff.identical.length} byte-identical, ${diff.changed.length} changed (${diff.changed.join(", ")})${diff.added.length ? `, ${diff.added.length} added (${diff.added.join(", ")})` : ""}${diff.removed.length ? `, ${diff.removed.length} removed (${diff.removed.join(", ")})` : ""}`;
}
