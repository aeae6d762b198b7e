/**
 * Recalculation for the fake: Excel computes a formula as soon as it is written, and the adapter
 * reads the result back (Check after Compute, templates). This evaluates the small part of Excel's
 * language that Pokaznyk's own formulas and the fixtures use (./formula-parse, ./functions):
 * references and ranges, arithmetic, comparison, & and a few functions. A formula outside that
 * keeps the value it had (its cached result).
 */
import { sameSheet } from "../core/address";
import { parseFormula, Unsupported, type Node } from "./formula-parse";
import { arithmetic, FUNCTIONS, isErr, scalar, toNumber, type Value } from "./functions";
import type { CalcEnv } from "./locale";
import type { FakeSheet, FakeValue, FakeWorkbook } from "./model";

function evaluate(node: Node, book: FakeWorkbook, home: FakeSheet, env: CalcEnv): Value {
  const ev = (n: Node) => evaluate(n, book, home, env);
  switch (node.kind) {
    case "literal":
      return node.value;
    case "ref": {
      const sheet = node.sheet === undefined ? home : book.sheets.find((s) => sameSheet(s.name, node.sheet as string));
      if (!sheet) return { error: "#REF!" };
      return { sheet, area: node.area };
    }
    case "unary": {
      const n = toNumber(scalar(ev(node.arg)), env);
      return isErr(n) ? n : node.op === "-" ? -n : n;
    }
    case "binary":
      return arithmetic(node.op, scalar(ev(node.left)), scalar(ev(node.right)), env);
    case "call": {
      const fn = FUNCTIONS[node.name];
      if (!fn) throw new Unsupported(node.name);
      return fn(node.args, ev, env);
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
    const result = scalar(evaluate(node, book, home, { locale: book.locale, date1904: book.date1904 }));
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
