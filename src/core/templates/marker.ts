import { FormId } from "../types";
import { FORM_IDS } from "../schema/schema";

/**
 * A template records its form as a defined name over its header ("Pokaznyk.quarterly_report.3").
 * Excel keeps the reference right when the sheet is renamed or rows are inserted above.
 */
const PREFIX = "Pokaznyk.";

export function markerName(form: FormId, serial: number): string {
  return `${PREFIX}${form.replace(/-/g, "_")}.${serial}`;
}

export interface FormMarker {
  form: FormId;
  sheet: string;
  headerRow: number;
}

/** Reads a defined name and its reference ("='Звіт I кв'!$A$3:$I$4"), or null if it is not ours. */
export function readMarker(name: string, reference: string): FormMarker | null {
  if (!name.startsWith(PREFIX)) return null;
  const form = name.slice(PREFIX.length).split(".")[0].replace(/_/g, "-");
  if (!(FORM_IDS as readonly string[]).includes(form)) return null;
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?(\d+))?$/.exec(reference.trim());
  if (!m) return null;
  const sheet = (m[1] ?? m[2]).replace(/''/g, "'");
  const last = m[3] ?? /\$?(\d+)$/.exec(reference.trim())?.[1];
  return { form: form as FormId, sheet, headerRow: Number(last) };
}
