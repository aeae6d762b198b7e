/**
 * Reading every sheet of the workbook for «Перевірити книгу». The first sync lists the sheets and
 * the active one; the second sizes each sheet's used range (values only); then every sheet within
 * the read budget is read as Check reads one (./form-stamps, ./read). A sheet over the budget is
 * not read, and is named so the pane can say it was not checked: a verdict that silently left out
 * a sheet would be a verdict the official cannot trust.
 */
import { readSheetForCheck, type SheetForCheck } from "./form-stamps";
import type { ReadOptions } from "./read";
import type { XlContext } from "./types";

/**
 * Cells (used range, values only) one sheet may have to be read. Reading costs about 0.8 s for
 * 5,000 rows of a report (the trial); 500,000 cells is some 25,000 rows of twenty columns, still
 * a few seconds. Larger sheets are data dumps rather than forms.
 */
export const SHEET_READ_CELLS = 500_000;
/** Cells all sheets together may have: the whole-workbook check should stay within seconds. */
export const WORKBOOK_READ_CELLS = 1_500_000;

export interface UnreadSheet {
  sheet: string;
  /** Cells in its used range. */
  cells: number;
}

export interface WorkbookForCheck {
  /** The active sheet's name. */
  active: string;
  /** The sheets read, in tab order. */
  sheets: SheetForCheck[];
  /** The sheets over the read budget, in tab order: not read, not checked. */
  unread: UnreadSheet[];
}

export interface WorkbookReadOptions extends ReadOptions {
  sheetCells?: number;
  workbookCells?: number;
}

export async function readWorkbookForCheck(context: XlContext, options: WorkbookReadOptions = {}): Promise<WorkbookForCheck> {
  const sheetCells = options.sheetCells ?? SHEET_READ_CELLS;
  let left = options.workbookCells ?? WORKBOOK_READ_CELLS;
  const worksheets = context.workbook.worksheets;
  // With the ids: the client then addresses each sheet by its id, as Excel expects of a keyed collection.
  worksheets.load("items/id,items/name");
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  await context.sync();

  const used = worksheets.items.map((sheet) => {
    const range = sheet.getUsedRange(true);
    range.load(["rowCount", "columnCount"]);
    return { name: sheet.name, range };
  });
  await context.sync();

  const sheets: SheetForCheck[] = [];
  const unread: UnreadSheet[] = [];
  // The active sheet first: it is the one the official looks at, so the budget never leaves it out.
  const order = [...used].sort((a, b) => Number(b.name === active.name) - Number(a.name === active.name));
  const read = new Map<string, SheetForCheck>();
  for (const { name, range } of order) {
    const cells = range.rowCount * range.columnCount;
    if (cells > sheetCells || cells > left) {
      unread.push({ sheet: name, cells });
      continue;
    }
    left -= cells;
    read.set(name, await readSheetForCheck(context, name, options));
  }
  for (const { name } of used) {
    const sheet = read.get(name);
    if (sheet) sheets.push(sheet);
  }
  const tabOrder = used.map((u) => u.name);
  unread.sort((a, b) => tabOrder.indexOf(a.sheet) - tabOrder.indexOf(b.sheet));
  return { active: active.name, sheets, unread };
}
