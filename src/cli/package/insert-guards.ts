/**
 * Before a column goes into a sheet: the parts a column insert would have to change but the
 * patcher cannot (charts, pivot tables, Excel tables, drawings and notes anchored right of the
 * column, external links, sparklines, what-if data tables), and protection that forbids it. Each
 * is a refusal naming what decided it; the user adds the column in Excel or runs Compute in the
 * add-in.
 */
import { cellAddress } from "../../core/address";
import { Package, contentType, partsOfType, relationships, relType } from "./package";
import { attr, descendants, innerText, NS, rootElement, unescapeXml } from "./xml";
import type { Element } from "./xml";
import { sheetLayout, section } from "./sheet-cells";
import type { SheetInfo, WorkbookInfo } from "./workbook";
import { definedNames, sameName } from "./workbook";
import { parseCell, reachesColumn, shiftColumns, shiftSqref } from "./refs";
import { refuse } from "./refusal";

export function checkColumnInsert(pkg: Package, workbook: WorkbookInfo, sheet: SheetInfo, before: number): void {
  const part = sheet.part as string;
  const xml = pkg.text(part);
  const layout = sheetLayout(xml);
  const protection = section(layout, "sheetProtection");
  if (protection && isOn(attr(xml, protection.open, "sheet")) && !isOff(attr(xml, protection.open, "insertColumns"))) refuse("sheet-protected", { sheet: sheet.name });
  if (/<(?:[\w.-]+:)?f\b[^>]*\bt\s*=\s*["']dataTable["']/.test(xml)) refuse("data-table", { sheet: sheet.name, where: "TABLE()" });

  if (partsOfType(pkg, "externalLink+xml").length > 0) refuse("external-links");
  const moves = (text: string) => shiftColumns(text, sheet.name, null, before) !== text;

  for (const rel of relationships(pkg, part)) {
    if (rel.external || !pkg.has(rel.target)) continue;
    const type = relType(rel);
    if (type === "table") checkTable(pkg, rel.target, sheet, before);
    else if (type === "pivotTable") checkPivotTable(pkg, rel.target, sheet, before);
    else if (type === "drawing") checkDrawing(pkg, rel.target, sheet, before);
    else if (type === "comments") checkNotes(pkg, rel.target, "comment", sheet, before);
    else if (type === "threadedComment") checkNotes(pkg, rel.target, "threadedComment", sheet, before);
    else if (type === "vmlDrawing") checkVml(pkg, rel.target, sheet, before);
    else if (type === "tableSingleCells") refuse("other-references", { sheet: sheet.name, where: rel.target });
  }

  for (const chart of [...partsOfType(pkg, "drawingml.chart+xml"), ...partsOfType(pkg, "chartex+xml")]) {
    const chartXml = pkg.text(chart);
    const reads = descendants(chartXml, rootElement(chartXml), (t) => t.local === "f").some((el) => moves(unescapeXml(innerText(chartXml, el))));
    if (reads) refuse("chart", { sheet: sheet.name, where: chart });
  }

  const names = definedNames(pkg.text(workbook.part));
  for (const cache of partsOfType(pkg, "pivotCacheDefinition+xml")) checkPivotCache(pkg, cache, sheet, before, names, moves);

  for (const other of workbook.sheets) {
    const type = other.part ? contentType(pkg, other.part) ?? "" : "";
    if (type.endsWith("worksheet+xml")) checkSparklines(pkg, other, sheet, before);
    // Excel 4 macro sheets hold formulas the patcher does not rewrite: refused when they may name the sheet.
    if (type.endsWith("macrosheet+xml") && pkg.text(other.part as string).toLocaleLowerCase("uk").includes(sheet.name.toLocaleLowerCase("uk"))) {
      refuse("other-references", { sheet: sheet.name, where: other.name });
    }
  }
}

function isOn(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

function isOff(value: string | undefined): boolean {
  return value === "0" || value === "false";
}

function checkTable(pkg: Package, part: string, sheet: SheetInfo, before: number): void {
  const xml = pkg.text(part);
  const root = rootElement(xml);
  const ref = attr(xml, root.open, "ref") ?? "";
  if (reachesColumn(ref, before)) refuse("table", { sheet: sheet.name, where: attr(xml, root.open, "displayName") ?? attr(xml, root.open, "name") ?? part });
}

function checkPivotTable(pkg: Package, part: string, sheet: SheetInfo, before: number): void {
  const xml = pkg.text(part);
  const location = descendants(xml, rootElement(xml), (t) => t.local === "location" && t.ns === NS.main)[0];
  const ref = location ? attr(xml, location.open, "ref") ?? "" : "";
  if (!location || reachesColumn(ref, before)) refuse("pivot", { sheet: sheet.name, where: attr(xml, rootElement(xml).open, "name") ?? part });
}

function checkPivotCache(pkg: Package, part: string, sheet: SheetInfo, before: number, names: ReturnType<typeof definedNames>, moves: (text: string) => boolean): void {
  const xml = pkg.text(part);
  for (const source of descendants(xml, rootElement(xml), (t) => t.local === "worksheetSource" && t.ns === NS.main)) {
    const onSheet = attr(xml, source.open, "sheet");
    const ref = attr(xml, source.open, "ref");
    const name = attr(xml, source.open, "name");
    const shifts =
      (onSheet !== undefined && sameName(onSheet, sheet.name) && ref !== undefined && shiftSqref(ref, before) !== ref) ||
      (name !== undefined && names.some((n) => sameName(n.name, name) && moves(n.text)));
    // A source named after a table: the table on this sheet is refused on its own.
    if (shifts) refuse("pivot", { sheet: sheet.name, where: part });
  }
}

/** Anchors of pictures, shapes and charts: anything touching the new column's place or right of it. */
function checkDrawing(pkg: Package, part: string, sheet: SheetInfo, before: number): void {
  const xml = pkg.text(part);
  const anchors = descendants(xml, rootElement(xml), (t) => t.ns === NS.drawing && (t.local === "twoCellAnchor" || t.local === "oneCellAnchor"));
  for (const anchor of anchors) {
    const corners = descendants(xml, anchor, (t) => t.ns === NS.drawing && (t.local === "from" || t.local === "to"));
    const lastColumn = Math.max(...corners.map((corner) => lastColumnOf(xml, corner)));
    if (lastColumn >= before) refuse("drawing", { sheet: sheet.name, where: part });
  }
}

/** The 1-based last column a `from`/`to` corner touches (a `to` at offset 0 stops at its column's left edge). */
function lastColumnOf(xml: string, corner: Element): number {
  const field = (local: string) => {
    const el = descendants(xml, corner, (t) => t.ns === NS.drawing && t.local === local)[0];
    return el ? Number(innerText(xml, el)) : 0;
  };
  const col = field("col");
  const offset = field("colOff");
  return corner.open.local === "to" && offset === 0 ? col : col + 1;
}

function checkNotes(pkg: Package, part: string, local: string, sheet: SheetInfo, before: number): void {
  const xml = pkg.text(part);
  for (const note of descendants(xml, rootElement(xml), (t) => t.local === local)) {
    const ref = attr(xml, note.open, "ref") ?? "";
    const cell = parseCell(ref);
    if (!cell || cell.col >= before) refuse("comments", { sheet: sheet.name, where: ref });
  }
}

/**
 * VML shapes: a note's cell (x:Column) must not move; any other shape (a form control) must not be
 * anchored at or right of the new column. A note box's own anchor is left as it is: it only
 * places the box while the note is shown, and Excel places it afresh.
 */
function checkVml(pkg: Package, part: string, sheet: SheetInfo, before: number): void {
  const xml = pkg.text(part);
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?ClientData\b([^>]*)>([\s\S]*?)<\/(?:[\w.-]+:)?ClientData>/g)) {
    const note = /ObjectType\s*=\s*["']Note["']/.test(m[1]);
    const column = /<(?:[\w.-]+:)?Column\b[^>]*>\s*(\d+)\s*</.exec(m[2]);
    const anchor = /<(?:[\w.-]+:)?Anchor\b[^>]*>\s*(\d+)/.exec(m[2]);
    const row = /<(?:[\w.-]+:)?Row\b[^>]*>\s*(\d+)\s*</.exec(m[2]);
    const col = note ? column && Number(column[1]) + 1 : anchor && Number(anchor[1]) + 1;
    if (col !== null && col < before) continue;
    if (note) refuse("comments", { sheet: sheet.name, where: col !== null && row ? cellAddress(Number(row[1]) + 1, col) : part });
    refuse("embedded-objects", { sheet: sheet.name, where: part });
  }
}

/** Sparklines drawn on this sheet right of the column, or reading it from any sheet. */
function checkSparklines(pkg: Package, other: SheetInfo, sheet: SheetInfo, before: number): void {
  const xml = pkg.text(other.part as string);
  if (!xml.includes("sparklineGroup")) return;
  const groups = descendants(xml, rootElement(xml), (t) => t.local === "sparklineGroup" && t.ns === NS.x14);
  for (const group of groups) {
    const texts = (local: string) => descendants(xml, group, (t) => t.ns === NS.xm && t.local === local).map((el) => unescapeXml(innerText(xml, el)));
    const reads = texts("f").some((f) => shiftColumns(f, sheet.name, other.name, before) !== f);
    const drawn = sameName(other.name, sheet.name) && texts("sqref").some((s) => reachesColumn(s, before));
    if (reads || drawn) refuse("sparklines", { sheet: sheet.name, where: other.name });
  }
}
