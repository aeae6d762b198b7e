/** Excel formulas as text: one lexer, and the reference rewrites built on it. */
export { tokenize, refArea, type Token, type RefEnd, type Reference } from "./tokens";
export { mapReferences, shiftColumns, translateFormula, type RefMapper } from "./shift";
