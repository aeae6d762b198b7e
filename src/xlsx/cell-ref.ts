/** A1-style references within Excel's sheet bounds (XFD = 16,384 columns, 1,048,576 rows). */
export const MAX_ROW = 1048576;
export const MAX_COL = 16384;

/** "A" → 1, "XFD" → 16384; 0 for anything that is not 1-3 letters. */
export function columnNumber(letters: string): number {
  if (letters.length === 0 || letters.length > 3) return 0;
  let col = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i) & ~32; // upper-case
    if (c < 65 || c > 90) return 0;
    col = col * 26 + (c - 64);
  }
  return col;
}

export function columnLetters(col: number): string {
  let out = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/**
 * Parses "B12" (optionally "$B$12") into row and column, without checking bounds; null when
 * it is not a cell reference. Up to 3 letters and 10 digits, so a far row still parses and can
 * be reported as out of bounds.
 */
export function parseCell(ref: string): { row: number; col: number } | null {
  let i = 0;
  const length = ref.length;
  if (ref.charCodeAt(i) === 36) i++;
  let col = 0;
  const lettersStart = i;
  for (; i < length; i++) {
    const c = ref.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  const letters = i - lettersStart;
  if (letters === 0 || letters > 3) return null;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const digitsStart = i;
  for (; i < length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  const digits = i - digitsStart;
  if (digits === 0 || digits > 10) return null;
  return { row, col };
}

export function inBounds(row: number, col: number): boolean {
  return row >= 1 && row <= MAX_ROW && col >= 1 && col <= MAX_COL;
}
