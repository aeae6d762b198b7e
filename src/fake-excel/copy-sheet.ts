/**
 * Copying a worksheet in the fake, as Excel copies one (Move or Copy… › Create a copy, dragging a
 * tab with Ctrl, or Worksheet.copy): the cells, merges and looks come along under a new name
 * ("Звіт (2)"), and every name that points into the sheet (a template's form stamp is one) gets a
 * copy of its own on the new sheet, scoped to it and pointing at its cells. The workbook's name
 * keeps pointing at the original.
 */
import { quoteSheet, sameSheet } from "../core/address";
import { tokenize } from "../core/formula";
import { clone, FakeSheet, type FakeWorkbook } from "./model";

/** Excel's name for a copy: "Звіт (2)", "Звіт (3)", …, cut to fit 31 characters. */
export function copyName(book: FakeWorkbook, source: string): string {
  const base = source.replace(/ \(\d+\)$/, "");
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!book.sheets.some((s) => sameSheet(s.name, name))) return name;
  }
}

/** A formula with every reference to sheet `from` pointing at sheet `to` instead. */
export function retarget(formula: string, from: string, to: string): string {
  return tokenize(formula)
    .map((token) => (token.kind === "ref" && token.sheet !== null && sameSheet(token.sheet, from) ? `${quoteSheet(to)}!${token.text.slice(token.prefix.length)}` : token.text))
    .join("");
}

/** Copies sheet `source` to a new sheet at `index` of the tab order (right after the source by default); returns the copy. */
export function copySheet(book: FakeWorkbook, source: FakeSheet, index = book.sheets.indexOf(source) + 1): FakeSheet {
  const copy = new FakeSheet(copyName(book, source.name));
  for (const [key, cell] of source.entries()) {
    const [r, c] = key.split(",").map(Number);
    Object.assign(copy.touch(r, c), clone(cell));
  }
  copy.protected = source.protected;
  copy.columnWidths = [...source.columnWidths];
  copy.rowHeights = { ...source.rowHeights };
  copy.merges = source.merges.map((m) => ({ ...m }));
  copy.freezeRows = source.freezeRows;
  copy.validations = clone(source.validations);
  copy.conditionalFormats = clone(source.conditionalFormats);
  copy.pageLayout = clone(source.pageLayout);
  book.sheets.splice(index, 0, copy);
  // The workbook's names into the sheet, and the sheet's own names, become the copy's own names.
  const pointsInto = (formula: string) => tokenize(formula).some((t) => t.kind === "ref" && t.sheet !== null && sameSheet(t.sheet, source.name));
  const carried = book.names.filter((n) => (n.sheet === undefined && pointsInto(n.formula)) || (n.sheet !== undefined && sameSheet(n.sheet, source.name)));
  const ownAlready = new Set(carried.filter((n) => n.sheet !== undefined).map((n) => n.name.toLowerCase()));
  for (const name of carried) {
    if (name.sheet === undefined && ownAlready.has(name.name.toLowerCase())) continue;
    book.names.push({ name: name.name, formula: retarget(name.formula, source.name, copy.name), sheet: copy.name });
  }
  return copy;
}
