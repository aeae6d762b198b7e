import { indicatorSchema } from "./schema/forms";
import { FormSchema } from "./schema/schema";
import { ColumnRole, NearlyForm } from "./types";
import { SheetView } from "./sheet-view";
import { LABEL_ROLES, hasColumn, headerCandidates, headerSearchRows } from "./recognise";

/** A header must share this many columns with a form to be called nearly that form. */
const MIN_SHARED = 3;
/** And lack no more than this many: a sheet missing half a form is simply something else. */
const MAX_MISSING = 2;

/**
 * For a sheet that is not a form: the form its best header nearly is and the columns it lacks,
 * so the official knows what to rename («схоже на звіт, але немає стовпця «Факт»»). Null when no
 * header comes close (a cover letter, notes, a chart's data).
 */
export function nearlyForm(view: SheetView): NearlyForm | null {
  const { first, last } = headerSearchRows(view);
  let best: (NearlyForm & { shared: number; share: number }) | null = null;
  for (const header of headerCandidates(view, first, last)) {
    for (const form of indicatorSchema.forms) {
      const shared = form.columns.filter((c) => hasColumn(c, header.roles)).length;
      const missing = missingColumns(form, header.roles);
      if (shared < MIN_SHARED || missing.length === 0 || missing.length > MAX_MISSING) continue;
      // More columns in common first, then fewer lacking, then more of the form's own columns present.
      const share = shared / form.columns.length;
      const better = !best || shared > best.shared || (shared === best.shared && (missing.length < best.missing.length || (missing.length === best.missing.length && share > best.share)));
      if (better) best = { form: form.id, headerRow: header.lastRow, missing, shared, share };
    }
  }
  if (!best) return null;
  const { form, headerRow, missing } = best;
  return { form, headerRow, missing };
}

/** What keeps the header from being this form: required columns, quarters short of the minimum, a column naming the measures. */
function missingColumns(form: FormSchema, roles: Map<ColumnRole, number>): ColumnRole[] {
  const missing = form.columns.filter((c) => c.required && !hasColumn(c, roles)).map((c) => c.role);
  if (form.anyOf) {
    const present = form.anyOf.roles.filter((r) => roles.has(r));
    if (present.length < form.anyOf.min) missing.push(...form.anyOf.roles.filter((r) => !roles.has(r)).slice(0, form.anyOf.min - present.length));
  }
  if (!LABEL_ROLES.some((r) => roles.has(r)) && !missing.includes("measure")) missing.push("measure");
  return missing;
}
