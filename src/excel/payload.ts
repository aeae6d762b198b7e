/** Payload estimates: Excel on the web rejects a request or response over 5 MB. */

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** What one sync may carry by our own estimate: 70 % of the limit, leaving room for misjudgement. */
export const SYNC_BUDGET_BYTES = Math.floor(0.7 * PAYLOAD_LIMIT_BYTES);

/** UTF-8 length of a string without allocating (Cyrillic letters take 2 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value as JSON on the wire. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}
