/**
 * One column inserted into a worksheet part the way Excel does it, as edits to the part's text:
 * cells and their `r`, row spans, column widths, merges, every sqref (conditional formats, data
 * validations, hyperlinks, protected ranges, ignored errors, x14 extensions), the auto filter,
 * panes and selections, page breaks and every formula (shared ones kept shared where Excel would
 * derive the same). The new column's cells take the look of their left neighbours ("format same
 * as left"). A sheet that does not move gets only its formulas rewritten where they name the one
 * that does.
 */
import { cellAddress, sameSheet } from "../../core/address";
import { applySplices, attr, attributes, escapeAttr, escapeText, innerText, NS, unescapeXml, XmlScanner } from "./xml";
import type { Splice, Tag } from "./xml";
import { cellsOf, rowsOf, sheetLayout } from "./sheet-cells";
import type { SheetLayout } from "./sheet-cells";
import { formulaCells, shiftFormulas } from "./sheet-formulas";
import { landing, MAX_COLUMN, shiftAreaRef, shiftCellRef, shiftColumns, shiftSqref, parseArea } from "./refs";
import { refuse } from "./refusal";

export interface ColumnInsert {
  /** The sheet that gets the column. */
  target: string;
  /** 1-based: the new column takes this place, the column there and those right of it move one over. */
  before: number;
}

/** The sheet part `xml`, of sheet `home`, after the insert. */
export function insertColumnInSheet(xml: string, home: string, insert: ColumnInsert): string {
  const layout = sheetLayout(xml);
  const moves = sameSheet(home, insert.target);
  const shift = (text: string) => shiftColumns(text, insert.target, home, insert.before);
  const { before } = insert;
  const formulas = formulaCells(xml, layout);
  const splices: Splice[] = [
    ...shiftFormulas(xml, formulas, {
      shift,
      land: moves ? (col) => landing(col, before) : (col) => col,
      moveRef: moves ? (ref) => shiftAreaRef(ref, before) : (ref) => ref,
    }),
    ...(moves ? moveCells(xml, layout, before, home) : []),
    ...rewriteOutsideCells(xml, layout, home, moves ? before : null, shift),
  ];
  return applySplices(xml, splices);
}

/** A new value for an attribute that is there (no splice when it is absent or unchanged). */
function attrSplice(xml: string, tag: Tag, name: string, next: (value: string) => string): Splice[] {
  const found = attributes(xml, tag).find((a) => a.name === name);
  if (!found) return [];
  const value = unescapeXml(found.raw);
  const changed = next(value);
  return changed === value ? [] : [{ start: found.valueStart, end: found.valueEnd, text: escapeAttr(changed) }];
}

/** Cells right of the insert move one column; rows' spans widen; the new column looks like its left. */
function moveCells(xml: string, layout: SheetLayout, before: number, home: string): Splice[] {
  const splices: Splice[] = [];
  for (const row of rowsOf(xml, layout.sheetData)) {
    splices.push(...attrSplice(xml, row.el.open, "spans", (spans) => shiftSpans(spans, before)));
    const cells = cellsOf(xml, row);
    let left: string | undefined;
    let insertAt: number | null = null;
    for (const cell of cells) {
      if (cell.col === before - 1) {
        left = attr(xml, cell.el.open, "s");
        insertAt = cell.el.close.end;
      }
      if (cell.col < before) continue;
      if (cell.col >= MAX_COLUMN) refuse("last-column", { sheet: home, where: `XFD${row.r}` });
      if (insertAt === null) insertAt = cell.el.open.start;
      const ref = cellAddress(row.r, cell.col + 1);
      if (cell.explicit) splices.push(...attrSplice(xml, cell.el.open, "r", () => ref));
    }
    const styled = left !== undefined && left !== "0";
    // Cells written without `r` count on from the one before: a new cell keeps them in place.
    const implicitAfter = cells.some((c) => !c.explicit && c.col >= before);
    if (insertAt !== null && (styled || implicitAfter)) {
      const p = row.el.open.prefix ? `${row.el.open.prefix}:` : "";
      splices.push({ start: insertAt, end: insertAt, text: `<${p}c r="${cellAddress(row.r, before)}"${styled ? ` s="${left}"` : ""}/>` });
    }
  }
  return splices;
}

function shiftSpans(spans: string, before: number): string {
  const m = /^(\d+):(\d+)$/.exec(spans.trim());
  if (!m) return spans;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return `${a >= before ? a + 1 : a}:${b >= before - 1 ? Math.min(MAX_COLUMN, b + 1) : b}`;
}

/** Worksheet children that hold things the patcher cannot move: refused when the sheet moves. */
const CANNOT_MOVE: Record<string, "embedded-objects" | "other-references"> = {
  oleObjects: "embedded-objects",
  controls: "embedded-objects",
  scenarios: "other-references",
  dataConsolidate: "other-references",
  smartTags: "other-references",
  webPublishItems: "other-references",
};

/**
 * Everything outside `<sheetData>`: references when the sheet moves (`before` set), and formulas
 * on any sheet (conditional formats, validations, hyperlink locations, x14 extensions).
 */
function rewriteOutsideCells(xml: string, layout: SheetLayout, home: string, before: number | null, shift: (text: string) => string): Splice[] {
  const splices: Splice[] = [];
  const scanner = new XmlScanner(xml, layout.root.open.end, layout.root.open.scope, 1, layout.root.close.start);
  const path: string[] = [];
  let filterLeft: number | null = null;
  const textOf = (tag: Tag) => {
    const close = scanner.closeOf(tag);
    return { el: { open: tag, close }, text: unescapeXml(innerText(xml, { open: tag, close })) };
  };
  const rewriteText = (tag: Tag, next: (text: string) => string) => {
    const { el, text } = textOf(tag);
    const changed = next(text);
    if (changed !== text && el.open.kind === "open") splices.push({ start: el.open.end, end: el.close.start, text: escapeText(changed) });
  };
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.kind === "close") {
      path.pop();
      continue;
    }
    const main = tag.ns === NS.main;
    const local = tag.local;
    if (tag.depth === 1 && main && local === "sheetData") {
      scanner.closeOf(tag);
      continue;
    }
    if (tag.depth === 1 && main && before !== null && CANNOT_MOVE[local]) refuse(CANNOT_MOVE[local], { sheet: home, where: local });
    if (tag.ns === NS.xm && local === "f") {
      rewriteText(tag, shift);
      continue;
    }
    if (tag.ns === NS.xm && local === "sqref") {
      if (before !== null) rewriteText(tag, (s) => shiftSqref(s, before));
      else scanner.closeOf(tag);
      continue;
    }
    if (main && (local === "formula" || local === "formula1" || local === "formula2")) {
      rewriteText(tag, shift);
      continue;
    }
    if (main) {
      if (local === "hyperlink") splices.push(...attrSplice(xml, tag, "location", shift));
      if (before !== null) splices.push(...moveAttributes(xml, tag, path, before, filterLeft));
      if (before !== null && local === "autoFilter") filterLeft = parseArea(attr(xml, tag, "ref") ?? "")?.left ?? null;
    }
    if (tag.kind === "open") path.push(local);
  }
  return splices;
}

/** Attributes holding cells, areas or columns of the sheet that moves. */
function moveAttributes(xml: string, tag: Tag, path: string[], before: number, filterLeft: number | null): Splice[] {
  const sq = (name: string) => attrSplice(xml, tag, name, (v) => shiftSqref(v, before));
  const area = (name: string) => attrSplice(xml, tag, name, (v) => shiftAreaRef(v, before));
  const cell = (name: string) => attrSplice(xml, tag, name, (v) => shiftCellRef(v, before));
  switch (tag.local) {
    case "dimension":
    case "mergeCell":
    case "hyperlink":
    case "autoFilter":
    case "sortState":
    case "sortCondition":
      return area("ref");
    case "selection":
      return [...cell("activeCell"), ...sq("sqref")];
    case "pane": {
      const frozen = /^frozen/.test(attr(xml, tag, "state") ?? "");
      const split = frozen ? attrSplice(xml, tag, "xSplit", (v) => (before <= Number(v) ? String(Number(v) + 1) : v)) : [];
      return [...cell("topLeftCell"), ...split];
    }
    case "conditionalFormatting":
    case "dataValidation":
    case "protectedRange":
    case "ignoredError":
      return sq("sqref");
    case "cellWatch":
      return cell("r");
    case "col":
      return moveCol(xml, tag, before);
    case "brk":
      return path[path.length - 1] === "colBreaks" ? attrSplice(xml, tag, "id", (v) => (Number(v) >= before - 1 ? String(Number(v) + 1) : v)) : [];
    case "filterColumn":
      if (filterLeft === null) return [];
      return attrSplice(xml, tag, "colId", (v) => (filterLeft + Number(v) >= before ? String(Number(v) + 1) : v));
    default:
      return [];
  }
}

/** A `<col>` range: right of the insert it moves; reaching the column left of it, it widens over the new one. */
function moveCol(xml: string, tag: Tag, before: number): Splice[] {
  const min = Number(attr(xml, tag, "min"));
  const max = Number(attr(xml, tag, "max"));
  if (!(min > 0) || !(max >= min)) return [];
  const bump = (v: number) => String(Math.min(MAX_COLUMN, v + 1));
  if (min >= before) return [...attrSplice(xml, tag, "min", () => bump(min)), ...attrSplice(xml, tag, "max", () => bump(max))];
  if (max >= before - 1) return attrSplice(xml, tag, "max", () => bump(max));
  return [];
}
