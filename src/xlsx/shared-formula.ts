/**
 * A shared formula as each cell of its range reads it: the master's text with relative
 * references slid by the cell's offset. Ported from exceljs's `slideFormula` with its exact
 * rules (a name followed by "(" is a function; columns beyond XFD are names), so the formula
 * text matches what the CLI reads today, which compute compares with its own formulas.
 */
import { MAX_COL, MAX_ROW, columnLetters, columnNumber } from "./cell-ref";

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

export function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }): string {
  const dRow = to.row - from.row;
  const dCol = to.col - from.col;
  return formula.replace(CANDIDATE, (match: string, sheet: string | undefined, _sheetName: string | undefined, part: string, paren: string | undefined) => {
    if (paren) return match;
    const cell = CELL.exec(part);
    if (!cell) return match;
    const [, colDollar, colText, rowDollar, rowText] = cell;
    const letters = colText.toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return match;
    const col = columnNumber(letters) + (colDollar ? 0 : dCol);
    const row = parseInt(rowText, 10) + (rowDollar ? 0 : dRow);
    // Slid off the sheet: exceljs throws here, Excel shows #REF!.
    if (col < 1 || row < 1 || col > MAX_COL || row > MAX_ROW) return "#REF!";
    return `${sheet ?? ""}${colDollar ?? ""}${columnLetters(col)}${rowDollar ?? ""}${row}`;
  });
}
