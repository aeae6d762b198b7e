/**
 * The form stamp: a template records its form as a defined name over its header
 * ("Pokaznyk.quarterly_report.3" → 'Звіт I кв'!$A$3:$I$4). Excel keeps the reference right when
 * the sheet is renamed or rows are inserted above, so Check knows the form and header row of a
 * stamped sheet without guessing. Every edge builds and reads stamps through here.
 */
import { columnLetter } from "../address";
import type { MergedArea } from "../grid";
// The forms of the data, not schema.ts's FORM_IDS: schema.ts loads zod, which the check path leaves out.
import { indicatorSchema } from "../schema/forms";
import type { FormId } from "../types";

const PREFIX = "Pokaznyk.";
const STAMP_NAME = /^Pokaznyk\.([A-Za-z_]+)\.(\d+)$/i;

export function stampName(form: FormId, serial: number): string {
  return `${PREFIX}${form.replace(/-/g, "_")}.${serial}`;
}

/** A serial no stamp in the workbook has yet: one past the largest, so names never collide. */
export function nextStampSerial(definedNames: readonly string[]): number {
  let largest = 0;
  for (const name of definedNames) {
    const m = STAMP_NAME.exec(name);
    if (m) largest = Math.max(largest, Number(m[2]));
  }
  return largest + 1;
}

/**
 * The stamp's reference without the leading "=": 'Звіт I кв'!$A$3:$I$4. The sheet is always
 * quoted (inner quotes doubled), which Excel and every file writer accept for any name.
 */
export function stampReference(sheet: string, header: MergedArea): string {
  const corner = (row: number, col: number) => `$${columnLetter(col)}$${row}`;
  return `'${sheet.replace(/'/g, "''")}'!${corner(header.top, header.left)}:${corner(header.bottom, header.right)}`;
}

export interface FormStamp {
  form: FormId;
  sheet: string;
  headerRow: number;
}

/** Reads a defined name and its reference ("='Звіт I кв'!$A$3:$I$4"), or null if it is not a stamp. */
export function readStamp(name: string, reference: string): FormStamp | null {
  const named = STAMP_NAME.exec(name);
  if (!named) return null;
  const form = named[1].replace(/_/g, "-");
  if (!indicatorSchema.forms.some((f) => f.id === form)) return null;
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?[A-Z]+\$?(\d+)(?::\$?[A-Z]+\$?(\d+))?$/i.exec(reference.trim());
  if (!m) return null;
  const sheet = (m[1] ?? m[2]).replace(/''/g, "'");
  return { form: form as FormId, sheet, headerRow: Number(m[4] ?? m[3]) };
}

/** Excel compares sheet names ignoring case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("uk") === b.toLocaleUpperCase("uk");
}

export interface StampedOptions {
  form?: FormId;
  headerRow?: number;
}

/**
 * What the workbook's stamps tell Check about one sheet: the first stamp pointing at it (a copied
 * sheet may carry its original's too), or nothing.
 */
export function stampedOptions(names: readonly { name: string; reference: string }[], sheet: string): StampedOptions {
  for (const { name, reference } of names) {
    const stamp = readStamp(name, reference);
    if (stamp && sameSheetName(stamp.sheet, sheet)) return { form: stamp.form, headerRow: stamp.headerRow };
  }
  return {};
}
