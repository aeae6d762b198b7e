import { fold, foldedStart } from "./text";
import { numberCell } from "./numbering";

/**
 * Total rows: `Усього`, `Разом`, `Всього`, `Усього по центру`, `Разом за розділом 2`, `ВСЬОГО ПО
 * ПРОГРАМІ`. They sum the measures above them, so they are never measures themselves: no percent of
 * their own, out of the rows and roll-ups, checked instead by `subtotal-mismatch` (rules/subtotals.ts).
 * `Разом з партнерами провести…` starts a measure, not a total.
 */
const TOTAL_WORD = /^(разом|усього|всього|итого|загалом|підсумок)(?!\s+(з|із|зі|зо)\s)(?=[\s:.,;]|$)/u;
/** What fills the text cells of a total row (`х`), or a dash: says nothing about the row. */
const FILLER = /^[хx×*\-‐‑–—−]+$/u;

const LATIN = /[a-z]/i;
/** The letters TOTAL_WORD's words begin with. */
const TOTAL_FIRST = "рувизп";

/** True when a cell's text opens a total row. */
export function isTotalLabel(text: string): boolean {
  const first = foldedStart(text);
  if (first !== null && !TOTAL_FIRST.includes(first)) return false;
  // Every row's first text passes here: fold (and its cache) only the head, and only where Latin look-alikes hide.
  const head = text.trimStart().slice(0, 24);
  return TOTAL_WORD.test(LATIN.test(head) ? fold(head) : head.toLowerCase());
}

/**
 * A row is a total row when its first telling text cell (past `х` fillers and a bare ordinal in
 * the number column) opens with a total word; value cells never decide it.
 */
export function isTotalRow(cells: readonly { col: number; text: string }[], valueCols: ReadonlySet<number>): boolean {
  for (const cell of cells) {
    if (valueCols.has(cell.col)) continue;
    const text = cell.text.trim();
    if (FILLER.test(text) || numberCell(text) !== null) continue;
    return isTotalLabel(text);
  }
  return false;
}
