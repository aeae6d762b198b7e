/**
 * A centre's .xlsx file made ready for importing as sheets of the open workbook: read with the
 * project's own reader, its report (or plan) sheets picked by recognising the form as Check does
 * (reports first, as `pokaznyk consolidate` picks them: a plan beside a report is the plan it
 * came from), each named after the file as the CLI names its copies («Бахмут», or «Бахмут Звіт»
 * when one file holds two). Cover letters and hidden sheets stay out. Nothing is sent to Excel here.
 */
import { checkSheet, isConsolidated, type SheetGrid } from "../../core";
import { freshSheetName, stampedOptions } from "../../core/templates";
import type { ConsolidatedForm } from "../../core/consolidate";
import { importRequestBytes, largestImportBytes, PAYLOAD_LIMIT_BYTES, type ImportFile } from "../../excel";
import { readWorkbookBytesAsync, type AsyncInflate, type XlsxProblemKind } from "../../xlsx";

/** What a file picker hands over (a browser File; tests build one from bytes). */
export interface CentreFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type Refusal =
  /** The request carrying it would pass Excel on the web's 5 MB; `largest` is the biggest file that fits, in bytes. */
  | { kind: "too-large"; largest: number }
  | { kind: "unreadable"; problem: XlsxProblemKind }
  | { kind: "no-form" };

/** `grids`: each chosen sheet as the file holds it (same order as `file.sheets`), for undo to tell it untouched. */
export type PreparedFile = { ok: true; file: ImportFile; grids: SheetGrid[] } | { ok: false; refusal: Refusal };

export async function prepareCentreFile(file: CentreFile, inflate: AsyncInflate): Promise<PreparedFile> {
  const largest = largestImportBytes([]);
  if (file.size > largest) return { ok: false, refusal: { kind: "too-large", largest } };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = await readWorkbookBytesAsync(bytes, { inflate });
  if (!read.ok) return { ok: false, refusal: { kind: "unreadable", problem: read.problem.kind } };
  const stamps = read.definedNames.filter((n) => n.ranges.length > 0).map((n) => ({ name: n.name, reference: n.ranges[0] }));
  const checked = read.grids
    .map((grid, i) => ({ grid, visible: read.sheets[i].state === "visible", form: checkSheet(grid, stampedOptions(stamps, grid.name)).form }))
    .filter((s) => s.visible && isConsolidated(s.form));
  const form: ConsolidatedForm = checked.some((s) => s.form === "quarterly-report") ? "quarterly-report" : "annual-plan";
  const mine = checked.filter((s) => s.form === form);
  if (mine.length === 0) return { ok: false, refusal: { kind: "no-form" } };
  const base = file.name.replace(/\.xlsx$/i, "");
  const names: string[] = [];
  for (const s of mine) names.push(freshSheetName(mine.length > 1 ? `${base} ${s.grid.name}` : base, names));
  const sheets = mine.map((s) => s.grid.name);
  const base64 = toBase64(bytes);
  if (importRequestBytes(base64.length, sheets) > PAYLOAD_LIMIT_BYTES) return { ok: false, refusal: { kind: "too-large", largest: largestImportBytes(sheets) } };
  const dates = mine.map((s) => typedDates(s.grid));
  return { ok: true, file: { base64, sheets, names, date1904: read.date1904, dates }, grids: mine.map((s) => s.grid) };
}

/** The dates typed in a sheet (not computed): Excel copies their serials, which another date system reads otherwise. */
export function typedDates(grid: SheetGrid): { row: number; col: number; date: Date }[] {
  const out: { row: number; col: number; date: Date }[] = [];
  grid.values.forEach((line, i) =>
    line.forEach((value, j) => {
      if (value instanceof Date && (grid.formulas?.[i]?.[j] ?? null) === null) out.push({ row: grid.top + i, col: grid.left + j, date: value });
    }),
  );
  return out;
}

/** Base64 in pieces: String.fromCharCode takes only so many arguments at once. */
function toBase64(bytes: Uint8Array): string {
  const PIECE = 0x8000;
  let binary = "";
  for (let i = 0; i < bytes.length; i += PIECE) binary += String.fromCharCode(...bytes.subarray(i, i + PIECE));
  return btoa(binary);
}
