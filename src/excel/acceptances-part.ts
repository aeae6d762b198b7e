/**
 * The official's accepted warnings, kept in the workbook as one custom XML part
 * (`workbook.customXmlParts`, ExcelApi 1.5) in the namespace core/acceptances.ts names: it
 * travels with the file, so the receiving office's `pokaznyk check` sees the same acceptances,
 * and it is invisible on the sheets. Settings would travel too, but only this add-in can read them.
 */
import { ACCEPTANCES_NAMESPACE, acceptancesToXml, parseAcceptances, withAcceptance, type Acceptance } from "../core/acceptances";
import type { XlContext } from "./types";

/** The acceptances stored in the workbook; none when there is no part (or only a broken one). */
export async function readAcceptances(context: XlContext): Promise<Acceptance[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(ACCEPTANCES_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  if (!parts.items.length) return [];
  const xml = parts.items.map((part) => part.getXml());
  await context.sync();
  // Two parts happen only if two panes saved at once: the later entries win, as within one part.
  return xml.flatMap((x) => parseAcceptances(x.value)).reduce<Acceptance[]>(withAcceptance, []);
}

/**
 * Stores the list as the workbook's only acceptances part: the first one found is replaced, any
 * other one in the namespace deleted; an empty list removes the part. Two syncs.
 */
export async function saveAcceptances(context: XlContext, list: readonly Acceptance[]): Promise<void> {
  const parts = context.workbook.customXmlParts.getByNamespace(ACCEPTANCES_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  const [first, ...rest] = parts.items;
  for (const extra of rest) extra.delete();
  if (!list.length) first?.delete();
  else if (first) first.setXml(acceptancesToXml(list));
  else context.workbook.customXmlParts.add(acceptancesToXml(list));
  await context.sync();
}
