/**
 * A lexer for Excel formulas (A1 style, as stored in a workbook), enough to find every cell
 * reference and to evaluate the small part of the language the fake Excel computes. The tokens'
 * texts, joined, give back the formula byte for byte, so a rewrite touches nothing but what it
 * means to change.
 *
 * A reference is a cell ($B$4), an area (B4:D9), whole columns (H:H) or whole rows (4:6), with an
 * optional sheet ('Звіт I кв'!, Лист2!). Not references: text in double quotes, function names
 * that look like cells (LOG10), defined names, structured references (Таблиця1[План]) and errors.
 */
import { columnNumber, MAX_COLUMNS, MAX_ROWS, type Area } from "../address";

/** One end of a reference: a cell (`$B$4`), a whole column (`H` of `H:H`) or a whole row (`4` of `4:6`). */
export interface RefEnd {
  col: number | null;
  row: number | null;
  colAbsolute: boolean;
  rowAbsolute: boolean;
}

/** Where a reference points: its sheet as named (quotes undone; null when unqualified) and its ends. */
export interface Reference {
  sheet: string | null;
  ends: RefEnd[];
}

export type Token =
  | ({ kind: "ref"; text: string; /** the sheet qualifier as written, "!" included, or "" */ prefix: string } & Reference)
  | { kind: "string" | "number" | "name" | "error" | "structured" | "quoted" | "space" | "op"; text: string };

const AREA = /(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?/y;
const COLUMNS = /(\$?[A-Za-z]{1,3}):(\$?[A-Za-z]{1,3})/y;
const ROWS = /(\$?\d+):(\$?\d+)/y;
const UNQUOTED_SHEET = /([\p{L}_\\][\p{L}\p{N}_.]*)!/uy;
const NAME = /[\p{L}_\\][\p{L}\p{N}_.?]*/uy;
const NUMBER = /\d+(?:\.\d*)?(?:[Ee][+-]?\d+)?/y;
const ERROR = /#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)/y;
const SPACE = /\s+/y;
const OPERATOR = /<>|<=|>=/y;
/** After a reference: not part of a longer name, a function call ("LOG10(" is no cell) or a table ("T1["). */
const NAME_GOES_ON = /[\p{L}\p{N}_.(![]/u;

export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: Exclude<Token["kind"], "ref">, end: number) => {
    tokens.push({ kind, text: formula.slice(i, end) });
    i = end;
  };
  const pushRef = (prefixEnd: number, sheet: string | null, ref: { ends: RefEnd[]; end: number }) => {
    tokens.push({ kind: "ref", text: formula.slice(i, ref.end), prefix: formula.slice(i, prefixEnd), sheet, ends: ref.ends });
    i = ref.end;
  };
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      push("string", closingQuote(formula, i, '"'));
      continue;
    }
    if (ch === "[") {
      push("structured", closingBracket(formula, i));
      continue;
    }
    if (ch === "'") {
      const end = closingQuote(formula, i, "'");
      const ref = formula[end] === "!" ? readReference(formula, end + 1) : null;
      if (ref) pushRef(end + 1, formula.slice(i + 1, end - 1).replace(/''/g, "'"), ref);
      else push("quoted", end);
      continue;
    }
    const error = match(ERROR, formula, i);
    if (error) {
      push("error", error.end);
      continue;
    }
    if (startsWord(formula, i)) {
      const qualified = match(UNQUOTED_SHEET, formula, i);
      const qualifiedRef = qualified && readReference(formula, qualified.end);
      if (qualified && qualifiedRef) {
        pushRef(qualified.end, qualified.groups[1], qualifiedRef);
        continue;
      }
      const ref = readReference(formula, i);
      if (ref) {
        pushRef(i, null, ref);
        continue;
      }
    }
    const name = match(NAME, formula, i);
    if (name) {
      push("name", name.end);
      continue;
    }
    const number = match(NUMBER, formula, i);
    if (number) {
      push("number", number.end);
      continue;
    }
    const space = match(SPACE, formula, i);
    if (space) {
      push("space", space.end);
      continue;
    }
    push("op", match(OPERATOR, formula, i)?.end ?? i + 1);
  }
  return tokens;
}

/** The rectangle a reference covers; whole rows and columns span the sheet. */
export function refArea(ends: RefEnd[]): Area {
  const rows = ends.map((e) => e.row);
  const cols = ends.map((e) => e.col);
  const wholeColumns = rows.every((r) => r === null);
  const wholeRows = cols.every((c) => c === null);
  const top = wholeColumns ? 1 : Math.min(...(rows as number[]));
  const bottom = wholeColumns ? MAX_ROWS : Math.max(...(rows as number[]));
  const left = wholeRows ? 1 : Math.min(...(cols as number[]));
  const right = wholeRows ? MAX_COLUMNS : Math.max(...(cols as number[]));
  return { top, left, bottom, right };
}

/** True when the end lies on the sheet (a shifted end past XFD or row 1048576 does not). */
export function onSheet(end: RefEnd): boolean {
  return (end.col === null || (end.col >= 1 && end.col <= MAX_COLUMNS)) && (end.row === null || (end.row >= 1 && end.row <= MAX_ROWS));
}

/** A reference can start here: not inside a longer name or number ("A1" of "LOG10" or "1A1"). */
function startsWord(formula: string, i: number): boolean {
  return i === 0 || !/[\p{L}\p{N}_.]/u.test(formula[i - 1]);
}

function readReference(formula: string, at: number): { ends: RefEnd[]; end: number } | null {
  const area = match(AREA, formula, at);
  if (area && endsCleanly(formula, area.end)) {
    const ends = [area.groups[1], area.groups[2]].filter((g): g is string => g !== undefined).map(parseCell);
    if (ends.every(onSheet)) return { ends, end: area.end };
  }
  const columns = match(COLUMNS, formula, at);
  if (columns && endsCleanly(formula, columns.end)) {
    const ends = [columns.groups[1], columns.groups[2]].map(parseColumn);
    if (ends.every(onSheet)) return { ends, end: columns.end };
  }
  const rows = match(ROWS, formula, at);
  if (rows && endsCleanly(formula, rows.end)) {
    const ends = [rows.groups[1], rows.groups[2]].map(parseRow);
    if (ends.every(onSheet)) return { ends, end: rows.end };
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
