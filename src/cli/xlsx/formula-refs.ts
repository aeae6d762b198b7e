/**
 * Moves the cell references inside a formula, the way Excel does when a column is inserted or a
 * formula is copied. exceljs moves cells but never rewrites the formulas that point at them, so
 * the CLI does it here. Text in quotes, structured references and function names stay as they are.
 */
import { columnLetter, columnNumber } from "../../core/address";

/** One end of a reference: a cell (`$B$4`), a whole column (`H` of `H:H`) or a whole row (`4` of `4:6`). */
export interface RefEnd {
  col: number | null;
  row: number | null;
  colAbsolute: boolean;
  rowAbsolute: boolean;
}

/** Where a reference points: its sheet qualifier as written (null when unqualified) and its ends. */
export interface Reference {
  sheet: string | null;
  ends: RefEnd[];
}

export type RefMapper = (ref: Reference) => RefEnd[];

const MAX_COL = 16384;
const MAX_ROW = 1048576;

const AREA = /(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?/y;
const COLUMNS = /(\$?[A-Za-z]{1,3}):(\$?[A-Za-z]{1,3})/y;
const ROWS = /(\$?\d+):(\$?\d+)/y;
const UNQUOTED_SHEET = /([\p{L}_\\][\p{L}\p{N}_.]*)!/uy;
const NAME = /[\p{L}_\\][\p{L}\p{N}_.?]*/uy;
const NUMBER = /\d+(?:\.\d*)?(?:[Ee][+-]?\d+)?/y;
/** After a reference: not part of a longer name, not a function call ("LOG10(" is no cell). */
const NAME_GOES_ON = /[\p{L}\p{N}_.(!]/u;

/** Rewrites every reference through `map`; everything else is copied as written. */
export function mapReferences(formula: string, map: RefMapper): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = closingQuote(formula, i, '"');
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "[") {
      const end = closingBracket(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "'") {
      const end = closingQuote(formula, i, "'");
      if (formula[end] === "!") {
        const sheet = formula.slice(i + 1, end - 1).replace(/''/g, "'");
        const ref = readReference(formula, end + 1);
        if (ref) {
          out += formula.slice(i, end + 1) + writeReference(formula.slice(end + 1, ref.end), ref.ends, map({ sheet, ends: ref.ends }));
          i = ref.end;
          continue;
        }
      }
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (startsToken(formula, i)) {
      const qualified = match(UNQUOTED_SHEET, formula, i);
      if (qualified) {
        const ref = readReference(formula, qualified.end);
        if (ref) {
          out += formula.slice(i, qualified.end) + writeReference(formula.slice(qualified.end, ref.end), ref.ends, map({ sheet: qualified.groups[1], ends: ref.ends }));
          i = ref.end;
          continue;
        }
      }
      const ref = readReference(formula, i);
      if (ref) {
        out += writeReference(formula.slice(i, ref.end), ref.ends, map({ sheet: null, ends: ref.ends }));
        i = ref.end;
        continue;
      }
      const word = match(NAME, formula, i) ?? match(NUMBER, formula, i);
      if (word) {
        out += formula.slice(i, word.end);
        i = word.end;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

/**
 * Excel's "insert `count` columns before `before`" on sheet `target`, seen from a formula on
 * sheet `home` (null for workbook-level names, whose references are always qualified).
 */
export function shiftColumns(formula: string, target: string, home: string | null, before: number, count = 1): string {
  const onTarget = (sheet: string | null) => (sheet === null ? home !== null && sameSheet(home, target) : sameSheet(sheet, target));
  return mapReferences(formula, (ref) => {
    if (!onTarget(ref.sheet)) return ref.ends;
    return ref.ends.map((end) => (end.col !== null && end.col >= before ? { ...end, col: end.col + count } : end));
  });
}

/** A formula written for one cell, as it reads in a cell `rows` down and `cols` right: relative parts move. */
export function translateFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return mapReferences(formula, (ref) =>
    ref.ends.map((end) => ({
      ...end,
      col: end.col === null || end.colAbsolute ? end.col : end.col + cols,
      row: end.row === null || end.rowAbsolute ? end.row : end.row + rows,
    })),
  );
}

/** Sheet names compare as Excel compares them: ignoring case. */
export function sameSheet(a: string, b: string): boolean {
  return a.toLocaleLowerCase("uk") === b.toLocaleLowerCase("uk");
}

function startsToken(formula: string, i: number): boolean {
  return i === 0 || !/[\p{L}\p{N}_.]/u.test(formula[i - 1]);
}

function readReference(formula: string, at: number): { ends: RefEnd[]; end: number } | null {
  const area = match(AREA, formula, at);
  if (area && endsCleanly(formula, area.end)) {
    const ends = [area.groups[1], area.groups[2]].filter((g): g is string => g !== undefined).map(parseCell);
    if (ends.every(inRange)) return { ends, end: area.end };
  }
  const columns = match(COLUMNS, formula, at);
  if (columns && endsCleanly(formula, columns.end)) {
    const ends = [columns.groups[1], columns.groups[2]].map(parseColumn);
    if (ends.every(inRange)) return { ends, end: columns.end };
  }
  const rows = match(ROWS, formula, at);
  if (rows && endsCleanly(formula, rows.end)) {
    const ends = [rows.groups[1], rows.groups[2]].map(parseRow);
    if (ends.every(inRange)) return { ends, end: rows.end };
  }
  return null;
}

function endsCleanly(formula: string, end: number): boolean {
  return end >= formula.length || !NAME_GOES_ON.test(formula[end]);
}

function parseCell(text: string): RefEnd {
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(text) as RegExpExecArray;
  return { col: columnNumber(m[2]), row: Number(m[4]), colAbsolute: m[1] === "$", rowAbsolute: m[3] === "$" };
}

function parseColumn(text: string): RefEnd {
  return { col: columnNumber(text.replace("$", "")), row: null, colAbsolute: text.startsWith("$"), rowAbsolute: false };
}

function parseRow(text: string): RefEnd {
  return { col: null, row: Number(text.replace("$", "")), colAbsolute: false, rowAbsolute: text.startsWith("$") };
}

function inRange(end: RefEnd): boolean {
  return (end.col === null || (end.col >= 1 && end.col <= MAX_COL)) && (end.row === null || (end.row >= 1 && end.row <= MAX_ROW));
}

/** Writes the ends back; an end pushed off the sheet becomes #REF!, as in Excel. Unchanged text stays byte-identical. */
function writeReference(original: string, before: RefEnd[], after: RefEnd[]): string {
  if (before.every((end, k) => end.col === after[k].col && end.row === after[k].row)) return original;
  if (!after.every(inRange)) return "#REF!";
  return after.map(writeEnd).join(":");
}

function writeEnd(end: RefEnd): string {
  const col = end.col === null ? "" : `${end.colAbsolute ? "$" : ""}${columnLetter(end.col)}`;
  const row = end.row === null ? "" : `${end.rowAbsolute ? "$" : ""}${end.row}`;
  return col + row;
}

function match(pattern: RegExp, text: string, at: number): { end: number; groups: string[] } | null {
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  return m ? { end: at + m[0].length, groups: [...m] } : null;
}

function closingQuote(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

function closingBracket(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "[") depth++;
    else if (text[i] === "]" && --depth === 0) return i + 1;
  }
  return text.length;
}
