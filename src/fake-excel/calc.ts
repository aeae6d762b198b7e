/**
 * Recalculation for the fake: Excel computes a formula as soon as it is written, and the adapter
 * reads the result back (Check after Compute, templates). This evaluates the small part of Excel's
 * language that Pokaznyk's own formulas and the fixtures use: references and ranges, arithmetic,
 * comparison, & and SUM, COUNT, IF, AND, OR, NOT, ISNUMBER, LEN, TRIM, VALUE, ROUND, ABS, MIN,
 * MAX, AVERAGE, IFERROR. A formula outside that keeps the value it had (its cached result).
 */
import { parseAddress, sameSheet, type Area } from "../core/address";
import type { FakeSheet, FakeValue, FakeWorkbook } from "./model";

type Err = { error: string };
/** null is an empty cell. */
type Scalar = number | string | boolean | Err | null;
interface RangeRef {
  sheet: FakeSheet;
  area: Area;
}
type Value = Scalar | RangeRef;

type Node =
  | { kind: "literal"; value: Scalar }
  | { kind: "ref"; sheet?: string; area: Area }
  | { kind: "call"; name: string; args: Node[] }
  | { kind: "unary"; op: string; arg: Node }
  | { kind: "binary"; op: string; left: Node; right: Node };

class Unsupported extends Error {}

const isErr = (v: unknown): v is Err => typeof v === "object" && v !== null && "error" in v;
const isRange = (v: Value): v is RangeRef => typeof v === "object" && v !== null && "area" in v;
const DIV0: Err = { error: "#DIV/0!" };
const VALUE: Err = { error: "#VALUE!" };

// ---- parsing ---------------------------------------------------------------------------------

const TOKEN = new RegExp(
  [
    String.raw`(?<ws>\s+)`,
    String.raw`(?<str>"(?:[^"]|"")*")`,
    String.raw`(?<err>#(?:REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!))`,
    String.raw`(?<ref>(?:(?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![\p{L}\p{N}_(])`,
    String.raw`(?<num>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)`,
    String.raw`(?<name>[A-Za-z][A-Za-z0-9.]*)(?=\s*\()`,
    String.raw`(?<bool>TRUE|FALSE)`,
    String.raw`(?<op><>|<=|>=|[-+*/^&=<>(),])`,
  ].join("|"),
  "uy",
);

function tokenize(text: string): { type: string; text: string }[] {
  const out: { type: string; text: string }[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const m = TOKEN.exec(text);
    if (!m?.groups) throw new Unsupported(text);
    const [type, value] = Object.entries(m.groups).find(([, v]) => v !== undefined) as [string, string];
    if (type !== "ws") out.push({ type, text: value });
  }
  return out;
}

function parseRef(text: string): { sheet?: string; area: Area } {
  const bang = text.lastIndexOf("!");
  const sheetPart = bang >= 0 ? text.slice(0, bang) : undefined;
  const sheet = sheetPart?.startsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
  const [a, b] = text.slice(bang + 1).replace(/\$/g, "").split(":");
  const first = parseAddress(a);
  const second = b ? parseAddress(b) : first;
  return {
    sheet,
    area: { top: Math.min(first.row, second.row), left: Math.min(first.col, second.col), bottom: Math.max(first.row, second.row), right: Math.max(first.col, second.col) },
  };
}

const PRECEDENCE: Record<string, number> = { "=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "&": 2, "+": 3, "-": 3, "*": 4, "/": 4, "^": 5 };

export function parseFormula(formula: string): Node {
  const tokens = tokenize(formula.replace(/^=/, ""));
  let at = 0;
  const peek = () => tokens[at];
  const take = (text?: string) => {
    const token = tokens[at++];
    if (!token || (text && token.text !== text)) throw new Unsupported(formula);
    return token;
  };

  function primary(): Node {
    const token = take();
    if (token.type === "num") return { kind: "literal", value: Number(token.text) };
    if (token.type === "str") return { kind: "literal", value: token.text.slice(1, -1).replace(/""/g, '"') };
    if (token.type === "bool") return { kind: "literal", value: token.text === "TRUE" };
    if (token.type === "err") return { kind: "literal", value: { error: token.text } };
    if (token.type === "ref") return { kind: "ref", ...parseRef(token.text) };
    if (token.type === "name") {
      take("(");
      const args: Node[] = [];
      if (peek()?.text !== ")") {
        do args.push(expression(0));
        while (peek()?.text === "," && take(","));
      }
      take(")");
      return { kind: "call", name: token.text.toUpperCase(), args };
    }
    if (token.text === "(") {
      const inner = expression(0);
      take(")");
      return inner;
    }
    if (token.text === "-" || token.text === "+") return { kind: "unary", op: token.text, arg: expression(6) };
    throw new Unsupported(formula);
  }

  function expression(min: number): Node {
    let left = primary();
    for (;;) {
      const op = peek();
      const precedence = op?.type === "op" ? PRECEDENCE[op.text] : undefined;
      if (precedence === undefined || precedence < min) break;
      take();
      left = { kind: "binary", op: op!.text, left, right: expression(precedence + 1) };
    }
    return left;
  }

  const node = expression(0);
  if (at !== tokens.length) throw new Unsupported(formula);
  return node;
}

// ---- evaluation ------------------------------------------------------------------------------

function cellScalar(sheet: FakeSheet, row: number, col: number): Scalar {
  const value = sheet.cell(row, col)?.value ?? null;
  return value === "" ? null : (value as Scalar);
}

function scalar(value: Value): Scalar {
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

function toNumber(value: Scalar): number | Err {
  if (value === null) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (isErr(value)) return value;
  const n = Number(value.trim().replace(",", "."));
  return value.trim() !== "" && Number.isFinite(n) ? n : VALUE;
}

function toBool(value: Scalar): boolean | Err {
  if (isErr(value)) return value;
  if (typeof value === "string") {
    if (/^(TRUE|FALSE)$/i.test(value)) return value.toUpperCase() === "TRUE";
    return VALUE;
  }
  return !!value;
}

function toText(value: Scalar): string | Err {
  if (value === null) return "";
  if (isErr(value)) return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
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

function numbersOf(args: Value[]): number[] | Err {
  const out: number[] = [];
  for (const arg of args) {
    for (const { value, direct } of cells(arg)) {
      if (isErr(value)) return value;
      if (typeof value === "number") out.push(value);
      else if (direct && value !== null) {
        const n = toNumber(value);
        if (isErr(n)) return n;
        out.push(n);
      }
    }
  }
  return out;
}

type Fn = (args: Node[], ev: (node: Node) => Value) => Scalar;

const FUNCTIONS: Record<string, Fn> = {
  SUM: (args, ev) => {
    const n = numbersOf(args.map(ev));
    return isErr(n) ? n : n.reduce((a, b) => a + b, 0);
  },
  COUNT: (args, ev) => {
    let count = 0;
    for (const arg of args.map(ev)) for (const { value } of cells(arg)) if (typeof value === "number") count++;
    return count;
  },
  AVERAGE: (args, ev) => {
    const n = numbersOf(args.map(ev));
    return isErr(n) ? n : n.length ? n.reduce((a, b) => a + b, 0) / n.length : DIV0;
  },
  MIN: (args, ev) => {
    const n = numbersOf(args.map(ev));
    return isErr(n) ? n : n.length ? Math.min(...n) : 0;
  },
  MAX: (args, ev) => {
    const n = numbersOf(args.map(ev));
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
  LEN: (args, ev) => {
    const t = toText(scalar(ev(args[0])));
    return isErr(t) ? t : t.length;
  },
  TRIM: (args, ev) => {
    const t = toText(scalar(ev(args[0])));
    return isErr(t) ? t : t.replace(/ +/g, " ").trim();
  },
  ABS: (args, ev) => {
    const n = toNumber(scalar(ev(args[0])));
    return isErr(n) ? n : Math.abs(n);
  },
  ROUND: (args, ev) => {
    const n = toNumber(scalar(ev(args[0])));
    const digits = args[1] ? toNumber(scalar(ev(args[1]))) : 0;
    if (isErr(n)) return n;
    if (isErr(digits)) return digits;
    const f = 10 ** digits;
    return Math.sign(n) * Math.round(Math.abs(n) * f) / f;
  },
  VALUE: (args, ev) => {
    const value = scalar(ev(args[0]));
    if (typeof value === "number" || isErr(value)) return value;
    if (typeof value !== "string" || value.trim() === "") return VALUE;
    return toNumber(value.replace(/\s/g, ""));
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

function arithmetic(op: string, a: Scalar, b: Scalar): Scalar {
  if (op === "&") {
    const x = toText(a);
    const y = toText(b);
    return isErr(x) ? x : isErr(y) ? y : x + y;
  }
  if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
    if (isErr(a)) return a;
    if (isErr(b)) return b;
    const c = compare(a, b);
    return op === "=" ? c === 0 : op === "<>" ? c !== 0 : op === "<" ? c < 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c >= 0;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (isErr(x)) return x;
  if (isErr(y)) return y;
  if (op === "+") return x + y;
  if (op === "-") return x - y;
  if (op === "*") return Number.isFinite(x * y) ? x * y : { error: "#NUM!" };
  const result = op === "/" ? (y === 0 ? DIV0 : x / y) : x ** y;
  return typeof result === "number" && !Number.isFinite(result) ? { error: "#NUM!" } : result;
}

function evaluate(node: Node, book: FakeWorkbook, home: FakeSheet): Value {
  const ev = (n: Node) => evaluate(n, book, home);
  switch (node.kind) {
    case "literal":
      return node.value;
    case "ref": {
      const sheet = node.sheet === undefined ? home : book.sheets.find((s) => sameSheet(s.name, node.sheet as string));
      if (!sheet) return { error: "#REF!" };
      return { sheet, area: node.area };
    }
    case "unary": {
      const n = toNumber(scalar(ev(node.arg)));
      return isErr(n) ? n : node.op === "-" ? -n : n;
    }
    case "binary":
      return arithmetic(node.op, scalar(ev(node.left)), scalar(ev(node.right)));
    case "call": {
      const fn = FUNCTIONS[node.name];
      if (!fn) throw new Unsupported(node.name);
      return fn(node.args, ev);
    }
  }
}

const parsed = new Map<string, Node | null>();

function parsedFormula(formula: string): Node | null {
  let node = parsed.get(formula);
  if (node === undefined) {
    try {
      node = parseFormula(formula);
    } catch {
      node = null;
    }
    if (parsed.size > 100_000) parsed.clear();
    parsed.set(formula, node);
  }
  return node;
}

/** The result of `formula` on `home`, or undefined when the fake cannot compute it. */
export function computeFormula(formula: string, book: FakeWorkbook, home: FakeSheet): FakeValue | undefined {
  const node = parsedFormula(formula);
  if (!node) return undefined;
  try {
    const result = scalar(evaluate(node, book, home));
    // A formula pointing at an empty cell shows 0, as in Excel.
    return result === null ? 0 : result;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** Recomputes every formula of the workbook until nothing changes (dependents come later in few passes). */
export function recalculate(book: FakeWorkbook, passes = 4): void {
  for (let pass = 0; pass < passes; pass++) {
    let changed = false;
    for (const sheet of book.sheets) {
      for (const [, cell] of sheet.entries()) {
        if (!cell.formula) continue;
        const result = computeFormula(cell.formula, book, sheet);
        if (result === undefined || same(result, cell.value)) continue;
        cell.value = result;
        changed = true;
      }
    }
    if (!changed) return;
  }
}

function same(a: FakeValue, b: FakeValue): boolean {
  if (isErr(a) && isErr(b)) return a.error === b.error;
  return a === b;
}
