/**
 * styles.xml, edited in place: a cell format (xf) read, a number format found or added, an xf
 * cloned with another number format (or an identical one reused), records appended to a
 * collection with its count kept right. Nothing else in the part is rewritten.
 */
import { applySplices, attr, attributes, child, children, escapeAttr, NS, rootElement, setAttr, setAttrs, unescapeXml } from "./xml";
import type { Element, Splice } from "./xml";

/** Number formats every Excel knows by id (ECMA-376 §18.8.30), those a patch may ask for. */
const BUILT_IN: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10 };
const FIRST_CUSTOM_ID = 164;

/** Collections of styles.xml in schema order (CT_Stylesheet): where a missing one goes. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

export class StyleSheet {
  private readonly clones = new Map<string, number>();
  private readonly locks = new Map<number, boolean>();
  /** Parsed collections of the current text (dropped whenever the text changes). */
  private parsed = new Map<string, Element[]>();
  private xml: string;

  constructor(xml: string) {
    this.xml = xml;
  }

  get text(): string {
    return this.xml;
  }

  private set text(xml: string) {
    this.xml = xml;
    this.parsed = new Map();
  }

  /** The records of a collection ("cellXfs", "fonts"…), in order. */
  records(collection: string): Element[] {
    const known = this.parsed.get(collection);
    if (known) return known;
    const section = this.section(collection);
    const found = section ? children(this.xml, section).filter((el) => el.open.ns === NS.main) : [];
    this.parsed.set(collection, found);
    return found;
  }

  recordText(el: Element): string {
    return this.xml.slice(el.open.start, el.close.end);
  }

  /** The number format code of an xf; "General" when it has none. */
  numberFormatOf(xfIndex: number): string {
    const xf = this.records("cellXfs")[xfIndex];
    const id = Number((xf && attr(this.xml, xf.open, "numFmtId")) ?? 0);
    return this.formatCode(id) ?? `#${id}`;
  }

  formatCode(id: number): string | undefined {
    for (const el of this.records("numFmts")) if (Number(attr(this.xml, el.open, "numFmtId")) === id) return attr(this.xml, el.open, "formatCode");
    return Object.entries(BUILT_IN).find(([, n]) => n === id)?.[0];
  }

  /** False only when the xf says `<protection locked="0"/>`: cells are locked by default. */
  isLocked(xfIndex: number): boolean {
    const known = this.locks.get(xfIndex);
    if (known !== undefined) return known;
    const xf = this.records("cellXfs")[xfIndex];
    const protection = xf && child(this.xml, xf, NS.main, "protection");
    const locked = !protection || !/^(0|false)$/.test(attr(this.xml, protection.open, "locked") ?? "1");
    this.locks.set(xfIndex, locked);
    return locked;
  }

  /** The id of a number format code, added as a custom format when the workbook has none like it. */
  numberFormatId(code: string): number {
    if (BUILT_IN[code] !== undefined) return BUILT_IN[code];
    const formats = this.records("numFmts");
    for (const el of formats) if (attr(this.xml, el.open, "formatCode") === code) return Number(attr(this.xml, el.open, "numFmtId"));
    const id = Math.max(FIRST_CUSTOM_ID - 1, ...formats.map((el) => Number(attr(this.xml, el.open, "numFmtId") ?? 0))) + 1;
    this.append("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  /**
   * The index of an xf that looks like `xfIndex` but shows numbers with `code`: the same one when it
   * already does, an identical existing one, or a clone appended to cellXfs.
   */
  withNumberFormat(xfIndex: number, code: string): number {
    const key = `${xfIndex}\u0000${code}`;
    const known = this.clones.get(key);
    if (known !== undefined) return known;
    if (this.numberFormatOf(xfIndex) === code) {
      this.clones.set(key, xfIndex);
      return xfIndex;
    }
    const id = this.numberFormatId(code);
    const xfs = this.records("cellXfs");
    const base = xfs[xfIndex] ?? xfs[0];
    let text = base ? this.recordText(base) : '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const openLength = base ? base.open.end - base.open.start : text.length;
    const open = setAttr(text.slice(0, openLength), { start: 0, end: openLength }, "numFmtId", String(id));
    text = withApply(open) + text.slice(openLength);
    const index = this.appendRecord("cellXfs", text);
    this.clones.set(key, index);
    return index;
  }

  /**
   * The index of an xf that looks like `xfIndex` in every way but its fill, which is `fill` (a
   * `<fill>` record, reused when styles.xml has an identical one): an identical xf when there is
   * one, else a clone appended to cellXfs.
   */
  withFill(xfIndex: number, fill: string): number {
    const key = `${xfIndex}\u0000fill\u0000${fill}`;
    const known = this.clones.get(key);
    if (known !== undefined) return known;
    const fillId = this.appendRecord("fills", fill);
    const xfs = this.records("cellXfs");
    const base = xfs[xfIndex] ?? xfs[0];
    const text = base ? this.recordText(base) : '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const openLength = base ? base.open.end - base.open.start : text.length;
    const open = setAttrs(text.slice(0, openLength), [
      ["fillId", String(fillId)],
      ["applyFill", "1"],
    ]);
    const index = this.appendRecord("cellXfs", open + text.slice(openLength));
    this.clones.set(key, index);
    return index;
  }

  /** Appends `text` to a collection unless an identical record is there; returns its index. */
  appendRecord(collection: string, text: string): number {
    const wanted = canonical(this.prefixed(text));
    const existing = this.records(collection).findIndex((el) => canonical(this.recordText(el)) === wanted);
    if (existing >= 0) return existing;
    return this.append(collection, text);
  }

  /**
   * Appends `text` (SpreadsheetML written unprefixed, as exceljs and this file write it) to a
   * collection (created where the schema wants it), keeping `count`; returns its index.
   */
  append(collection: string, unprefixed: string): number {
    const text = this.prefixed(unprefixed);
    const section = this.section(collection);
    if (!section) {
      this.text = this.create(collection, text);
      return 0;
    }
    const count = this.records(collection).length;
    const splices: Splice[] = [];
    const openText = this.xml.slice(section.open.start, section.open.end);
    const counted = attr(this.xml, section.open, "count") !== undefined ? setAttr(this.xml, section.open, "count", String(count + 1)) : openText;
    if (section.open.kind === "empty") {
      splices.push({ start: section.open.start, end: section.open.end, text: `${counted.replace(/\s*\/>$/, ">")}${text}</${section.open.name}>` });
    } else {
      splices.push({ start: section.open.start, end: section.open.end, text: counted });
      splices.push({ start: section.close.start, end: section.close.start, text });
    }
    this.text = applySplices(this.xml, splices);
    return count;
  }

  /** A record in the prefix the part writes SpreadsheetML with ("x:" from the OpenXML SDK). */
  private prefixed(text: string): string {
    const root = rootElement(this.xml);
    return root.open.prefix ? prefixElements(text, `${root.open.prefix}:`) : text;
  }

  private create(collection: string, text: string): string {
    const root = rootElement(this.xml);
    const prefix = root.open.prefix ? `${root.open.prefix}:` : "";
    const element = `<${prefix}${collection} count="1">${text}</${prefix}${collection}>`;
    const later = new Set(ORDER.slice(ORDER.indexOf(collection) + 1));
    const next = children(this.xml, root).find((el) => el.open.ns === NS.main && later.has(el.open.local));
    const at = next ? next.open.start : root.close.start;
    return this.xml.slice(0, at) + element + this.xml.slice(at);
  }

  private section(collection: string): Element | undefined {
    return child(this.xml, rootElement(this.xml), NS.main, collection);
  }
}

/** Every unprefixed element name of `text` given `prefix`. */
function prefixElements(text: string, prefix: string): string {
  return text.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, `<$1${prefix}$2`);
}

/** An xf that sets a number format says so (Excel ignores numFmtId on a cell xf without it in some views). */
function withApply(open: string): string {
  return setAttr(open, { start: 0, end: open.length }, "applyNumberFormat", "1");
}

/** A record's identity: its attributes in any order, its content as written. */
export function canonical(text: string): string {
  const openEnd = text.indexOf(">") + 1;
  const attrs = attributes(text, { start: 0, end: openEnd })
    .map((a) => `${a.name}=${unescapeXml(a.raw)}`)
    .sort()
    .join("\u0001");
  const name = /^<([^\s/>]+)/.exec(text)?.[1] ?? "";
  const inner = text.endsWith("/>") && openEnd === text.length ? "" : text.slice(openEnd, text.lastIndexOf("</"));
  return `${name}\u0002${attrs}\u0002${inner.replace(/>\s+</g, "><").trim()}`;
}

