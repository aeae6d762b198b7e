/**
 * The forms a workbook records for its sheets: a template leaves a form stamp, a defined name
 * over its header (core/templates/stamp.ts). Reading the names rides along with the sheet's
 * first sync, so knowing the form costs no extra round trip.
 *
 * A stamp may be the workbook's or the sheet's own: copying a stamped sheet gives the copy a
 * sheet-scoped name of the same name pointing at the copy's header, while the workbook's name
 * keeps pointing at the original. `workbook.names` lists only the workbook's, so the sheet's own
 * (`worksheet.names`, ExcelApi 1.4) are read too, and come first, as inside a sheet its own name
 * wins; the CLI reads both the same way (cli/xlsx/read-workbook.ts).
 */
import type { CheckOptions } from "../core";
import type { SheetGrid } from "../core/grid";
import { stampedOptions } from "../core/templates";
import { readSheet, type ReadOptions } from "./read";
import type { XlContext, XlNamedItem } from "./types";

export interface SheetForCheck {
  grid: SheetGrid;
  /** What to tell checkSheet: the recorded form and header row, or nothing. */
  options: CheckOptions;
}

/** Reads a sheet (the active one unless named) and what the workbook's stamps record about its form. */
export async function readSheetForCheck(context: XlContext, sheetName?: string, options: ReadOptions = {}): Promise<SheetForCheck> {
  const sheets = context.workbook.worksheets;
  const own = (sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet()).names;
  const names = context.workbook.names;
  // Queued now, so they go out with readSheet's first sync (the active sheet cannot change in between).
  own.load("items/name,items/formula");
  names.load("items/name,items/formula");
  const grid = await readSheet(context, sheetName, options);
  const stamps = [...own.items, ...names.items].map((item: XlNamedItem) => ({ name: item.name, reference: String(item.formula ?? "") }));
  return { grid, options: stampedOptions(stamps, grid.name) };
}
