/**
 * What marking saves in the workbook: each marked cell's own look before it was coloured, so
 * unmarking can put it back, also after the workbook was closed and opened again.
 *
 * One setting per sheet, keyed by the sheet's `Worksheet.id` (a GUID that stays when the sheet is
 * renamed): `pokaznyk.marks.{…id…}`. The value is compact: every distinct look once, and per
 * column the runs of rows that had the same look. 20,000 marked cells of one column with a few
 * looks take a few dozen bytes; 20,000 scattered ones about 10 bytes a cell.
 *
 * Earlier versions kept every sheet in one setting, `pokaznyk.marks`, keyed by sheet name and A1
 * address (version 1); such marks are read too, so they can still be taken off.
 */
import { parseArea } from "../core/address";

/** The legacy key, and the start of every per-sheet key. */
export const MARKS_SETTING = "pokaznyk.marks";

export function marksKey(sheetId: string): string {
  return `${MARKS_SETTING}.${sheetId}`;
}

/** The sheet id in a per-sheet key, or null for any other key. */
export function sheetIdOfKey(key: string): string | null {
  return key.startsWith(`${MARKS_SETTING}.`) ? key.slice(MARKS_SETTING.length + 1) : null;
}

/**
 * A cell's look before it was marked, as getCellProperties reported it. `font` is there only when
 * the mark changed the text colour (never for black or automatic text, see marks.ts).
 */
export interface SavedLook {
  fill: { pattern: string; color?: string; patternColor?: string; tintAndShade?: number; patternTintAndShade?: number };
  font?: { color: string; tintAndShade?: number };
}

/** Cells of one sheet by "row,col" (1-based). */
export type SheetLooks = Map<string, SavedLook>;

export const cellKey = (row: number, col: number): string => `${row},${col}`;

export function parseCellKey(key: string): { row: number; col: number } {
  const [row, col] = key.split(",").map(Number);
  return { row, col };
}

interface StoredSheet {
  v: 2;
  /** The sheet's name when it was marked, for a person reading the settings; never used to find it. */
  sheet: string;
  looks: SavedLook[];
  /** Per column: [column, row, count, look, row, count, look, …], 1-based: `count` rows from `row` had `looks[look]`. */
  runs: number[][];
}

/** The same look always serializes the same way, so equal looks are stored once. */
function canonical(look: SavedLook): SavedLook {
  const fill: SavedLook["fill"] = { pattern: look.fill.pattern };
  for (const key of ["color", "patternColor", "tintAndShade", "patternTintAndShade"] as const) {
    if (look.fill[key] !== undefined) (fill as Record<string, unknown>)[key] = look.fill[key];
  }
  const out: SavedLook = { fill };
  if (look.font) out.font = look.font.tintAndShade !== undefined ? { color: look.font.color, tintAndShade: look.font.tintAndShade } : { color: look.font.color };
  return out;
}

/** The setting's value for one sheet's marks. */
export function encodeSheet(sheetName: string, cells: SheetLooks): string {
  const looks: SavedLook[] = [];
  const index = new Map<string, number>();
  const byColumn = new Map<number, { row: number; look: number }[]>();
  for (const [key, look] of cells) {
    const { row, col } = parseCellKey(key);
    const stored = canonical(look);
    const text = JSON.stringify(stored);
    if (!index.has(text)) {
      index.set(text, looks.length);
      looks.push(stored);
    }
    const list = byColumn.get(col) ?? [];
    list.push({ row, look: index.get(text)! });
    byColumn.set(col, list);
  }
  const runs: number[][] = [];
  for (const col of [...byColumn.keys()].sort((a, b) => a - b)) {
    const list = byColumn.get(col)!.sort((a, b) => a.row - b.row);
    const out = [col];
    for (const { row, look } of list) {
      const n = out.length;
      if (n > 1 && out[n - 1] === look && out[n - 3] + out[n - 2] === row) out[n - 2]++;
      else out.push(row, 1, look);
    }
    runs.push(out);
  }
  const stored: StoredSheet = { v: 2, sheet: sheetName, looks, runs };
  return JSON.stringify(stored);
}

const isLook = (value: unknown): value is SavedLook =>
  typeof value === "object" && value !== null && typeof (value as SavedLook).fill?.pattern === "string";

/** One sheet's marks from its setting, or null when the value is damaged (then nothing is restored from it). */
export function decodeSheet(value: unknown): SheetLooks | null {
  try {
    const stored = (typeof value === "string" ? JSON.parse(value) : value) as StoredSheet;
    if (stored?.v !== 2 || !Array.isArray(stored.looks) || !Array.isArray(stored.runs) || !stored.looks.every(isLook)) return null;
    const cells: SheetLooks = new Map();
    for (const run of stored.runs) {
      const col = run[0];
      for (let i = 1; i + 2 < run.length; i += 3) {
        const [row, count, look] = [run[i], run[i + 1], run[i + 2]];
        if (!stored.looks[look] || !(row >= 1 && col >= 1 && count >= 1)) return null;
        for (let k = 0; k < count; k++) cells.set(cellKey(row + k, col), stored.looks[look]);
      }
    }
    return cells;
  } catch {
    return null;
  }
}

/** Version 1 (one setting, by sheet name and A1 address): the looks per sheet name. */
export function decodeLegacy(value: unknown): Map<string, SheetLooks> {
  const out = new Map<string, SheetLooks>();
  try {
    const parsed = typeof value === "string" ? JSON.parse(value) : value;
    if (parsed?.version !== 1 || typeof parsed.sheets !== "object") return out;
    for (const [name, cells] of Object.entries(parsed.sheets as Record<string, Record<string, SavedLook>>)) {
      const looks: SheetLooks = new Map();
      for (const [address, look] of Object.entries(cells)) {
        if (!isLook(look)) continue;
        const area = parseArea(address);
        // Version 1 coloured every cell's text, so its saved text colour always goes back.
        looks.set(cellKey(area.top, area.left), { fill: { ...look.fill }, font: { color: look.font?.color ?? "#000000" } });
      }
      out.set(name, looks);
    }
  } catch {
    // A damaged entry holds nothing to restore.
  }
  return out;
}

/** The legacy value without the sheets named, or null when nothing is left. */
export function legacyWithout(value: unknown, names: Set<string>): string | null {
  try {
    const parsed = typeof value === "string" ? JSON.parse(value) : value;
    const sheets = Object.fromEntries(Object.entries(parsed?.sheets ?? {}).filter(([name]) => !names.has(name)));
    return Object.keys(sheets).length ? JSON.stringify({ version: 1, sheets }) : null;
  } catch {
    return null;
  }
}
