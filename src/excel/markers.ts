/**
 * The forms a workbook records for its sheets. A template leaves a defined name over its header
 * (core/templates/marker.ts); reading the names rides along with the sheet's first sync, so
 * knowing the form costs no extra round trip.
 */
import type { CheckOptions } from "../core";
import { sameSheet } from "../core/address";
import type { SheetGrid } from "../core/grid";
import { readMarker } from "../core/templates";
import { readSheet, type ReadOptions } from "./read";
import type { XlContext, XlNamedItem } from "./types";

export interface SheetForCheck {
  grid: SheetGrid;
  /** What to tell checkSheet: the recorded form and header row, or nothing. */
  options: CheckOptions;
}

/** Reads a sheet (the active one unless named) and what the workbook records about its form. */
export async function readSheetForCheck(context: XlContext, sheetName?: string, options: ReadOptions = {}): Promise<SheetForCheck> {
  const names = context.workbook.names;
  // Queued now, so it goes out with readSheet's first sync.
  names.load("items/name,items/formula");
  const grid = await readSheet(context, sheetName, options);
  return { grid, options: markerOptions(names.items, grid.name) };
}

/** The first marker that points at `sheet` (a copied sheet may carry its original's too). */
export function markerOptions(names: XlNamedItem[], sheet: string): CheckOptions {
  for (const item of names) {
    const marker = readMarker(item.name, String(item.formula ?? ""));
    if (marker && sameSheet(marker.sheet, sheet)) return { form: marker.form, headerRow: marker.headerRow };
  }
  return {};
}
