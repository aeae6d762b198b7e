/**
 * Text from a workbook or a file name on its way to a terminal. Cell text, sheet names and file
 * names are the sender's, not ours: an ESC in them could retitle the window, erase a line or draw
 * a fake one, a right-to-left override could reorder what the official reads. So control
 * characters are shown escaped (`\x1b`, `\u202e`) in human output and on stderr, and escaped in the
 * JSON text too (same data once parsed); and cell text quoted in a message is cut at QUOTE_MAX
 * characters, so a 50 MB cell cannot fill the screen or the JSON.
 */
import { formatFinding } from "../core";
import type { Finding, Lang } from "../core/types";
import type { OutputStream } from "./io";
import { releaseGarbage } from "./memory";

/** C0 controls but tab, DEL, C1 controls; bidi marks, embeddings, overrides and isolates; line and paragraph separators. */
const UNSAFE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves raw of UNSAFE: it already escapes C0 (\n, \u001b). */
const UNSAFE_IN_JSON = /[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Longest quoted cell text in a message, in characters (code points), the ellipsis included. */
export const QUOTE_MAX = 80;

/** The text with every control character written out: `\x1b`, `\x9b`, `\u202e`. */
export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** One line for stderr, "pokaznyk: …", whatever file or sheet names it carries. */
export function errorLine(text: string): string {
  return `pokaznyk: ${printable(text)}\n`;
}

/**
 * `JSON.stringify(value, null, 2)` and a newline, with the characters it leaves raw escaped as
 * \uXXXX (the same value once parsed), written in pieces of about JSON_PIECE characters. A
 * 100,000-row report is ~20 MB of JSON: as one string, then its escaped copy, then its UTF-8
 * bytes, it was the run's peak memory (~200 MB more than reading and checking the workbook).
 * Byte for byte the text JSON.stringify gives: the levels above findings and rows are written
 * here, each finding and row by JSON.stringify itself, re-indented.
 */
export function writeJson(stream: OutputStream, value: unknown): void {
  // What checking left behind goes before the output's pieces pile up.
  releaseGarbage();
  writeJsonPieces(stream, value);
}

/**
 * writeJson's text without its collection first: for a document written part by part
 * (json-output.ts), which gives the indent the value stands at and what follows it.
 */
export function writeJsonPieces(stream: OutputStream, value: unknown, indent = "", close = "\n"): void {
  let pending = "";
  const emit = (text: string): void => {
    pending += text;
    if (pending.length >= JSON_PIECE) {
      stream.write(escapeForJson(pending));
      pending = "";
    }
  };
  writeJsonValue(value, indent, 0, emit);
  stream.write(escapeForJson(pending + close));
}

const JSON_PIECE = 1 << 16;
/** document → files → file → sheets → sheet → findings/rows → one finding or row, stringified whole. */
const JSON_STREAMED_DEPTH = 6;
/** Findings or rows stringified at once: JSON.stringify's own loop, in strings of ~100–300 KB. */
const JSON_SLICE = 1000;

function writeJsonValue(value: unknown, indent: string, depth: number, emit: (text: string) => void): void {
  const inner = `${indent}  `;
  if (depth === JSON_STREAMED_DEPTH - 1 && Array.isArray(value) && value.length > 0) {
    for (let start = 0; start < value.length; start += JSON_SLICE) {
      // "[\n  {…},\n  {…}\n]": the items' lines, each already two spaces in.
      const body = JSON.stringify(value.slice(start, start + JSON_SLICE), null, 2).slice(2, -2);
      emit(start === 0 ? "[\n" : ",\n");
      // JSON escapes newlines inside strings, so every raw newline is the layout's.
      emit(indent === "" ? body : indent + body.replace(/\n/g, `\n${indent}`));
    }
    emit(`\n${indent}]`);
    return;
  }
  if (depth < JSON_STREAMED_DEPTH && Array.isArray(value) && value.length > 0) {
    value.forEach((item: unknown, i) => {
      emit(i === 0 ? `[\n${inner}` : `,\n${inner}`);
      // As JSON.stringify: what it cannot write stands as null in an array.
      writeJsonValue(jsonless(item) ? null : item, inner, depth + 1, emit);
    });
    emit(`\n${indent}]`);
    return;
  }
  if (depth < JSON_STREAMED_DEPTH && isPlainObject(value)) {
    const keys = Object.keys(value).filter((key) => !jsonless(value[key]));
    if (keys.length > 0) {
      keys.forEach((key, i) => {
        emit(`${i === 0 ? "{" : ","}\n${inner}${JSON.stringify(key)}: `);
        writeJsonValue(value[key], inner, depth + 1, emit);
      });
      emit(`\n${indent}}`);
      return;
    }
  }
  const text = JSON.stringify(value, null, 2) ?? "null";
  emit(indent === "" || text.indexOf("\n") < 0 ? text : text.replace(/\n/g, `\n${indent}`));
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function jsonless(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

/** An object JSON.stringify writes key by key (no toJSON, like a Date has). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== "function";
}

function escapeForJson(text: string): string {
  // Almost no output has any: testing first spares the replace's copy.
  if (!hasUnsafeInJson(text)) return text;
  return text.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** At most QUOTE_MAX characters: longer text keeps its start and ends with "…". */
export function cutQuote(text: string): string {
  if (text.length <= QUOTE_MAX) return text;
  const chars = Array.from(text);
  return chars.length <= QUOTE_MAX ? text : `${chars.slice(0, QUOTE_MAX - 1).join("")}…`;
}

/**
 * The finding's message with each quoted text (its string parameters: a cell's value, a header's
 * wording, a number, a period) cut to QUOTE_MAX. Not yet made printable: JSON keeps it as data.
 */
export function findingMessage(finding: Finding, lang: Lang): string {
  if (!Object.values(finding.params).some((value) => typeof value === "string" && value.length > QUOTE_MAX)) return formatFinding(finding, lang);
  const params = Object.fromEntries(Object.entries(finding.params).map(([key, value]) => [key, typeof value === "string" ? cutQuote(value) : value]));
  return formatFinding({ ...finding, params } as Finding, lang);
}

/** Whether the text has a character UNSAFE_IN_JSON matches: one non-global test, native code (a JS loop was 3× slower). */
function hasUnsafeInJson(text: string): boolean {
  return UNSAFE_IN_JSON_ONCE.test(text);
}

const UNSAFE_IN_JSON_ONCE = new RegExp(UNSAFE_IN_JSON.source);
