/**
 * A marked workbook read back for the tests, independently of the patcher (regular expressions
 * over the parts, as test/cli/package/diff.ts reads them): each sheet's part, a cell's fill colour
 * through its style, and the sheet's notes (comments part) as plain text by cell.
 */
import path from "node:path";
import { cellMap, partText } from "./package/diff";
import { unpack } from "./package/parts";

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#10;/g, "\n")
    .replace(/&amp;/g, "&");

/** Relationship targets of a part by id, resolved to part names. */
export function rels(bytes: Uint8Array, part: string): { id: string; type: string; target: string }[] {
  const name = `${path.posix.dirname(part)}/_rels/${path.posix.basename(part)}.rels`;
  if (!unpack(bytes).has(name)) return [];
  return [...partText(bytes, name).matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
    const get = (a: string) => new RegExp(`\\b${a}="([^"]*)"`).exec(m[0])?.[1] ?? "";
    return { id: get("Id"), type: get("Type").replace(/.*\//, ""), target: path.posix.normalize(path.posix.join(path.posix.dirname(part), get("Target"))) };
  });
}

/** The worksheet part of each sheet, by sheet name. */
export function sheetParts(bytes: Uint8Array): Map<string, string> {
  const workbook = partText(bytes, "xl/workbook.xml");
  const targets = new Map(rels(bytes, "xl/workbook.xml").map((r) => [r.id, r.target]));
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescape(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? "");
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1] ?? "";
    out.set(name, targets.get(id) as string);
  }
  return out;
}

/** Records of a styles.xml collection ("cellXfs", "fills"), in order. */
function records(styles: string, collection: string, record: string): string[] {
  const body = new RegExp(`<${collection}\\b[^>]*>([\\s\\S]*?)</${collection}>`).exec(styles)?.[1] ?? "";
  return [...body.matchAll(new RegExp(`<${record}\\b[^>]*?(?:/>|>[\\s\\S]*?</${record}>)`, "g"))].map((m) => m[0]);
}

/** A cell's xf record, or null when the sheet has no `<c>` for it. */
export function cellXf(bytes: Uint8Array, sheetPart: string, ref: string): string | null {
  const cell = cellMap(partText(bytes, sheetPart)).get(ref);
  if (cell === undefined) return null;
  const s = Number(/\bs="(\d+)"/.exec(cell)?.[1] ?? 0);
  return records(partText(bytes, "xl/styles.xml"), "cellXfs", "xf")[s];
}

/** The solid fill colour a cell shows ("FFC7CE"), or null (no cell, no fill). */
export function cellFill(bytes: Uint8Array, sheetPart: string, ref: string): string | null {
  const xf = cellXf(bytes, sheetPart, ref);
  if (xf === null) return null;
  const fillId = Number(/\bfillId="(\d+)"/.exec(xf)?.[1] ?? 0);
  const fill = records(partText(bytes, "xl/styles.xml"), "fills", "fill")[fillId] ?? "";
  if (!/patternType="solid"/.test(fill)) return null;
  return /<fgColor\b[^>]*\brgb="(?:FF)?([0-9A-F]{6})"/i.exec(fill)?.[1].toUpperCase() ?? null;
}

/** Every attribute of an xf but its fill: what a mark must leave as it was. */
export function withoutFill(xf: string | null): string {
  return (xf ?? "").replace(/\s(?:fillId|applyFill)="[^"]*"/g, "");
}

export interface NoteRead {
  author: string;
  text: string;
}

/** The sheet's notes by cell: author and the text of every run, as Excel shows it. */
export function notesOf(bytes: Uint8Array, sheetPart: string): Map<string, NoteRead> {
  const comments = rels(bytes, sheetPart).find((r) => r.type === "comments");
  const notes = new Map<string, NoteRead>();
  if (!comments) return notes;
  const xml = partText(bytes, comments.target);
  const authors = [...xml.matchAll(/<author>([\s\S]*?)<\/author>/g)].map((m) => unescape(m[1]));
  for (const m of xml.matchAll(/<comment\b([^>]*)>([\s\S]*?)<\/comment>/g)) {
    const ref = /\bref="([^"]+)"/.exec(m[1])?.[1] as string;
    const author = authors[Number(/\bauthorId="(\d+)"/.exec(m[1])?.[1])];
    const text = [...m[2].matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescape(t[1])).join("");
    notes.set(ref, { author, text });
  }
  return notes;
}

/** The note boxes of the sheet's VML drawing: the cell each is on (A1) and its shape id. */
export function noteBoxes(bytes: Uint8Array, sheetPart: string): { cell: string; id: string }[] {
  const legacy = /<(?:\w+:)?legacyDrawing\b[^>]*\br:id="([^"]+)"/.exec(partText(bytes, sheetPart));
  if (!legacy) return [];
  const vml = rels(bytes, sheetPart).find((r) => r.id === legacy[1]);
  if (!vml) return [];
  const text = partText(bytes, vml.target);
  return [...text.matchAll(/<v:shape\b([^>]*)>([\s\S]*?)<\/v:shape>/g)]
    .filter((m) => /ObjectType="Note"/.test(m[2]))
    .map((m) => {
      const row = Number(/<x:Row>(\d+)<\/x:Row>/.exec(m[2])?.[1]);
      const col = Number(/<x:Column>(\d+)<\/x:Column>/.exec(m[2])?.[1]);
      return { cell: `${letters(col + 1)}${row + 1}`, id: /\bid="([^"]+)"/.exec(m[1])?.[1] as string };
    });
}

function letters(col: number): string {
  let out = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}
