/**
 * Marking problem cells on the sheet and taking the marks off again.
 *
 * Before a cell is coloured, its own fill (colour, pattern) and font colour are saved in the
 * workbook's settings, so "unmark" restores them exactly, also after the workbook was closed and
 * opened again. Marking touches formats only, never a value.
 */
import type { Severity } from "../core/types";
import { ExcelFailure } from "./errors";
import { jsonBytes, SYNC_BUDGET_BYTES } from "./payload";
import type { XlCellProperties, XlClientResult, XlContext, XlSetting, XlWorksheet } from "./types";

export const MARKS_SETTING = "pokaznyk.marks";

/** A cell's look before we coloured it. */
export interface SavedLook {
  fill: { color: string; pattern: string; patternColor?: string };
  font: { color: string };
}

interface MarksState {
  version: 1;
  /** sheet name -> A1 address -> the look before marking */
  sheets: Record<string, Record<string, SavedLook>>;
}

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
/** Estimated bytes per cell on the wire: properties read back, or format commands sent. */
const CELL_BYTES = 220;

const LOOK_OPTIONS = {
  format: { fill: { color: true, pattern: true, patternColor: true }, font: { color: true } },
} as const;

function emptyState(): MarksState {
  return { version: 1, sheets: {} };
}

function parseState(value: unknown): MarksState {
  try {
    const parsed = typeof value === "string" ? JSON.parse(value) : value;
    if (parsed && parsed.version === 1 && typeof parsed.sheets === "object") return parsed as MarksState;
  } catch {
    // A damaged entry is treated as no marks; the next mark rewrites it.
  }
  return emptyState();
}

function lookOf(props: XlCellProperties | undefined): SavedLook {
  const fill = props?.format?.fill ?? {};
  const look: SavedLook = {
    fill: { color: fill.color ?? "#FFFFFF", pattern: fill.pattern ?? "None" },
    font: { color: props?.format?.font?.color ?? "#000000" },
  };
  if (fill.patternColor && fill.pattern !== "None" && fill.pattern !== "Solid") look.fill.patternColor = fill.patternColor;
  return look;
}

/** Queues putting a saved look back on a cell. */
function restoreLook(sheet: XlWorksheet, cell: string, look: SavedLook): void {
  const range = sheet.getRange(cell);
  if (look.fill.pattern === "None") {
    range.format.fill.clear();
    range.setCellProperties([[{ format: { font: { color: look.font.color } } }]]);
  } else {
    range.setCellProperties([[{ format: { fill: { ...look.fill }, font: { color: look.font.color } } }]]);
  }
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Loads the marks entry and every sheet's name and protection in one go. */
function queueOverview(context: XlContext) {
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  setting.load("value");
  const sheets = context.workbook.worksheets;
  sheets.load(["items/name", "items/protection/protected"]);
  return { setting, sheets };
}

/**
 * Colours the cells by severity (the worst one wins when a cell has several findings). Cells of
 * this sheet marked earlier but not in `marks` get their own look back. Two syncs for up to
 * about 13,000 cells; more cells take more syncs, each within the payload budget.
 */
export async function markCells(context: XlContext, sheetName: string, marks: Mark[]): Promise<{ marked: number }> {
  const worst = new Map<string, Severity>();
  for (const mark of marks) {
    const cell = mark.cell.replace(/\$/g, "").toUpperCase();
    const known = worst.get(cell);
    if (!known || SEVERITY_RANK[mark.severity] > SEVERITY_RANK[known]) worst.set(cell, mark.severity);
  }
  const cells = [...worst.keys()];
  const perSync = Math.max(1, Math.floor(SYNC_BUDGET_BYTES / CELL_BYTES));

  // Read: the saved state, protection, and every target cell's current look.
  const { setting, sheets } = queueOverview(context);
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const looks = new Map<string, XlClientResult<XlCellProperties[][]>>();
  const readChunks = chunk(cells, perSync);
  for (let i = 0; i < Math.max(1, readChunks.length); i++) {
    for (const cell of readChunks[i] ?? []) looks.set(cell, sheet.getRange(cell).getCellProperties(LOOK_OPTIONS));
    await context.sync();
  }
  assertUnprotected(sheets.items, [sheetName]);

  const state = setting.isNullObject ? emptyState() : parseState(setting.value);
  const before = state.sheets[sheetName] ?? {};
  const saved: Record<string, SavedLook> = {};
  for (const cell of cells) saved[cell] = before[cell] ?? lookOf(looks.get(cell)?.value[0]?.[0]);
  const stale = Object.keys(before).filter((cell) => !(cell in saved));
  state.sheets[sheetName] = saved;
  if (!cells.length) delete state.sheets[sheetName];

  // Write: the state first (with the first chunk), so a failure later never loses an original look.
  const writes: (() => void)[] = [
    ...stale.map((cell) => () => restoreLook(sheet, cell, before[cell])),
    ...cells.map((cell) => () => {
      const style = MARK_STYLE[worst.get(cell) as Severity];
      const range = sheet.getRange(cell);
      range.format.fill.color = style.fill;
      range.format.font.color = style.font;
    }),
  ];
  const firstBudget = Math.max(1, perSync - Math.ceil(jsonBytes(state) / CELL_BYTES));
  saveState(context, setting, state);
  let done = 0;
  let size = firstBudget;
  do {
    writes.slice(done, done + size).forEach((write) => write());
    await context.sync();
    done += size;
    size = perSync;
  } while (done < writes.length);
  return { marked: cells.length };
}

/** Restores every marked cell on every sheet and forgets the marks. Two syncs. */
export async function unmarkAll(context: XlContext): Promise<{ restored: number }> {
  const { setting, sheets } = queueOverview(context);
  await context.sync();
  if (setting.isNullObject) return { restored: 0 };
  const state = parseState(setting.value);
  const existing = new Set(sheets.items.map((s) => s.name));
  const names = Object.keys(state.sheets).filter((name) => existing.has(name));
  assertUnprotected(sheets.items, names);

  let restored = 0;
  const perSync = Math.max(1, Math.floor(SYNC_BUDGET_BYTES / CELL_BYTES));
  const writes: (() => void)[] = [];
  for (const name of names) {
    const sheet = context.workbook.worksheets.getItem(name);
    for (const [cell, look] of Object.entries(state.sheets[name])) {
      writes.push(() => restoreLook(sheet, cell, look));
      restored++;
    }
  }
  // The entry goes with the last chunk: if anything fails before, the marks can still be taken off.
  const chunks = chunk(writes, perSync);
  if (!chunks.length) chunks.push([]);
  for (let i = 0; i < chunks.length; i++) {
    chunks[i].forEach((write) => write());
    if (i === chunks.length - 1) setting.delete();
    await context.sync();
  }
  return { restored };
}

/** How many cells carry our marks, per sheet. One sync. */
export async function markedCells(context: XlContext): Promise<Record<string, number>> {
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  setting.load("value");
  await context.sync();
  if (setting.isNullObject) return {};
  const state = parseState(setting.value);
  return Object.fromEntries(Object.entries(state.sheets).map(([name, cells]) => [name, Object.keys(cells).length]));
}

function saveState(context: XlContext, setting: XlSetting, state: MarksState): void {
  if (Object.keys(state.sheets).length) context.workbook.settings.add(MARKS_SETTING, JSON.stringify(state));
  else if (!setting.isNullObject) setting.delete();
}

function assertUnprotected(items: XlWorksheet[], names: string[]): void {
  for (const item of items) {
    if (names.includes(item.name) && item.protection.protected) {
      throw new ExcelFailure("protected", `Sheet ${item.name} is protected`, undefined, { sheet: item.name });
    }
  }
}
