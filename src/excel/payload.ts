/**
 * Payload sizes: Excel on the web refuses a request or a response over 5 MB, counting "the number
 * of API calls, the number of objects … the length of the value" (docs: performance.md). The
 * adapter plans every sync by estimated bytes; the estimates below are per pattern of calls.
 */

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** What one sync may carry by our own estimate: 70 % of the limit, leaving room for misjudgement. */
export const SYNC_BUDGET_BYTES = Math.floor(0.7 * PAYLOAD_LIMIT_BYTES);

/**
 * The add-in's settings in a workbook may total 2 MB (Office.Settings docs; office-js#621), so
 * loading all of them answers at most this much.
 */
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;

/**
 * Request bytes per pattern on the wire, measured with Microsoft's own client serializer: office-js
 * 1.1.110 `dist/excel-web-16.00.debug.js` run offline in node, inside the real `Excel.run` (which
 * keeps every range it makes: a `_KeepReference` action and a second instantiation, ~185 bytes a
 * range), as the real-client harness in test/excel/real-client measures every command. Examples,
 * measured → estimated here:
 *  - a one-cell Compute target (getRangeByIndexes + formulas, a 53-character formula): 491 → 531;
 *  - the same with a number format: ~600 → 634; a contiguous run, per cell: 76 → 76;
 *  - a verify load (getRangeByIndexes + load values, formulas, protection/locked): 475 → 475;
 *  - setCellProperties on a one-column block, per cell: 5 for `{}`, 42 with a fill colour, 69 with
 *    a fill and a font colour → jsonBytes(cell) + 3; a one-cell block ≈ 494 → 537;
 *  - 20,000 marks of one column, everything counted: 42 bytes a cell (the old per-cell getRange,
 *    fill and font: 832 a marked cell, 723 an unmarked one).
 * Excel.run also ends with one request releasing every kept range (~149 bytes each), outside any
 * sync of ours: a command makes as few ranges as it can (blocks, runs) so that one stays small.
 */
export const WIRE = {
  /** A range object: its path (worksheet, getRange…), instantiation and Excel.run's keep-reference. */
  range: 375,
  /** Setting a property (`range.formulas = …`), beyond its value. */
  set: 100,
  /** A method call (setCellProperties, getCellProperties, settings.add), beyond its arguments. */
  call: 120,
  /** A load of properties, beyond the object loaded. */
  load: 100,
  /** Each row of a one-column 2-D array: its brackets and comma. */
  row: 3,
  /** One result in a response: `{"ActionId":…,"Value":…}`, beyond the value. */
  result: 40,
} as const;

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

/**
 * Bytes of a value as JSON on the wire, counted for the worse of the two encodings a side may use:
 * UTF-8 (2–3 bytes a Cyrillic letter) or ASCII with every other character escaped as \uXXXX
 * (6 bytes). Which one Excel's server answers in is not documented; a sheet of Ukrainian text
 * is three times larger escaped, so every budget is planned for the escaped size.
 */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "null";
  return Math.max(utf8Length(text), escapedLength(text));
}

function escapedLength(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7e) bytes += 5;
  return bytes;
}
