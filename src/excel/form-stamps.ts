/**
 * The forms a workbook records for its sheets: a template leaves a form stamp, a defined name
 * over its header (core/templates/stamp.ts). Reading the names rides along with the sheet's
 * first sync, so knowing the form costs no extra round trip.
 */
import type { CheckOptions } from "../core";
import type { SheetGrid } from "../core/grid";
import { stampedOptions } from "../core/templates";
import { readSheet, type ReadOptions } from "./read";
import type { XlContext } from "./types";

export interface SheetForCheck {
  grid: SheetGrid;
  /** What to tell checkSheet: the recorded form and header row, or nothing. */
  options: CheckOptions;
}

/** Reads a sheet (the active one unless named) and what the workbook's stamps record about its form. */
export async function readSheetForCheck(context: XlContext, sheetName?: string, options: ReadOptions = {}): Promise<SheetForCheck> {
  const names = context.workbook.names;
  // Queued now, so it goes out with readSheet's first sync.
  names.load("items/name,items/formula");
  const grid = await readSheet(context, sheetName, options);
  const stamps = names.items.map((item) => ({ name: item.name, reference: String(item.formula ?? "") }));
  return { grid, options: stampedOptions(stamps, grid.name) };
}
