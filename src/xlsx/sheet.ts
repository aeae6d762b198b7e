/**
 * One pass over a worksheet part: every cell that shows something or holds a formula, with
 * its position, displayed value and formula text, and the merged areas. Values are what the
 * CLI reads through exceljs today (src/cli/read-workbook.ts): cached results for formulas,
 * dates by the cell's number format, empty text as nothing. The grid is laid out elsewhere
 * (layout.ts), so a far stray cell costs one entry here, never a row of nulls.
 */
import type { CellValue, MergedArea } from "../core/grid";
import { MAX_ROW, cellAddress, inBounds, parseCell } from "./cell-ref";
import { fail } from "./problem";
import { slideFormula } from "./shared-formula";
import { readRichText } from "./strings";
import { CLOSE, END, OPEN, XmlScanner } from "./xml";
import type { CellAttributes } from "./xml";

export interface SheetContext {
  /** The sheet's name, for messages. */
  name: string;
  strings: string[];
  /** 1 at each cellXfs index whose number format is a date (styles.ts). */
  dateStyles: Uint8Array;
  date1904: boolean;
}

/** Filled cells in document order (parallel arrays: cheap for a million cells), and merges as written. */
export interface SheetCells {
  rows: number[];
  cols: number[];
  values: CellValue[];
  /** Formula text ("=SUM(G5:J5)") for each cell, or null. */
  formulas: (string | null)[];
  formulaCount: number;
  /** Merged areas of two or more cells (a one-cell merge changes nothing), normalised. */
  merges: MergedArea[];
}

interface Master {
  row: number;
  col: number;
  text: string;
}

export function readSheet(text: string, part: string, context: SheetContext): SheetCells {
  const scanner = new XmlScanner(text, part);
  const label = `sheet "${context.name}"`;
  const out: SheetCells = { rows: [], cols: [], values: [], formulas: [], formulaCount: 0, merges: [] };
  const masters = new Map<string, Master>();
  const attributes: CellAttributes = { r: undefined, s: undefined, t: undefined };
  let inData = false;
  let row = 0;
  let col = 0;
  for (let event = scanner.next(); event !== END; event = scanner.next()) {
    const name = scanner.name;
    if (event === CLOSE) {
      if (name === "sheetData") inData = false;
      continue;
    }
    if (inData) {
      if (name === "c") {
        scanner.cellAttributes(attributes);
        const r = attributes.r;
        if (r !== undefined) {
          const at = parseCell(r);
          if (!at) fail("corrupt", `${label}: "${r}" is not a cell reference`);
          row = at.row;
          col = at.col;
        } else {
          // A cell without r= follows the one before it in its row.
          if (row === 0) row = 1;
          col++;
        }
        if (!inBounds(row, col)) fail("corrupt", `${label}: cell ${r ?? describeCell(row, col)} lies beyond XFD1048576, the last cell of a sheet`);
        if (scanner.selfClosing) continue;
        const type = attributes.t;
        const style = attributes.s;
        let v: string | undefined;
        let inline: string | undefined;
        let hasF = false;
        let fText = "";
        let fType: string | undefined;
        let fRef: string | undefined;
        let fSi: string | undefined;
        for (let inner = scanner.next(); ; inner = scanner.next()) {
          if (inner === END) scanner.bad(`a cell of ${label} is not closed`);
          if (inner === CLOSE) {
            if (scanner.name === "c") break;
            continue;
          }
          const child = scanner.name;
          if (child === "v") v = scanner.text();
          else if (child === "f") {
            hasF = true;
            fType = scanner.attr("t");
            fRef = scanner.attr("ref");
            fSi = scanner.attr("si");
            fText = scanner.text();
          } else if (child === "is") inline = readRichText(scanner, "is");
          else scanner.skip();
        }
        // As exceljs: a formula is an <f> with text or with a type (a shared formula's other cells).
        const isFormula = hasF && (fText !== "" || fType !== undefined);
        let formula: string | null = null;
        let value: CellValue;
        if (isFormula) {
          if (fType === "shared" && fSi !== undefined) {
            if (fRef !== undefined) masters.set(fSi, { row, col, text: fText });
            else if (fText === "") {
              const master = masters.get(fSi);
              if (master && master.text) formula = `=${slideFormula(master.text, master, { row, col })}`;
            }
          }
          if (fText !== "") formula = `=${fText}`;
          value = v === undefined || v === "" ? null : typedValue(type, v, inline, style, context, label);
        } else {
          value = typedValue(type, v, inline, style, context, label);
        }
        if (value !== null || formula !== null) {
          out.rows.push(row);
          out.cols.push(col);
          out.values.push(value);
          out.formulas.push(formula);
          if (formula !== null) out.formulaCount++;
        }
      } else if (name === "row") {
        scanner.cellAttributes(attributes);
        const r = attributes.r;
        if (r !== undefined) {
          if (!/^\d{1,10}$/.test(r)) fail("corrupt", `${label}: row number "${r.slice(0, 20)}" is not a number`);
          row = Number(r);
        } else row++;
        if (row < 1 || row > MAX_ROW) fail("corrupt", `${label}: row ${row} lies beyond row ${MAX_ROW}, the last row of a sheet`);
        col = 0;
      }
      continue;
    }
    if (event !== OPEN) continue;
    if (name === "sheetData") inData = !scanner.selfClosing;
    else if (name === "mergeCell") {
      const merge = parseArea(scanner.attr("ref") ?? "", label);
      if (merge.bottom > merge.top || merge.right > merge.left) out.merges.push(merge);
    }
  }
  return out;
}

function describeCell(row: number, col: number): string {
  return col <= 18278 /* ZZZ */ ? cellAddress(row, col) : `row ${row}, column ${col}`;
}

/** "A1:C3" (or "B2") → the area, refused when malformed or beyond the sheet. */
export function parseArea(ref: string, label: string): MergedArea {
  const [first, second, extra] = ref.split(":");
  const a = parseCell(first);
  const b = second === undefined ? a : parseCell(second);
  if (!a || !b || extra !== undefined) return fail("corrupt", `${label}: merged area "${ref.slice(0, 30)}" is not a cell area`);
  if (!inBounds(a.row, a.col) || !inBounds(b.row, b.col)) fail("corrupt", `${label}: merged area ${ref} lies beyond XFD1048576, the last cell of a sheet`);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** A cell's value from its type (t=), <v> text or inline string, as Excel shows it. */
function typedValue(type: string | undefined, v: string | undefined, inline: string | undefined, style: string | undefined, context: SheetContext, label: string): CellValue {
  switch (type) {
    case "s": {
      if (v === undefined || v === "") return null;
      const index = parseInt(v, 10);
      const text = context.strings[index];
      if (text === undefined) return fail("corrupt", `${label}: shared string ${v.slice(0, 12)} does not exist`);
      return text === "" ? null : text;
    }
    case "str":
    case "inlineStr": {
      const text = type === "str" ? (v ?? inline) : (inline ?? v);
      return text === undefined || text === "" ? null : text;
    }
    case "b": {
      if (v === undefined || v === "") return null;
      const n = parseInt(v, 10);
      return Number.isNaN(n) ? /^\s*true\s*$/i.test(v) : n !== 0;
    }
    case "e":
      return v === undefined || v === "" ? null : { error: v };
    case "d":
      return v === undefined || v === "" ? null : isoDate(v);
    default: {
      if (v === undefined || v.trim() === "") return null;
      const n = parseFloat(v);
      if (style !== undefined && context.dateStyles[parseInt(style, 10)] === 1) return excelToDate(n, context.date1904);
      return n;
    }
  }
}

/** A serial date as exceljs turns it into a Date (UTC, rounded to the millisecond), same arithmetic. */
export function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/**
 * A `t="d"` cell (ISO 8601, as Strict files and some tools write dates) read as the same UTC
 * Date a serial date gives; the text itself if it is no date.
 */
export function isoDate(text: string): Date | string {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?\s*$/.exec(text);
  if (!m) return text;
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), ms));
  return Number.isNaN(date.getTime()) ? text : date;
}
