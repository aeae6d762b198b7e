/**
 * A workbook's defined names as the CLI passes them to the engine. Kept apart from read-workbook.ts
 * (which needs exceljs) so the commands can use them without loading exceljs at start.
 */

/** A workbook-level name and the ranges it covers ("'Звіт I кв 2020'!$A$4:$I$4"). */
export interface DefinedName {
  name: string;
  ranges: string[];
}

/** Each name with the first range it covers, as the form stamps are read (core/templates/stamp.ts). */
export function nameReferences(names: DefinedName[]): { name: string; reference: string }[] {
  // A stamp is one rectangle; the first range is its header even if a tool split it.
  return names.map(({ name, ranges }) => ({ name, reference: ranges[0] ?? "" }));
}
