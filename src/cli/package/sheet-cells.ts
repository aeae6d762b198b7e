/**
 * A worksheet part's cells, found and rewritten as text: rows and cells located in `<sheetData>`
 * (their `r` inferred where a writer left it out), a cell replaced or inserted in column order, a
 * row inserted in row order. Every other cell, row and element keeps its bytes.
 */
import { columnNumber } from "../../core/address";
import type { CellValue } from "../../core/grid";
import { applySplices, attr, children, escapeText, isElement, NS, rootElement, setAttrs } from "./xml";
import type { Element, Splice } from "./xml";
import { refuse } from "./refusal";

export interface SheetLayout {
  root: Element;
  sheetData: Element;
  /** The worksheet's direct children in the main namespace, by local name, in order. */
  sections: Map<string, Element[]>;
}

export function sheetLayout(xml: string): SheetLayout {
  const root = rootElement(xml);
  if (!isElement(root, NS.main, "worksheet")) return refuse("unreadable", { detail: "a sheet part that is no worksheet" });
  const sections = new Map<string, Element[]>();
  for (const el of children(xml, root)) {
    if (el.open.ns !== NS.main) continue;
    sections.set(el.open.local, [...(sections.get(el.open.local) ?? []), el]);
  }
  const sheetData = sections.get("sheetData")?.[0];
  if (!sheetData) return refuse("unreadable", { detail: "a worksheet without sheetData" });
  return { root, sheetData, sections };
}

export function section(layout: SheetLayout, local: string): Element | undefined {
  return layout.sections.get(local)?.[0];
}

export interface RowEl {
  el: Element;
  r: number;
}

export interface CellEl {
  el: Element;
  row: number;
  col: number;
  /** False when the writer left `r` out and the position was counted. */
  explicit: boolean;
}

export function rowsOf(xml: string, sheetData: Element): RowEl[] {
  let previous = 0;
  return children(xml, sheetData)
    .filter((el) => isElement(el, NS.main, "row"))
    .map((el) => {
      const r = Number(attr(xml, el.open, "r") ?? previous + 1);
      previous = r;
      return { el, r };
    });
}

const CELL_REF = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

export function cellsOf(xml: string, row: RowEl): CellEl[] {
  let previous = 0;
  return children(xml, row.el)
    .filter((el) => isElement(el, NS.main, "c"))
    .map((el) => {
      const ref = attr(xml, el.open, "r");
      const m = ref === undefined ? null : CELL_REF.exec(ref);
      const col = m ? columnNumber(m[1]) : previous + 1;
      previous = col;
      return { el, row: row.r, col, explicit: m !== null };
    });
}

/** A cell's parts: its type, style and the elements it holds. */
export interface CellParts {
  t: string | undefined;
  s: number;
  f?: Element;
  v?: Element;
  extLst?: Element;
}

export function cellParts(xml: string, cell: Element): CellParts {
  const parts: CellParts = { t: attr(xml, cell.open, "t"), s: Number(attr(xml, cell.open, "s") ?? 0) };
  for (const el of children(xml, cell)) {
    if (isElement(el, NS.main, "f")) parts.f = el;
    else if (isElement(el, NS.main, "v")) parts.v = el;
    else if (isElement(el, NS.main, "extLst")) parts.extLst = el;
  }
  return parts;
}

/** What goes into one cell: `build` gets the cell there now (or null) and returns the new `<c>`. */
export interface CellEdit {
  row: number;
  col: number;
  build: (existing: CellEl | null) => string;
}

/** Carries out cell edits in one pass over the rows that hold them. */
export function editCells(xml: string, layout: SheetLayout, edits: CellEdit[], rows: RowEl[] = rowsOf(xml, layout.sheetData)): string {
  if (edits.length === 0) return xml;
  const byRow = new Map<number, CellEdit[]>();
  for (const edit of edits) {
    const list = byRow.get(edit.row);
    if (list) list.push(edit);
    else byRow.set(edit.row, [edit]);
  }
  const byNumber = new Map(rows.map((row) => [row.r, row]));
  const prefix = layout.sheetData.open.prefix ? `${layout.sheetData.open.prefix}:` : "";
  const splices: Splice[] = [];
  const missing: number[] = [];
  for (const [r, rowEdits] of byRow) {
    const row = byNumber.get(r);
    if (row) for (const splice of editRow(xml, row, rowEdits)) splices.push(splice);
    else missing.push(r);
  }
  if (missing.length > 0) {
    const added = missing.sort((a, b) => a - b).map((r) => ({ r, text: newRow(r, byRow.get(r) as CellEdit[], prefix) }));
    if (layout.sheetData.open.kind === "empty") {
      const open = xml.slice(layout.sheetData.open.start, layout.sheetData.open.end).replace(/\s*\/>$/, ">");
      splices.push({ start: layout.sheetData.open.start, end: layout.sheetData.open.end, text: `${open}${added.map((a) => a.text).join("")}</${layout.sheetData.open.name}>` });
    } else {
      const sorted = [...rows].sort((a, b) => a.r - b.r);
      for (const { r, text } of added) {
        const next = firstAfter(sorted, r);
        const at = next ? next.el.open.start : layout.sheetData.close.start;
        splices.push({ start: at, end: at, text });
      }
    }
  }
  return applySplices(xml, splices);
}

/** The first row numbered above `r` (rows sorted by number), by bisection. */
function firstAfter(sorted: RowEl[], r: number): RowEl | undefined {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].r > r) high = mid;
    else low = mid + 1;
  }
  return sorted[low];
}

function editRow(xml: string, row: RowEl, edits: CellEdit[]): Splice[] {
  const cells = cellsOf(xml, row);
  const splices: Splice[] = [];
  const inserted: { col: number; text: string }[] = [];
  for (const edit of [...edits].sort((a, b) => a.col - b.col)) {
    const cell = cells.find((c) => c.col === edit.col);
    if (cell) splices.push({ start: cell.el.open.start, end: cell.el.close.end, text: edit.build(cell) });
    else inserted.push({ col: edit.col, text: edit.build(null) });
  }
  if (inserted.length === 0) return splices;
  if (cells.some((c) => !c.explicit)) refuse("unreadable", { detail: `row ${row.r} has cells without addresses` });
  const spans = widenedSpans(attr(xml, row.el.open, "spans"), inserted.map((i) => i.col));
  const rowOpen = spans ? setAttrs(xml.slice(row.el.open.start, row.el.open.end), [["spans", spans]]) : xml.slice(row.el.open.start, row.el.open.end);
  if (spans) splices.push({ start: row.el.open.start, end: row.el.open.end, text: rowOpen });
  if (row.el.open.kind === "empty") {
    const open = rowOpen.replace(/\s*\/>$/, ">");
    if (spans) splices.pop();
    splices.push({ start: row.el.open.start, end: row.el.open.end, text: `${open}${inserted.map((i) => i.text).join("")}</${row.el.open.name}>` });
    return splices;
  }
  for (const { col, text } of inserted) {
    const next = cells.find((c) => c.col > col);
    // Cells go in column order, before the row's own extLst if it has one.
    const tail = children(xml, row.el).find((el) => !isElement(el, NS.main, "c"));
    const at = next ? next.el.open.start : tail ? tail.open.start : row.el.close.start;
    splices.push({ start: at, end: at, text });
  }
  return splices;
}

/** A row's `spans` hint ("1:11") taking in new columns; null when it has none or already does. */
function widenedSpans(spans: string | undefined, cols: number[]): string | null {
  const m = spans === undefined ? null : /^(\d+):(\d+)$/.exec(spans.trim());
  if (!m) return null;
  const low = Math.min(Number(m[1]), ...cols);
  const high = Math.max(Number(m[2]), ...cols);
  return low === Number(m[1]) && high === Number(m[2]) ? null : `${low}:${high}`;
}

function newRow(r: number, edits: CellEdit[], prefix: string): string {
  const cells = [...edits].sort((a, b) => a.col - b.col).map((e) => e.build(null));
  return `<${prefix}row r="${r}">${cells.join("")}</${prefix}row>`;
}

/** The value of a cell as the `<v>`/`<is>` it is stored with, and its `t`. */
export interface StoredValue {
  t: string | null;
  /** The cell's content after `<f>`: "<v>…</v>", "<is>…</is>" or "". */
  content: (prefix: string) => string;
}

/** A formula's cached result: text as t="str" (an empty text too), numbers plain, errors t="e". */
export function cachedResult(value: CellValue | undefined, date1904: boolean): StoredValue {
  if (value === null || value === undefined) return { t: null, content: () => "" };
  if (typeof value === "string") return { t: "str", content: (p) => `<${p}v>${escapeText(value)}</${p}v>` };
  return plainValue(value, date1904);
}

/** A plain value (no formula): text inline, so the shared strings part stays as it was. */
export function storedValue(value: CellValue | undefined, date1904: boolean): StoredValue {
  if (value === null || value === undefined || value === "") return { t: null, content: () => "" };
  if (typeof value === "string") return { t: "inlineStr", content: (p) => `<${p}is><${p}t xml:space="preserve">${escapeText(value)}</${p}t></${p}is>` };
  return plainValue(value, date1904);
}

function plainValue(value: Exclude<CellValue, null | string>, date1904: boolean): StoredValue {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { t: "e", content: (p) => `<${p}v>#NUM!</${p}v>` };
    return { t: null, content: (p) => `<${p}v>${String(value)}</${p}v>` };
  }
  if (typeof value === "boolean") return { t: "b", content: (p) => `<${p}v>${value ? 1 : 0}</${p}v>` };
  if (value instanceof Date) {
    const serial = value.getTime() / 86400000 + 25569 - (date1904 ? 1462 : 0);
    return { t: null, content: (p) => `<${p}v>${String(serial)}</${p}v>` };
  }
  return { t: "e", content: (p) => `<${p}v>${escapeText(value.error)}</${p}v>` };
}

/**
 * A cell's new text: its start tag keeps every attribute but those the value decides (t) or that
 * described the old value (cm, vm: cell and value metadata), with `s` when given; its content is
 * `inner` plus the old extLst.
 */
export function rebuiltCell(xml: string, existing: CellEl | null, prefix: string, ref: string, style: number | null, t: string | null, inner: string): string {
  const changes: [string, string | null][] = [
    ["t", t],
    ["cm", null],
    ["vm", null],
  ];
  if (style !== null) changes.push(["s", style === 0 ? null : String(style)]);
  if (!existing) {
    const open = setAttrs(`<${prefix}c r="${ref}">`, changes);
    return `${open}${inner}</${prefix}c>`;
  }
  const el = existing.el;
  const parts = cellParts(xml, el);
  const tagText = xml.slice(el.open.start, el.open.end).replace(/\s*\/>$/, ">");
  const open = setAttrs(tagText, existing.explicit ? changes : [["r", ref], ...changes]);
  const extLst = parts.extLst ? xml.slice(parts.extLst.open.start, parts.extLst.close.end) : "";
  return `${open}${inner}${extLst}</${el.open.name}>`;
}

/** The prefix (with colon) cells of this sheet are written with. */
export function cellPrefix(layout: SheetLayout): string {
  return layout.sheetData.open.prefix ? `${layout.sheetData.open.prefix}:` : "";
}

