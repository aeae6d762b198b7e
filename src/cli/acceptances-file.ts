/**
 * The warnings an official accepted in the add-in (issue 10) travel in the workbook as a custom
 * XML part, customXml/itemN.xml, in Pokaznyk's namespace: `check` reads them so the receiving
 * office sees the same verdict the official saw, with each accepted finding shown as such.
 */
import { ACCEPTANCES_NAMESPACE, parseAcceptances, withAcceptance } from "../core/acceptances";
import type { Acceptance } from "../core/acceptances";
import { openZip, readEntry } from "../xlsx";
import { nodeInflate } from "./workbook-file";

const CUSTOM_XML_ITEM = /^customXml\/item\d+\.xml$/i;
/** Acceptances are a few hundred bytes each; a part far larger is not ours to read. */
const MAX_PART = 4 * 1024 * 1024;

export function acceptancesIn(bytes: Uint8Array): Acceptance[] {
  try {
    const zip = openZip(bytes);
    let list: Acceptance[] = [];
    for (const entry of zip.entries) {
      if (!CUSTOM_XML_ITEM.test(entry.name) || entry.uncompressedSize > MAX_PART) continue;
      const text = new TextDecoder().decode(readEntry(zip, entry, nodeInflate));
      if (text.includes(ACCEPTANCES_NAMESPACE)) list = parseAcceptances(text).reduce(withAcceptance, list);
    }
    return list;
  } catch {
    // The package was read already; a broken custom part only means nothing was accepted.
    return [];
  }
}
