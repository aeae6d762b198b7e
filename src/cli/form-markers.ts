/**
 * The forms a workbook records for its sheets: a template leaves a defined name over its header
 * (core/templates/marker.ts), so `check` and `compute` know the form and header row without guessing.
 */
import { readMarker } from "../core/templates";
import type { CheckOptions } from "../core/check";
import type { DefinedName } from "./read-workbook";
import { sameSheet } from "../core/address";

export interface SheetMarkers {
  /** What to tell checkSheet about this sheet; empty when nothing is recorded. */
  optionsFor(sheet: string): CheckOptions;
}

export function sheetMarkers(names: DefinedName[]): SheetMarkers {
  const found: { sheet: string; options: CheckOptions }[] = [];
  for (const { name, ranges } of names) {
    // A marker is one rectangle; the first range is its header even if a tool split it.
    const marker = ranges.length > 0 ? readMarker(name, ranges[0]) : null;
    if (marker) found.push({ sheet: marker.sheet, options: { form: marker.form, headerRow: marker.headerRow } });
  }
  return {
    // The first marker wins when a sheet has several (a copied sheet may carry its original's too).
    optionsFor: (sheet) => found.find((m) => sameSheet(m.sheet, sheet))?.options ?? {},
  };
}
