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

/** JSON.stringify, with the characters it leaves raw escaped as \uXXXX: the same value once parsed. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
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
  const params = Object.fromEntries(Object.entries(finding.params).map(([key, value]) => [key, typeof value === "string" ? cutQuote(value) : value]));
  return formatFinding({ ...finding, params } as Finding, lang);
}
