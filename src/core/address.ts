/**
 * A1 addresses and areas, 1-based rows and columns, as Excel writes and reports them:
 * "B3", "'Звіт I кв 2020'!A1:H54", whole rows "5:5" and whole columns "A:C", and comma-separated
 * lists of areas (RangeAreas.address). Every edge parses and prints rectangles through here.
 */

/** Excel's sheet size (.xlsx, since Excel 2007). */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, 1-based and inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetter(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function parseAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${address}`);
  return { col: columnNumber(m[1]), row: Number(m[2]) };
}

/** Splits "Sheet!A1:B2,'It''s'!C3" into areas, ignoring commas inside quoted sheet names. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      // '' inside a quoted name is an escaped quote.
      if (quoted && address[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (!quoted && (ch === "," || ch === ";")) {
      if (current.trim()) parts.push(current.trim());
      current = "";
      continue;
    }
    current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** The part after the sheet qualifier ("'Звіт'!A1:B2" -> "A1:B2"): the cells of one area. */
export function stripSheet(area: string): string {
  const bang = area.lastIndexOf("!");
  return bang >= 0 ? area.slice(bang + 1) : area;
}

const ROWS = /^(\d+):(\d+)$/;
const COLUMNS = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/;

/**
 * "B3", "B3:H54", whole rows "5:7" or whole columns "A:C" (optionally with a sheet prefix and
 * $ signs) as a rectangle. Whole rows and columns span the sheet: a caller that walks the cells
 * clips the area to what it needs.
 */
export function parseArea(area: string): Area {
  const cells = stripSheet(area).replace(/\$/g, "").trim();
  const rows = ROWS.exec(cells);
  if (rows) return { top: Math.min(+rows[1], +rows[2]), bottom: Math.max(+rows[1], +rows[2]), left: 1, right: MAX_COLUMNS };
  const columns = COLUMNS.exec(cells);
  if (columns) {
    const [a, b] = [columnNumber(columns[1]), columnNumber(columns[2])];
    return { top: 1, bottom: MAX_ROWS, left: Math.min(a, b), right: Math.max(a, b) };
  }
  const [first, second, ...rest] = cells.split(":");
  if (rest.length) throw new Error(`Not an A1 area: ${area}`);
  const a = parseAddress(first);
  const b = second === undefined ? a : parseAddress(second);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export function parseAreas(address: string): Area[] {
  return splitAreas(address).map(parseArea);
}

/** "B3" for one cell, "B3:H54" otherwise (always cells, as exceljs and the fake's JSON keep them). */
export function areaAddress(area: Area): string {
  const a = cellAddress(area.top, area.left);
  return area.top === area.bottom && area.left === area.right ? a : `${a}:${cellAddress(area.bottom, area.right)}`;
}

export function areaCells(area: Area): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

/** The part of `area` inside `bounds`, or null when they do not meet. */
export function clipArea(area: Area, bounds: Area): Area | null {
  const top = Math.max(area.top, bounds.top);
  const left = Math.max(area.left, bounds.left);
  const bottom = Math.min(area.bottom, bounds.bottom);
  const right = Math.min(area.right, bounds.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

/** A sheet name as Excel writes it in an address: quoted unless it is a plain word. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Sheet names compare as Excel compares them: ignoring case ("Звіт" and "ЗВІТ" are one sheet). */
export function sameSheet(a: string, b: string): boolean {
  return a.toLocaleLowerCase("uk") === b.toLocaleLowerCase("uk");
}

/** Where column `col` lands once `count` whole columns are inserted before column `before`. */
export function columnAfterInsert(col: number, before: number, count = 1): number {
  return col >= before ? col + count : col;
}

/**
 * Excel's rule for an area (a merge, a validation's or a conditional format's range) when
 * `count` whole columns are inserted before column `before`: inserting inside it widens it,
 * before it moves it, after it leaves it.
 */
export function areaAfterInsert(area: Area, before: number, count = 1): Area {
  if (before <= area.left) return { ...area, left: area.left + count, right: area.right + count };
  if (before <= area.right) return { ...area, right: area.right + count };
  return area;
}
