/**
 * Marking problem cells on the sheet and taking the marks off again.
 *
 * A mark is a fill in Excel's own "Bad", "Neutral" or a quiet blue; the text colour changes too
 * unless the text is black. Before a cell is coloured, its own look (fill colour, pattern and their
 * theme tints; text colour and tint when the mark changes it) is saved in the workbook's settings
 * (./marks-state), so "unmark" puts it back exactly, also after the workbook was closed and opened
 * again, and also after the sheet was renamed: the saved looks are keyed by the sheet's id.
 *
 * Black text keeps its colour: the API reports Excel's automatic text colour as "#000000", like an
 * explicit black, and no value sets "automatic" back, so a mark that coloured it could not be
 * undone exactly (the same for a theme's "Text 1").
 *
 * Unmarking puts a look back only on a cell still wearing a mark: a cell the user recoloured since
 * keeps the user's colour. Marking touches formats only, never a value. Reads and writes go by
 * column blocks (./cell-blocks), one getCellProperties or setCellProperties each, within the
 * payload budget.
 */
import { parseArea } from "../core/address";
import type { Severity } from "../core/types";
import { SyncBatcher, type Piece } from "./batch";
import { readProperties, writePieces, type CellAt, type CellWrites } from "./cell-blocks";
import { ExcelFailure } from "./errors";
import { decodeLegacy, decodeSheet, legacyWithout, marksKey, MARKS_SETTING, cellKey, encodeSheet, parseCellKey, sheetIdOfKey, type SavedLook, type SheetLooks } from "./marks-state";
import { jsonBytes, SETTINGS_LIMIT_BYTES, WIRE } from "./payload";
import type { XlCellProperties, XlCellPropertiesLoad, XlContext, XlSetting, XlWorksheet } from "./types";

export { MARKS_SETTING, type SavedLook } from "./marks-state";

export interface Mark {
  cell: string;
  severity: Severity;
}

/** Excel's own "Bad", "Neutral" and a quiet blue, so marks read like Excel's styles. */
export const MARK_STYLE: Record<Severity, { fill: string; font: string }> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
  info: { fill: "#DDEBF7", font: "#1F4E78" },
};

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const MARK_FILLS = new Set(Object.values(MARK_STYLE).map((s) => s.fill));

/** What marking reads of a cell before colouring it. */
const LOOK_LOAD: XlCellPropertiesLoad = {
  format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true }, font: { color: true, tintAndShade: true } },
};
/** The largest answer to LOOK_LOAD, for the estimate. */
const LOOK_SAMPLE: XlCellProperties = {
  format: {
    fill: { color: "#FFFFFF", pattern: "LightHorizontal", patternColor: "#000000", tintAndShade: -0.499984740745262, patternTintAndShade: -0.499984740745262 },
    font: { color: "#000000", tintAndShade: -0.499984740745262 },
  },
};
/** What unmarking reads of a cell: does it still wear a mark? */
const FILL_LOAD: XlCellPropertiesLoad = { format: { fill: { color: true, pattern: true } } };
const FILL_SAMPLE: XlCellProperties = { format: { fill: { color: "#FFFFFF", pattern: "LightHorizontal" } } };

// ---- looks -------------------------------------------------------------------------------------

const isPlainBlack = (font: { color?: string; tintAndShade?: number } | undefined) => font?.color?.toUpperCase() === "#000000" && !font.tintAndShade;

/** The look to save for a cell, or null when it cannot be put back (a mixed answer). */
function lookOf(props: XlCellProperties | undefined): SavedLook | null {
  const fill = props?.format?.fill;
  if (!fill || typeof fill.pattern !== "string" || (fill.pattern !== "None" && typeof fill.color !== "string")) return null;
  const look: SavedLook = { fill: { pattern: fill.pattern } };
  if (fill.pattern !== "None") {
    look.fill.color = fill.color;
    if (fill.tintAndShade) look.fill.tintAndShade = fill.tintAndShade;
    if (fill.pattern !== "Solid") {
      if (typeof fill.patternColor === "string") look.fill.patternColor = fill.patternColor;
      if (fill.patternTintAndShade) look.fill.patternTintAndShade = fill.patternTintAndShade;
    }
  }
  const font = props?.format?.font;
  // Black text (or automatic, which reads the same) keeps its colour; so does text of mixed colours (null).
  if (typeof font?.color === "string" && !isPlainBlack(font)) {
    look.font = font.tintAndShade ? { color: font.color, tintAndShade: font.tintAndShade } : { color: font.color };
  }
  return look;
}

function wearsMark(props: XlCellProperties | undefined): boolean {
  const fill = props?.format?.fill;
  return fill?.pattern === "Solid" && typeof fill.color === "string" && MARK_FILLS.has(fill.color.toUpperCase());
}

function markProps(severity: Severity, look: SavedLook): XlCellProperties {
  const style = MARK_STYLE[severity];
  const fill: NonNullable<XlCellProperties["format"]>["fill"] = { color: style.fill };
  if (look.fill.pattern !== "None" && look.fill.pattern !== "Solid") fill.pattern = "Solid";
  if (look.fill.tintAndShade) fill.tintAndShade = 0;
  const format: XlCellProperties["format"] = { fill };
  if (look.font) format.font = look.font.tintAndShade ? { color: style.font, tintAndShade: 0 } : { color: style.font };
  return { format };
}

function restoreProps(look: SavedLook): XlCellProperties {
  const format: XlCellProperties["format"] = { fill: look.fill.pattern === "None" ? { pattern: "None" } : { ...look.fill } };
  if (look.font) format.font = { ...look.font };
  return { format };
}

// ---- the saved marks ---------------------------------------------------------------------------

interface SheetInfo {
  id: string;
  name: string;
  protected: boolean;
  formatAllowed: boolean;
}

/** Every sheet's saved marks, by sheet id, and where they came from. */
interface Saved {
  looks: Map<string, SheetLooks>;
  /** Per-sheet keys, including those of sheets deleted since. */
  keys: string[];
  /** The legacy (version 1) entry, and the names of the sheets it has marks for. */
  legacy: { value: unknown; names: Map<string, string> } | null;
}

/** Queues loading every setting: they are all this add-in's, and Excel caps them at 2 MB together. */
function queueSettings(context: XlContext) {
  const settings = context.workbook.settings;
  settings.load("items/key,items/value");
  return settings;
}

function savedMarks(items: XlSetting[], sheets: SheetInfo[]): Saved {
  const saved: Saved = { looks: new Map(), keys: [], legacy: null };
  for (const item of items) {
    const id = sheetIdOfKey(item.key);
    if (id !== null) {
      saved.keys.push(item.key);
      const looks = decodeSheet(item.value);
      if (looks) saved.looks.set(id, looks);
    } else if (item.key === MARKS_SETTING) {
      const names = new Map<string, string>();
      for (const [name, looks] of decodeLegacy(item.value)) {
        const sheet = sheets.find((s) => s.name === name);
        if (!sheet) continue;
        names.set(name, sheet.id);
        const merged = saved.looks.get(sheet.id) ?? new Map();
        for (const [k, look] of looks) if (!merged.has(k)) merged.set(k, look);
        saved.looks.set(sheet.id, merged);
      }
      saved.legacy = { value: item.value, names };
    }
  }
  return saved;
}

function assertFormatAllowed(sheet: SheetInfo): void {
  if (sheet.protected && !sheet.formatAllowed) {
    throw new ExcelFailure("protected", `Sheet ${sheet.name} is protected and does not allow formatting cells`, undefined, { sheet: sheet.name, action: "format-cells" });
  }
}

function infoOf(sheet: XlWorksheet): SheetInfo {
  return { id: sheet.id, name: sheet.name, protected: sheet.protection.protected, formatAllowed: !!sheet.protection.options.allowFormatCells };
}

const settingPiece = (context: XlContext, key: string, value: string): Piece => ({
  bytes: WIRE.call + jsonBytes(key) + jsonBytes(value),
  queue: () => void context.workbook.settings.add(key, value),
});

const deletePiece = (context: XlContext, key: string): Piece => ({
  bytes: WIRE.range + WIRE.call + jsonBytes(key),
  queue: () => context.workbook.settings.getItemOrNullObject(key).delete(),
});

/** The legacy entry without the sheets now handled: rewritten or deleted. */
function legacyPieces(context: XlContext, saved: Saved, handled: Set<string>): Piece[] {
  if (!saved.legacy) return [];
  const names = new Set([...saved.legacy.names].filter(([, id]) => handled.has(id)).map(([name]) => name));
  if (!names.size) return [];
  const rest = legacyWithout(saved.legacy.value, names);
  return [rest ? settingPiece(context, MARKS_SETTING, rest) : deletePiece(context, MARKS_SETTING)];
}

function batcher(context: XlContext): SyncBatcher {
  // Formats and settings may safely be set twice, so a failed sync is simply sent again in halves.
  return new SyncBatcher(context, {
    recover: async (pieces) => pieces,
    beforeSync: () => context.workbook.application.suspendScreenUpdatingUntilNextSync(),
  });
}

const cellsOf = (keys: Iterable<string>): CellAt[] => [...keys].map(parseCellKey);

// ---- the commands ------------------------------------------------------------------------------

/**
 * Colours the cells by severity (the worst one wins when a cell has several findings). Cells of
 * this sheet marked earlier but not in `marks` get their own look back. Two syncs when nothing of
 * this sheet was marked before (three when cells are given back); more for many thousands of
 * cells, each within the payload budget.
 */
export async function markCells(context: XlContext, sheetName: string, marks: Mark[]): Promise<{ marked: number }> {
  const worst = new Map<string, Severity>();
  for (const mark of marks) {
    const area = parseArea(mark.cell.replace(/\$/g, ""));
    const k = cellKey(area.top, area.left);
    const known = worst.get(k);
    if (!known || SEVERITY_RANK[mark.severity] > SEVERITY_RANK[known]) worst.set(k, mark.severity);
  }

  // Read: the sheet, every saved mark, and each target's look, in one sync for up to ~9,000 cells.
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.load("id,name");
  sheet.protection.load("protected,options");
  const settings = queueSettings(context);
  const now = await readProperties(context, sheet, cellsOf(worst.keys()), LOOK_LOAD, LOOK_SAMPLE, { firstReserve: SETTINGS_LIMIT_BYTES });
  const info = infoOf(sheet);
  assertFormatAllowed(info);
  const saved = savedMarks(settings.items, [info]);
  const before = saved.looks.get(info.id) ?? new Map<string, SavedLook>();

  // A target marked before keeps its first saved look, unless the user gave it another look since.
  const looks: SheetLooks = new Map();
  const writes: CellWrites = new Map();
  for (const [k, severity] of worst) {
    const current = now.get(k);
    const look = before.has(k) && wearsMark(current) ? before.get(k)! : lookOf(current);
    if (!look) continue;
    looks.set(k, look);
    writes.set(k, markProps(severity, look));
  }
  // Cells no longer to mark get their look back, if they still wear a mark.
  const stale = [...before.keys()].filter((k) => !looks.has(k));
  const staleNow = stale.length ? await readProperties(context, sheet, cellsOf(stale), FILL_LOAD, FILL_SAMPLE) : new Map();
  for (const k of stale) if (wearsMark(staleNow.get(k))) writes.set(k, restoreProps(before.get(k)!));

  // Write: the looks first, stale cells still among them, so a failure later never loses one.
  const key = marksKey(info.id);
  const union = new Map([...before].filter(([k]) => !looks.has(k)).concat([...looks]));
  const batch = batcher(context);
  if (union.size) await batch.add(settingPiece(context, key, encodeSheet(info.name, union)));
  for (const piece of writePieces(sheet, writes)) await batch.add(piece);
  if (stale.length) await batch.add(looks.size ? settingPiece(context, key, encodeSheet(info.name, looks)) : deletePiece(context, key));
  else if (!looks.size && saved.keys.includes(key)) await batch.add(deletePiece(context, key));
  for (const piece of legacyPieces(context, saved, new Set([info.id]))) await batch.add(piece);
  await batch.flush();
  return { marked: looks.size };
}

/** Restores every marked cell on every sheet and forgets the marks. */
export async function unmarkAll(context: XlContext): Promise<{ restored: number }> {
  const overview = queueMarksOverview(context);
  await context.sync();
  return unmarkLoaded(context, overview, null);
}

/** What unmarking needs to know first: every saved mark and every sheet (with its protection). */
export interface MarksOverview {
  settings: XlContext["workbook"]["settings"];
  worksheets: XlContext["workbook"]["worksheets"];
}

/** Queues the overview, for a caller that syncs it with loads of its own (Compute's first sync). */
export function queueMarksOverview(context: XlContext): MarksOverview {
  const settings = queueSettings(context);
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/id,items/name,items/protection/protected,items/protection/options");
  return { settings, worksheets };
}

/**
 * Restores the marked cells of every sheet (`only` null) or of the sheet named, after the overview
 * was synced, and forgets their marks. No sync at all when there is nothing to restore. Compute
 * calls it for its sheet before inserting a column: Excel's insert copies the formats of the
 * column on the left (marks included) and moves the marked cells, so looks saved by address would
 * no longer match; the pane marks the sheet again after Compute.
 */
export async function unmarkLoaded(context: XlContext, overview: MarksOverview, only: string | null): Promise<{ restored: number }> {
  const sheets = overview.worksheets.items.map((item) => ({ info: infoOf(item), item }));
  const saved = savedMarks(overview.settings.items, sheets.map((s) => s.info));
  const targets = sheets.filter(({ info }) => saved.looks.get(info.id)?.size && (only === null || info.name === only));
  for (const { info } of targets) assertFormatAllowed(info);

  const batch = batcher(context);
  let restored = 0;
  for (const { info, item } of targets) {
    const looks = saved.looks.get(info.id)!;
    const now = await readProperties(context, item, cellsOf(looks.keys()), FILL_LOAD, FILL_SAMPLE);
    const writes: CellWrites = new Map();
    for (const [k, look] of looks) if (wearsMark(now.get(k))) writes.set(k, restoreProps(look));
    restored += writes.size;
    for (const piece of writePieces(item, writes)) await batch.add(piece);
  }
  // The entries go last: if anything fails before, the marks can still be taken off.
  const handled = new Set(targets.map((t) => t.info.id));
  const existing = new Set(sheets.map((s) => s.info.id));
  for (const key of saved.keys) {
    const id = sheetIdOfKey(key)!;
    if (handled.has(id) || (only === null && !existing.has(id))) await batch.add(deletePiece(context, key));
  }
  if (only === null && saved.legacy) await batch.add(deletePiece(context, MARKS_SETTING));
  else for (const piece of legacyPieces(context, saved, handled)) await batch.add(piece);
  await batch.flush();
  return { restored };
}

/** How many cells carry our marks, per sheet (by its current name). One sync. */
export async function markedCells(context: XlContext): Promise<Record<string, number>> {
  const settings = queueSettings(context);
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/id,items/name");
  await context.sync();
  const sheets = worksheets.items.map((s) => ({ id: s.id, name: s.name, protected: false, formatAllowed: true }));
  const saved = savedMarks(settings.items, sheets);
  const out: Record<string, number> = {};
  for (const sheet of sheets) {
    const count = saved.looks.get(sheet.id)?.size ?? 0;
    if (count) out[sheet.name] = count;
  }
  return out;
}
