/**
 * Worksheet elements besides the cells that a patch adds to: merged areas, the dimension, and a
 * missing element put where the schema (CT_Worksheet) wants it.
 */
import type { MergedArea } from "../../core/grid";
import { applySplices, attr, children, isElement, NS, setAttr } from "./xml";
import type { Element, Splice } from "./xml";
import { section } from "./sheet-cells";
import type { SheetLayout } from "./sheet-cells";
import { areaRef, parseArea } from "./refs";

/** CT_Worksheet's children in order. */
const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges",
  "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting",
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF",
  "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

/** Where a missing worksheet child goes: before the first present element the schema puts after it. */
export function insertionPoint(layout: SheetLayout, local: string): number {
  const later = new Set(WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf(local) + 1));
  const starts = [...layout.sections.entries()].filter(([name]) => later.has(name)).map(([, els]) => els[0].open.start);
  return starts.length > 0 ? Math.min(...starts) : layout.root.close.start;
}

export interface MergeEl {
  el: Element;
  area: MergedArea;
}

export function merges(xml: string, layout: SheetLayout): MergeEl[] {
  const list = section(layout, "mergeCells");
  if (!list) return [];
  return children(xml, list)
    .filter((el) => isElement(el, NS.main, "mergeCell"))
    .flatMap((el) => {
      const area = parseArea(attr(xml, el.open, "ref") ?? "");
      return area ? [{ el, area }] : [];
    });
}

/** Merges to add and merges to replace (by their element), as splices on the sheet. */
export function mergeSplices(xml: string, layout: SheetLayout, add: MergedArea[], replace: { from: MergeEl; to: MergedArea }[]): Splice[] {
  const splices: Splice[] = replace.map(({ from, to }) => ({ start: from.el.open.start, end: from.el.open.end, text: setAttr(xml, from.el.open, "ref", areaRef(to)) }));
  if (add.length === 0) return splices;
  const list = section(layout, "mergeCells");
  const p = layout.root.open.prefix ? `${layout.root.open.prefix}:` : "";
  const added = add.map((a) => `<${p}mergeCell ref="${areaRef(a)}"/>`).join("");
  if (!list) {
    const at = insertionPoint(layout, "mergeCells");
    splices.push({ start: at, end: at, text: `<${p}mergeCells count="${add.length}">${added}</${p}mergeCells>` });
    return splices;
  }
  const count = merges(xml, layout).length + add.length;
  const open = attr(xml, list.open, "count") !== undefined ? setAttr(xml, list.open, "count", String(count)) : xml.slice(list.open.start, list.open.end);
  if (list.open.kind === "empty") {
    splices.push({ start: list.open.start, end: list.open.end, text: `${open.replace(/\s*\/>$/, ">")}${added}</${list.open.name}>` });
  } else {
    splices.push({ start: list.open.start, end: list.open.end, text: open });
    splices.push({ start: list.close.start, end: list.close.start, text: added });
  }
  return splices;
}

/**
 * Whether a cell lies inside a merged area without being its top-left cell (a write there would
 * be lost). Merges are looked up by row, so a sheet of many merges and many writes stays linear;
 * tall merges (a whole column) are checked one by one.
 */
export function coveringMerges(all: MergeEl[]): (row: number, col: number) => boolean {
  const TALL = 1000;
  const byRow = new Map<number, MergedArea[]>();
  const tall: MergedArea[] = [];
  for (const { area } of all) {
    if (area.bottom - area.top >= TALL) {
      tall.push(area);
      continue;
    }
    for (let row = area.top; row <= area.bottom; row++) byRow.set(row, [...(byRow.get(row) ?? []), area]);
  }
  const covers = (area: MergedArea, row: number, col: number) => col >= area.left && col <= area.right && row >= area.top && row <= area.bottom && !(row === area.top && col === area.left);
  return (row, col) => (byRow.get(row) ?? []).some((a) => covers(a, row, col)) || tall.some((a) => covers(a, row, col));
}

/** The dimension grown to take in `cells` (left as it is when they lie inside). */
export function growDimension(xml: string, layout: SheetLayout, cells: { row: number; col: number }[]): string {
  const dimension = section(layout, "dimension");
  if (!dimension || cells.length === 0) return xml;
  const area = parseArea(attr(xml, dimension.open, "ref") ?? "");
  if (!area) return xml;
  const grown = { ...area };
  for (const { row, col } of cells) {
    grown.top = Math.min(grown.top, row);
    grown.bottom = Math.max(grown.bottom, row);
    grown.left = Math.min(grown.left, col);
    grown.right = Math.max(grown.right, col);
  }
  if (grown.top === area.top && grown.bottom === area.bottom && grown.left === area.left && grown.right === area.right) return xml;
  return applySplices(xml, [{ start: dimension.open.start, end: dimension.open.end, text: setAttr(xml, dimension.open, "ref", areaRef(grown)) }]);
}
