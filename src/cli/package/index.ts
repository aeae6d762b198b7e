/**
 * Writes that touch only what the edit plan names (issue 8, deliverable 2): the .xlsx/.xlsm
 * package is patched, never re-serialised. Every zip entry a patch does not change is copied
 * byte for byte; a changed part is edited as text around the elements it touches.
 *
 *   patchCompute(bytes, sheet, plan, accepted, codec) → { bytes, written, skipped, … } | { refusal }
 *   addTemplateSheet(bytes, id, details, codec)        → Promise<{ bytes, template, … } | { refusal }>
 *   refusalText(refusal, lang)                         → one line: why, and what the user can do
 *
 * `codec` is `nodeCodec` in the CLI (node:zlib); the patcher itself needs no Node.
 *
 * Refused (nothing is written):
 *  - any patch: a package that does not read as a zip of UTF-8 SpreadsheetML, Strict Open XML,
 *    a sheet that is not in it;
 *  - a column insert that would break a part the patcher cannot update: a chart or chartex
 *    reading a column that moves, a pivot table on the sheet reaching the column or a pivot
 *    cache reading moving columns, an Excel table reaching the column, a picture, shape or
 *    chart anchored at or right of it, a note on a cell that moves (and VML controls right of
 *    it), external links, sparklines reading moving columns or drawn right of them, a what-if
 *    data table, embedded objects or controls, scenarios, consolidation, smart tags, published
 *    items, single-cell XML maps or Excel 4 macro sheets naming the sheet, a value in column XFD,
 *    and a sheet protected against inserting columns;
 *  - a write into a locked cell of a protected sheet, or into part of an array formula;
 *  - a template into a workbook whose structure is protected.
 *
 * exceljs is still the tool for one thing here: drawing the template's sheet (values, looks,
 * merges, widths, validations, highlight, print setup) in a scratch workbook, whose one sheet
 * part is then transplanted (template.ts).
 */
export { patchCompute } from "./compute";
export type { ComputePatch, PatchedCompute } from "./compute";
export { addBuiltSheet, addTemplateSheet } from "./template";
export type { PatchedTemplate, TemplatePatch } from "./template";
export { refusalText } from "./refusal";
export type { Refusal, RefusalCode } from "./refusal";
export type { Codec } from "./package";
export { nodeCodec } from "./node-codec";
