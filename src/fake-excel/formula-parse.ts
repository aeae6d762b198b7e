/**
 * The fake's formula parser: the engine's lexer (core/formula) gives the tokens, this builds the
 * expression tree for the part of Excel's language the fake evaluates (./functions). Anything
 * else throws Unsupported, and the formula keeps its cached value.
 */
import { refArea, tokenize, type Token } from "../core/formula";
import type { Area } from "../core/address";

export type Err = { error: string };
/** null is an empty cell. */
export type Scalar = number | string | boolean | Err | null;

export type Node =
  | { kind: "literal"; value: Scalar }
  | { kind: "ref"; sheet?: string; area: Area }
  | { kind: "call"; name: string; args: Node[] }
  | { kind: "unary"; op: string; arg: Node }
  | { kind: "binary"; op: string; left: Node; right: Node };

/** A formula, or a part of one, the fake cannot compute. */
export class Unsupported extends Error {}

const PRECEDENCE: Record<string, number> = { "=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "&": 2, "+": 3, "-": 3, "*": 4, "/": 4, "^": 5 };
const BOOLEAN = /^(TRUE|FALSE)$/;

export function parseFormula(formula: string): Node {
  const tokens = tokenize(formula.replace(/^=/, "")).filter((t) => t.kind !== "space");
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const take = (text?: string): Token => {
    const token = tokens[at++];
    if (!token || (text && token.text !== text)) throw new Unsupported(formula);
    return token;
  };

  function primary(): Node {
    const token = take();
    switch (token.kind) {
      case "number":
        return { kind: "literal", value: Number(token.text) };
      case "string":
        if (token.text.length < 2 || !token.text.endsWith('"')) throw new Unsupported(formula);
        return { kind: "literal", value: token.text.slice(1, -1).replace(/""/g, '"') };
      case "error":
        return { kind: "literal", value: { error: token.text } };
      case "ref":
        // Whole rows and columns are more than the fake walks: the cached value stays.
        if (token.ends.some((end) => end.row === null || end.col === null)) throw new Unsupported(formula);
        return { kind: "ref", ...(token.sheet === null ? {} : { sheet: token.sheet }), area: refArea(token.ends) };
      case "name":
        if (peek()?.text === "(") return call(token.text);
        if (BOOLEAN.test(token.text)) return { kind: "literal", value: token.text === "TRUE" };
        throw new Unsupported(formula);
      case "op":
        if (token.text === "(") {
          const inner = expression(0);
          take(")");
          return inner;
        }
        if (token.text === "-" || token.text === "+") return { kind: "unary", op: token.text, arg: expression(6) };
    }
    throw new Unsupported(formula);
  }

  function call(name: string): Node {
    take("(");
    const args: Node[] = [];
    if (peek()?.text !== ")") {
      do args.push(expression(0));
      while (peek()?.text === "," && take(","));
    }
    take(")");
    return { kind: "call", name: name.toUpperCase(), args };
  }

  function expression(min: number): Node {
    let left = primary();
    for (;;) {
      const op = peek();
      const precedence = op?.kind === "op" && Object.hasOwn(PRECEDENCE, op.text) ? PRECEDENCE[op.text] : undefined;
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
