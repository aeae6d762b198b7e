/** The workbook part as the patcher needs it: where it is, its sheets and their parts, its names. */
import { Package, relationships, relType } from "./package";
import { attr, attrNS, child, children, descendants, innerText, isElement, NS, rootElement, unescapeXml } from "./xml";
import type { Element } from "./xml";
import { refuse } from "./refusal";

export interface SheetInfo {
  name: string;
  sheetId: number;
  /** Position among the workbook's sheets: what localSheetId counts. */
  index: number;
  /** The sheet's part, when its relationship resolves. */
  part: string | null;
  /** "worksheet", "chartsheet", "dialogsheet", "xlMacrosheet"… */
  type: string;
}

export interface WorkbookInfo {
  part: string;
  sheets: SheetInfo[];
  date1904: boolean;
}

export function workbookPart(pkg: Package): string {
  const rel = relationships(pkg, "").find((r) => relType(r) === "officeDocument" && !r.external);
  if (!rel || !pkg.has(rel.target)) return refuse("unreadable", { detail: "no workbook part" });
  return rel.target;
}

export function readWorkbookInfo(pkg: Package): WorkbookInfo {
  const part = workbookPart(pkg);
  const xml = pkg.text(part);
  const root = rootElement(xml);
  if (root.open.ns === NS.strict) refuse("strict-xml");
  if (root.open.ns !== NS.main) refuse("unreadable", { detail: `${part} is not SpreadsheetML` });
  const rels = new Map(relationships(pkg, part).map((r) => [r.id, r]));
  const sheetsEl = child(xml, root, NS.main, "sheets");
  const sheets = (sheetsEl ? children(xml, sheetsEl) : [])
    .filter((el) => isElement(el, NS.main, "sheet"))
    .map((el, index) => {
      const rel = rels.get(attrNS(xml, el.open, NS.rel, "id") ?? "");
      return {
        name: attr(xml, el.open, "name") ?? "",
        sheetId: Number(attr(xml, el.open, "sheetId") ?? 0),
        index,
        part: rel && !rel.external && pkg.has(rel.target) ? rel.target : null,
        type: rel ? relType(rel) : "",
      };
    });
  const pr = child(xml, root, NS.main, "workbookPr");
  const date1904 = pr !== undefined && /^(1|true)$/.test(attr(xml, pr.open, "date1904") ?? "");
  return { part, sheets, date1904 };
}

export interface DefinedName {
  el: Element;
  name: string;
  localSheetId: number | null;
  /** The formula, unescaped. */
  text: string;
}

export function definedNames(xml: string): DefinedName[] {
  const root = rootElement(xml);
  const list = child(xml, root, NS.main, "definedNames");
  if (!list) return [];
  return descendants(xml, list, (t) => t.local === "definedName" && t.ns === NS.main).map((el) => {
    const local = attr(xml, el.open, "localSheetId");
    return { el, name: attr(xml, el.open, "name") ?? "", localSheetId: local === undefined ? null : Number(local), text: unescapeXml(innerText(xml, el)) };
  });
}

/** Excel compares sheet and defined names without case. */
export { sameSheet as sameName } from "../../core/address";
