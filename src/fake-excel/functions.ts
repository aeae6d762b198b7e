/**
 * What the fake's formulas compute with: Excel's conversions between numbers, text and booleans
 * (by the workbook's locale, ./locale), its operators and the functions Pokaznyk's formulas and
 * the fixtures use: SUM, COUNT, AVERAGE, MIN, MAX, IF, AND, OR, NOT, ISNUMBER, LEN, TRIM, ABS,
 * ROUND, VALUE, NUMBERVALUE, SUBSTITUTE, IFERROR.
 */
import type { Area } from "../core/address";
import { Unsupported, type Err, type Node, type Scalar } from "./formula-parse";
import { numberText, numberValue, readTypedNumber, type CalcEnv } from "./locale";
import type { FakeSheet } from "./model";

/** A reference, resolved: the cells of an area on a sheet. */
export interface RangeRef {
  sheet: FakeSheet;
  area: Area;
}
export type Value = Scalar | RangeRef;

export const isErr = (v: unknown): v is Err => typeof v === "object" && v !== null && "error" in v;
const isRange = (v: Value): v is RangeRef => typeof v === "object" && v !== null && "area" in v;
const DIV0: Err = { error: "#DIV/0!" };
const VALUE: Err = { error: "#VALUE!" };

function cellScalar(sheet: FakeSheet, row: number, col: number): Scalar {
  const value = sheet.cell(row, col)?.value ?? null;
  return value === "" ? null : (value as Scalar);
}

export function scalar(value: Value): Scalar {
  if (!isRange(value)) return value;
  return cellScalar(value.sheet, value.area.top, value.area.left);
}

/** Every cell of a range or the value itself, for SUM and friends. */
function* cells(value: Value): Generator<{ value: Scalar; direct: boolean }> {
  if (!isRange(value)) {
    yield { value, direct: true };
    return;
  }
  const { sheet, area } = value;
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) yield { value: cellScalar(sheet, r, c), direct: false };
}

/** Text in arithmetic or VALUE() reads as if typed into a cell, by the locale ("12,5" is 125 in en-US). */
export function toNumber(value: Scalar, env: CalcEnv): number | Err {
  if (value === null) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (isErr(value)) return value;
  return readTypedNumber(value, env) ?? VALUE;
}

function toBool(value: Scalar): boolean | Err {
  if (isErr(value)) return value;
  if (typeof value === "string") {
    if (/^(TRUE|FALSE)$/i.test(value)) return value.toUpperCase() === "TRUE";
    return VALUE;
  }
  return !!value;
}

function toText(value: Scalar, env: CalcEnv): string | Err {
  if (value === null) return "";
  if (isErr(value)) return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return numberText(value, env);
  return value;
}

/** Excel's ordering of mixed values: numbers < text < booleans; text ignores case. */
function compare(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar) => (typeof v === "number" || v === null ? 0 : typeof v === "string" ? 1 : 2);
  const x = a === null ? (typeof b === "string" ? "" : 0) : a;
  const y = b === null ? (typeof a === "string" ? "" : 0) : b;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string" && typeof y === "string") return x.toLowerCase().localeCompare(y.toLowerCase());
  return Number(x) - Number(y);
}

function numbersOf(args: Value[], env: CalcEnv): number[] | Err {
  const out: number[] = [];
  for (const arg of args) {
    for (const { value, direct } of cells(arg)) {
      if (isErr(value)) return value;
      if (typeof value === "number") out.push(value);
      else if (direct && value !== null) {
        const n = toNumber(value, env);
        if (isErr(n)) return n;
        out.push(n);
      }
    }
  }
  return out;
}

export type Fn = (args: Node[], ev: (node: Node) => Value, env: CalcEnv) => Scalar;

export const FUNCTIONS: Record<string, Fn> = {
  SUM: (args, ev, env) => {
    const n = numbersOf(args.map(ev), env);
    return isErr(n) ? n : n.reduce((a, b) => a + b, 0);
  },
  COUNT: (args, ev) => {
    let count = 0;
    for (const arg of args.map(ev)) for (const { value } of cells(arg)) if (typeof value === "number") count++;
    return count;
  },
  AVERAGE: (args, ev, env) => {
    const n = numbersOf(args.map(ev), env);
    return isErr(n) ? n : n.length ? n.reduce((a, b) => a + b, 0) / n.length : DIV0;
  },
  MIN: (args, ev, env) => {
    const n = numbersOf(args.map(ev), env);
    return isErr(n) ? n : n.length ? Math.min(...n) : 0;
  },
  MAX: (args, ev, env) => {
    const n = numbersOf(args.map(ev), env);
    return isErr(n) ? n : n.length ? Math.max(...n) : 0;
  },
  IF: (args, ev) => {
    const condition = toBool(scalar(ev(args[0])));
    if (isErr(condition)) return condition;
    const branch = condition ? args[1] : args[2];
    return branch ? scalar(ev(branch)) : condition;
  },
  AND: (args, ev) => logical(args.map(ev), (all) => all.every(Boolean)),
  OR: (args, ev) => logical(args.map(ev), (all) => all.some(Boolean)),
  NOT: (args, ev) => {
    const b = toBool(scalar(ev(args[0])));
    return isErr(b) ? b : !b;
  },
  ISNUMBER: (args, ev) => typeof scalar(ev(args[0])) === "number",
  LEN: (args, ev, env) => {
    const t = toText(scalar(ev(args[0])), env);
    return isErr(t) ? t : t.length;
  },
  TRIM: (args, ev, env) => {
    const t = toText(scalar(ev(args[0])), env);
    return isErr(t) ? t : t.replace(/ +/g, " ").replace(/^ | $/g, "");
  },
  ABS: (args, ev, env) => {
    const n = toNumber(scalar(ev(args[0])), env);
    return isErr(n) ? n : Math.abs(n);
  },
  ROUND: (args, ev, env) => {
    const n = toNumber(scalar(ev(args[0])), env);
    const digits = args[1] ? toNumber(scalar(ev(args[1])), env) : 0;
    if (isErr(n)) return n;
    if (isErr(digits)) return digits;
    const f = 10 ** digits;
    return Math.sign(n) * Math.round(Math.abs(n) * f) / f;
  },
  // By the locale, as typed into a cell: "12,5" is 125 in en-US, "12.5" a date in uk-UA.
  VALUE: (args, ev, env) => {
    const value = scalar(ev(args[0]));
    if (typeof value === "number" || isErr(value)) return value;
    if (typeof value !== "string" || value.trim() === "") return VALUE;
    return toNumber(value, env);
  },
  // Locale-free when the separators are given (Excel 2013+).
  NUMBERVALUE: (args, ev, env) => {
    const parts = args.map((arg) => toText(scalar(ev(arg)), env));
    const bad = parts.find(isErr);
    if (bad) return bad;
    const [text, decimal, group] = parts as string[];
    return numberValue(text, env, decimal, group) ?? VALUE;
  },
  SUBSTITUTE: (args, ev, env) => {
    const parts = args.slice(0, 3).map((arg) => toText(scalar(ev(arg)), env));
    const bad = parts.find(isErr);
    if (bad) return bad;
    const [text, from, to] = parts as string[];
    if (args[3]) throw new Unsupported("SUBSTITUTE with an instance number");
    return from === "" ? text : text.split(from).join(to);
  },
  IFERROR: (args, ev) => {
    const value = scalar(ev(args[0]));
    return isErr(value) ? scalar(ev(args[1])) : value;
  },
};

function logical(values: Value[], combine: (all: boolean[]) => boolean): Scalar {
  const all: boolean[] = [];
  for (const arg of values) {
    for (const { value, direct } of cells(arg)) {
      if (isErr(value)) return value;
      if (value === null || (!direct && typeof value === "string")) continue;
      const b = toBool(value);
      if (isErr(b)) return b;
      all.push(b);
    }
  }
  return all.length ? combine(all) : VALUE;
}

/** A binary operator on two values: & joins text, comparisons order as Excel does, the rest is arithmetic. */
export function arithmetic(op: string, a: Scalar, b: Scalar, env: CalcEnv): Scalar {
  if (op === "&") {
    const x = toText(a, env);
    const y = toText(b, env);
    return isErr(x) ? x : isErr(y) ? y : x + y;
  }
  if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
    if (isErr(a)) return a;
    if (isErr(b)) return b;
    const c = compare(a, b);
    return op === "=" ? c === 0 : op === "<>" ? c !== 0 : op === "<" ? c < 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c >= 0;
  }
  const x = toNumber(a, env);
  const y = toNumber(b, env);
  if (isErr(x)) return x;
  if (isErr(y)) return y;
  if (op === "+") return x + y;
  if (op === "-") return x - y;
  if (op === "*") return Number.isFinite(x * y) ? x * y : { error: "#NUM!" };
  const result = op === "/" ? (y === 0 ? DIV0 : x / y) : x ** y;
  return typeof result === "number" && !Number.isFinite(result) ? { error: "#NUM!" } : result;
}
