/**
 * Renaming and deleting a sheet in the fake, as Excel does both: a rename follows the sheet in
 * every formula and defined name that names it; a deletion turns references to it into #REF!,
 * drops the names scoped to it, and moves the active sheet to a neighbour. Excel refuses to
 * delete the last visible sheet.
 */
import { sameSheet } from "../core/address";
import { tokenize } from "../core/formula";
import { retarget } from "./copy-sheet";
import { FakeExcelError } from "./error";
import type { FakeSheet, FakeWorkbook } from "./model";

/** Excel's rules for a sheet's name: 1–31 characters, none of []:*?/\, no quote at either end, unique ignoring case. */
export function assertSheetName(book: FakeWorkbook, name: string, self?: FakeSheet): void {
  if (!name.trim() || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    throw new FakeExcelError("InvalidArgument", `The sheet name "${name}" is not valid.`);
  }
  if (book.sheets.some((s) => s !== self && sameSheet(s.name, name))) {
    throw new FakeExcelError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
  }
}

export function renameSheet(book: FakeWorkbook, sheet: FakeSheet, name: string): void {
  if (sheet.name === name) return;
  assertSheetName(book, name, sheet);
  const old = sheet.name;
  eachFormula(book, (formula) => retarget(formula, old, name));
  for (const n of book.names) if (n.sheet !== undefined && sameSheet(n.sheet, old)) n.sheet = name;
  if (book.activeSheet === old) book.activeSheet = name;
  if (book.selection?.sheet === old) book.selection = { ...book.selection, sheet: name };
  sheet.name = name;
}

export function deleteSheet(book: FakeWorkbook, sheet: FakeSheet): void {
  if (!book.sheets.includes(sheet)) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
  if (book.sheets.length === 1) throw new FakeExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
  const at = book.sheets.indexOf(sheet);
  book.sheets.splice(at, 1);
  book.names = book.names.filter((n) => !(n.sheet !== undefined && sameSheet(n.sheet, sheet.name)));
  eachFormula(book, (formula) => broken(formula, sheet.name));
  for (const n of book.names) n.formula = broken(n.formula, sheet.name);
  if (book.activeSheet === sheet.name) {
    const next = book.sheets[Math.min(at, book.sheets.length - 1)];
    book.activeSheet = next.name;
    book.selection = { sheet: next.name, area: { top: 1, left: 1, bottom: 1, right: 1 } };
  }
}

function eachFormula(book: FakeWorkbook, change: (formula: string) => string): void {
  for (const s of book.sheets) for (const [, cell] of s.entries()) if (cell.formula) cell.formula = change(cell.formula);
  for (const n of book.names) n.formula = change(n.formula);
}

/** Every reference to the deleted sheet becomes #REF!, as Excel rewrites it. */
function broken(formula: string, deleted: string): string {
  if (!formula.includes("!")) return formula;
  return tokenize(formula)
    .map((t) => (t.kind === "ref" && t.sheet !== null && sameSheet(t.sheet, deleted) ? "#REF!" : t.text))
    .join("");
}
