/**
 * `template FORM -o EXISTING.xlsx` as a patch: the engine's template becomes one new sheet part
 * in the existing package. exceljs is still the best tool for drawing the sheet itself (values,
 * looks, merges, widths, frozen header, validations, highlight, print setup), so it writes the
 * template into a scratch workbook and that one sheet part is transplanted: its text cells made
 * inline (the workbook's shared strings stay as they are), its styles appended to the workbook's
 * styles.xml with remapped indices. Only workbook.xml (the sheet, the form stamp, print titles),
 * its rels, [Content_Types].xml and styles.xml change; every other part stays byte-identical.
 */
import { buildTemplate, nextStampSerial } from "../../core/templates";
import type { TemplateDetails, TemplateId, TemplateSheet } from "../../core/templates";
import { addBuiltTemplate, newWorkbook } from "../xlsx/write-template";
import type { SheetBuilder } from "../xlsx/write-template";
import { Package, addOverride, addRelationship, insertBeforeClose, relationships, relType } from "./package";
import type { Codec } from "./package";
import { applySplices, attr, child, children, escapeAttr, escapeText, innerText, isElement, NS, prefixFor, rootElement, setAttrs, XmlScanner } from "./xml";
import type { Splice } from "./xml";
import { definedNames, readWorkbookInfo, sameName } from "./workbook";
import type { WorkbookInfo } from "./workbook";
import { StyleSheet } from "./styles";
import { mergeStyles } from "./style-merge";
import type { StyleMap } from "./style-merge";
import { StylesPart } from "./cell-writes";
import { refusing } from "./compute";
import { refuse } from "./refusal";
import type { Refusal } from "./refusal";

export interface PatchedTemplate {
  bytes: Uint8Array;
  template: TemplateSheet;
  changedParts: string[];
}

export type TemplatePatch = PatchedTemplate | { refusal: Refusal };

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const WORKSHEET_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

export async function addTemplateSheet(bytes: Uint8Array, id: TemplateId, details: TemplateDetails, codec: Codec, today: Date = new Date()): Promise<TemplatePatch> {
  return addBuiltSheet(bytes, (existing, serial) => buildTemplate(id, details, existing, serial), codec, today);
}

/** The same for any sheet the engine builds for a workbook (a report made from a plan, an annual report). */
export async function addBuiltSheet(bytes: Uint8Array, build: SheetBuilder, codec: Codec, today: Date = new Date()): Promise<TemplatePatch> {
  const opened = refusing(() => {
    const pkg = Package.open(bytes, codec);
    const workbook = readWorkbookInfo(pkg);
    refuseProtectedStructure(pkg, workbook);
    const names = definedNames(pkg.text(workbook.part)).map((n) => n.name);
    const template = build(workbook.sheets.map((s) => s.name), nextStampSerial(names));
    return { pkg, workbook, template };
  });
  if ("refusal" in opened) return opened;
  const { pkg, workbook, template } = opened;
  if (workbook.sheets.some((s) => sameName(s.name, template.name))) return { refusal: { code: "name-taken", where: template.name } };

  // The scratch workbook gets the same template under its own name and serial; the sheet part
  // does not depend on either (checked), the defined names that do are written here.
  const scratch = newWorkbook(today);
  const drawn = addBuiltTemplate(scratch, build);
  if (!sameSheetContent(drawn, template)) throw new Error("the template's cells depend on its name or serial");
  const scratchBytes = new Uint8Array(await scratch.xlsx.writeBuffer());

  return refusing(() => {
    transplant(pkg, workbook, Package.open(scratchBytes, codec), template);
    return { bytes: pkg.toBytes(today), template, changedParts: pkg.changes().changed };
  });
}

function refuseProtectedStructure(pkg: Package, workbook: WorkbookInfo): void {
  const xml = pkg.text(workbook.part);
  const protection = child(xml, rootElement(xml), NS.main, "workbookProtection");
  if (protection && /^(1|true)$/.test(attr(xml, protection.open, "lockStructure") ?? "")) refuse("workbook-protected");
}

function sameSheetContent(a: TemplateSheet, b: TemplateSheet): boolean {
  // Formulas naming other sheets do not name the new sheet itself, so they may stay.
  const strip = (t: TemplateSheet) => JSON.stringify({ ...t, name: "", stamp: { ...t.stamp, name: "", reference: "" }, source: undefined });
  return strip(a) === strip(b);
}

function transplant(pkg: Package, workbook: WorkbookInfo, scratch: Package, template: TemplateSheet): void {
  const scratchBook = readWorkbookInfo(scratch);
  const source = scratchBook.sheets[0];
  if (!source?.part || relationships(scratch, source.part).length > 0) throw new Error("the scratch template sheet is not a plain worksheet");
  const styles = new StylesPart(pkg, workbook);
  const scratchStyles = new StylesPart(scratch, scratchBook);
  const map = mergeStyles(styles.styles, new StyleSheet(scratch.text(scratchStyles.name as string)));
  styles.save();
  const strings = sharedStrings(scratch, scratchBook);
  const sheetXml = remapSheet(scratch.text(source.part), map, strings);

  const folder = workbook.part.slice(0, workbook.part.lastIndexOf("/") + 1);
  let n = workbook.sheets.length + 1;
  while (pkg.has(`${folder}worksheets/sheet${n}.xml`)) n++;
  const part = `${folder}worksheets/sheet${n}.xml`;
  pkg.setText(part, sheetXml);
  addOverride(pkg, part, WORKSHEET_TYPE);
  const rid = addRelationship(pkg, workbook.part, WORKSHEET_REL, `worksheets/sheet${n}.xml`);
  addSheetEntry(pkg, workbook, template, rid);
}

/** The scratch workbook's shared strings: each `<si>`'s content, which an `<is>` holds as well. */
function sharedStrings(scratch: Package, book: WorkbookInfo): string[] {
  const rel = relationships(scratch, book.part).find((r) => relType(r) === "sharedStrings");
  if (!rel || !scratch.has(rel.target)) return [];
  const xml = scratch.text(rel.target);
  return children(xml, rootElement(xml))
    .filter((el) => isElement(el, NS.main, "si"))
    .map((el) => innerText(xml, el));
}

/** Style indices remapped, shared-string cells made inline, the scratch's tab selection dropped. */
function remapSheet(xml: string, map: StyleMap, strings: string[]): string {
  const splices: Splice[] = [];
  const scanner = new XmlScanner(xml);
  const restyle = (name: string, table: number[]) => (tag: { start: number; end: number }) => {
    const value = attr(xml, tag, name);
    if (value === undefined) return null;
    return [name, String(table[Number(value)] ?? 0)] as [string, string];
  };
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.kind === "close" || tag.ns !== NS.main) continue;
    const open = xml.slice(tag.start, tag.end);
    if (tag.local === "c") {
      const s = restyle("s", map.xf)(tag);
      const shared = attr(xml, tag, "t") === "s";
      if (!shared) {
        if (s) splices.push({ start: tag.start, end: tag.end, text: setAttrs(open, [s]) });
        continue;
      }
      const close = scanner.closeOf(tag);
      const v = children(xml, { open: tag, close }).find((el) => isElement(el, NS.main, "v"));
      const text = strings[Number(v ? innerText(xml, v) : -1)] ?? "";
      const p = tag.prefix ? `${tag.prefix}:` : "";
      const head = setAttrs(open, [...(s ? [s] : []), ["t", "inlineStr"]]);
      splices.push({ start: tag.start, end: close.end, text: `${head}<${p}is>${text}</${p}is></${tag.name}>` });
    } else if (tag.local === "row" || tag.local === "col") {
      const s = restyle(tag.local === "row" ? "s" : "style", map.xf)(tag);
      if (s) splices.push({ start: tag.start, end: tag.end, text: setAttrs(open, [s]) });
    } else if (tag.local === "cfRule") {
      const d = restyle("dxfId", map.dxf)(tag);
      if (d) splices.push({ start: tag.start, end: tag.end, text: setAttrs(open, [d]) });
    } else if (tag.local === "sheetView" && attr(xml, tag, "tabSelected") !== undefined) {
      splices.push({ start: tag.start, end: tag.end, text: setAttrs(open, [["tabSelected", null]]) });
    }
  }
  return applySplices(xml, splices);
}

/** The new `<sheet>` in workbook.xml, the form stamp and the print titles as defined names. */
function addSheetEntry(pkg: Package, workbook: WorkbookInfo, template: TemplateSheet, rid: string): void {
  let xml = pkg.text(workbook.part);
  const root = rootElement(xml);
  const sheets = child(xml, root, NS.main, "sheets");
  if (!sheets) return refuse("unreadable", { detail: "workbook.xml has no sheets" });
  const p = root.open.prefix ? `${root.open.prefix}:` : "";
  const r = prefixFor(sheets.open.scope, NS.rel);
  const sheetId = Math.max(0, ...workbook.sheets.map((s) => s.sheetId)) + 1;
  const relAttr = r ? `${r}id="${rid}"` : `xmlns:r="${NS.rel}" r:id="${rid}"`;
  const entry = `<${p}sheet name="${escapeAttr(template.name)}" sheetId="${sheetId}" ${relAttr}/>`;
  xml = insertBeforeClose(xml, sheets, entry);

  const quoted = `'${template.name.replace(/'/g, "''")}'`;
  const { first, last } = template.print.repeatRows;
  const names = [
    `<${p}definedName name="${escapeAttr(template.stamp.name)}">${escapeText(template.stamp.reference)}</${p}definedName>`,
    `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${workbook.sheets.length}">${escapeText(`${quoted}!$${first}:$${last}`)}</${p}definedName>`,
    ...(template.source ? [`<${p}definedName name="${escapeAttr(template.source.name)}">${escapeText(template.source.reference)}</${p}definedName>`] : []),
  ].join("");
  const updated = rootElement(xml);
  const list = child(xml, updated, NS.main, "definedNames");
  if (list) xml = insertBeforeClose(xml, list, names);
  else {
    // CT_Workbook: definedNames come after sheets, functionGroups and externalReferences.
    const after = children(xml, updated).filter((el) => el.open.ns === NS.main && ["sheets", "functionGroups", "externalReferences"].includes(el.open.local));
    const at = after[after.length - 1].close.end;
    xml = xml.slice(0, at) + `<${p}definedNames>${names}</${p}definedNames>` + xml.slice(at);
  }
  pkg.setText(workbook.part, xml);
}
