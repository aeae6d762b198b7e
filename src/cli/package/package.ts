/**
 * An .xlsx/.xlsm package open for patching: parts read on demand (CRC-checked), a part's text
 * replaced only when it really changes, parts added or removed, and the zip written back with
 * every untouched entry copied byte for byte. Also the package's plumbing: relationships and
 * content types.
 */
import { openZip, partKey, readEntry } from "../../xlsx/zip";
import type { Inflate, ZipArchive, ZipEntry } from "../../xlsx/zip";
import { writeZip } from "./zip-write";
import type { Deflate, OutputEntry } from "./zip-write";
import { attr, children, escapeAttr, isElement, NS, rootElement } from "./xml";
import type { Element } from "./xml";
import { refuse } from "./refusal";

/** Compression, injected so the patcher runs wherever zlib (or fflate) does. */
export interface Codec {
  inflate: Inflate;
  deflate: Deflate;
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

export class Package {
  private readonly byKey = new Map<string, ZipEntry>();
  private readonly texts = new Map<string, string>();
  private readonly replaced = new Map<string, Uint8Array>();
  private readonly removed = new Set<string>();
  private readonly added: string[] = [];

  private constructor(
    private readonly zip: ZipArchive,
    private readonly codec: Codec,
  ) {
    for (const entry of zip.entries) {
      if (entry.name.endsWith("/")) continue;
      const key = partKey(entry.name);
      if (this.byKey.has(key)) refuse("unreadable", { detail: `two zip entries named ${entry.name}` });
      this.byKey.set(key, entry);
    }
  }

  static open(bytes: Uint8Array, codec: Codec): Package {
    let zip: ZipArchive;
    try {
      zip = openZip(bytes);
    } catch (err) {
      return refuse("unreadable", { detail: messageOf(err) });
    }
    return new Package(zip, codec);
  }

  has(name: string): boolean {
    const key = partKey(name);
    return !this.removed.has(key) && (this.byKey.has(key) || this.replaced.has(key));
  }

  /** Part names as stored, in zip order, then the added ones. */
  names(): string[] {
    const names = this.zip.entries.filter((e) => !e.name.endsWith("/") && !this.removed.has(partKey(e.name))).map((e) => e.name);
    return [...names, ...this.added.filter((n) => !this.removed.has(partKey(n)))];
  }

  bytes(name: string): Uint8Array {
    const key = partKey(name);
    const replaced = this.replaced.get(key);
    if (replaced) return replaced;
    const entry = this.byKey.get(key);
    if (!entry || this.removed.has(key)) return refuse("unreadable", { detail: `part ${name} is missing` });
    try {
      return readEntry(this.zip, entry, this.codec.inflate);
    } catch (err) {
      return refuse("unreadable", { detail: messageOf(err) });
    }
  }

  /** A part as text: UTF-8 only (its byte-order mark kept as U+FEFF, so writing it back keeps it). */
  text(name: string): string {
    const key = partKey(name);
    const cached = this.texts.get(key);
    if (cached !== undefined) return cached;
    const data = this.bytes(name);
    if ((data[0] === 0xfe && data[1] === 0xff) || (data[0] === 0xff && data[1] === 0xfe)) refuse("unreadable", { detail: `${name} is UTF-16` });
    let text: string;
    try {
      text = decoder.decode(data);
    } catch {
      return refuse("unreadable", { detail: `${name} is not valid UTF-8` });
    }
    const declared = /^\uFEFF?<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(text);
    if (declared && !/^utf-?8$/i.test(declared[1])) refuse("unreadable", { detail: `${name} is encoded as ${declared[1]}` });
    this.texts.set(key, text);
    return text;
  }

  /** Replaces (or adds) a part's text; writing back what was read changes nothing. */
  setText(name: string, text: string): void {
    const key = partKey(name);
    if (this.byKey.has(key) && !this.replaced.has(key) && !this.removed.has(key) && this.text(name) === text) return;
    this.texts.set(key, text);
    this.setBytes(name, encoder.encode(text));
  }

  setBytes(name: string, data: Uint8Array): void {
    const key = partKey(name);
    if (!this.byKey.has(key) && !this.added.some((n) => partKey(n) === key)) this.added.push(name);
    this.removed.delete(key);
    this.replaced.set(key, data);
  }

  remove(name: string): void {
    const key = partKey(name);
    this.removed.add(key);
    this.replaced.delete(key);
    this.texts.delete(key);
  }

  /** Parts whose bytes differ from the source's (added ones included), and the removed ones. */
  changes(): { changed: string[]; removed: string[] } {
    const changed = this.names().filter((n) => this.replaced.has(partKey(n)));
    const removed = this.zip.entries.filter((e) => this.removed.has(partKey(e.name))).map((e) => e.name);
    return { changed, removed };
  }

  toBytes(now?: Date): Uint8Array {
    const out: OutputEntry[] = [];
    for (const entry of this.zip.entries) {
      const key = partKey(entry.name);
      if (this.removed.has(key)) continue;
      const data = this.replaced.get(key);
      out.push(data ? { kind: "data", name: entry.name, data, like: entry } : { kind: "copy", entry });
    }
    for (const name of this.added) {
      const data = this.replaced.get(partKey(name));
      if (data && !this.removed.has(partKey(name))) out.push({ kind: "data", name, data });
    }
    return writeZip(this.zip.bytes, out, this.codec.deflate, this.zip.comment, now);
  }
}

export function messageOf(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split(/\r?\n/)[0].slice(0, 120);
}

export interface Relationship {
  id: string;
  type: string;
  /** The target part's name (resolved, no leading slash), or the URL of an external target. */
  target: string;
  external: boolean;
}

/** "xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) -> "_rels/.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part's folder. */
export function resolveTarget(source: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : `${source.slice(0, source.lastIndexOf("/") + 1)}${target}`;
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.map((s) => safeDecode(s)).join("/");
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function relationships(pkg: Package, source: string): Relationship[] {
  const rels = relsPartOf(source);
  if (!pkg.has(rels)) return [];
  const xml = pkg.text(rels);
  return relationshipElements(xml).map((el) => {
    const external = attr(xml, el.open, "TargetMode") === "External";
    const target = attr(xml, el.open, "Target") ?? "";
    return { id: attr(xml, el.open, "Id") ?? "", type: attr(xml, el.open, "Type") ?? "", target: external ? target : resolveTarget(source, target), external };
  });
}

function relationshipElements(xml: string): Element[] {
  return children(xml, rootElement(xml)).filter((c) => isElement(c, NS.packageRel, "Relationship"));
}

/** Relationship types by their last word ("worksheet", "chart", "pivotTable"…), transitional or strict. */
export function relType(rel: Relationship): string {
  return rel.type.slice(rel.type.lastIndexOf("/") + 1);
}

/** Adds a relationship to `source`'s rels part (created when missing) under a fresh id; returns the id. */
export function addRelationship(pkg: Package, source: string, type: string, target: string): string {
  const rels = relsPartOf(source);
  const xml = pkg.has(rels) ? pkg.text(rels) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.packageRel}"></Relationships>`;
  const taken = new Set(relationshipElements(xml).map((el) => attr(xml, el.open, "Id")));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const root = rootElement(xml);
  const tag = `<${root.open.prefix ? `${root.open.prefix}:` : ""}Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`;
  pkg.setText(rels, insertBeforeClose(xml, root, tag));
  return id;
}

/** Removes relationships of `source` that `drop` picks. */
export function removeRelationships(pkg: Package, source: string, drop: (rel: Relationship) => boolean): void {
  const rels = relsPartOf(source);
  if (!pkg.has(rels)) return;
  const xml = pkg.text(rels);
  const found = relationships(pkg, source);
  const elements = relationshipElements(xml);
  let out = xml;
  for (let k = elements.length - 1; k >= 0; k--) {
    if (drop(found[k])) out = out.slice(0, elements[k].open.start) + out.slice(elements[k].close.end);
  }
  pkg.setText(rels, out);
}

/** Text inserted as the last child of `el` (an empty element is opened up first). */
export function insertBeforeClose(xml: string, el: Element, text: string): string {
  if (el.open.kind === "empty") {
    const tag = xml.slice(el.open.start, el.open.end);
    return `${xml.slice(0, el.open.start)}${tag.replace(/\s*\/>$/, ">")}${text}</${el.open.name}>${xml.slice(el.open.end)}`;
  }
  return xml.slice(0, el.close.start) + text + xml.slice(el.close.start);
}

const CONTENT_TYPES = "[Content_Types].xml";

interface ContentTypes {
  text: string;
  overrides: Map<string, string>;
  defaults: Map<string, string>;
}

let lastTypes: ContentTypes | null = null;

function parseContentTypes(xml: string): ContentTypes {
  if (lastTypes?.text === xml) return lastTypes;
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const el of children(xml, rootElement(xml))) {
    const type = attr(xml, el.open, "ContentType") ?? "";
    if (isElement(el, NS.contentTypes, "Override")) overrides.set(partKey(attr(xml, el.open, "PartName") ?? ""), type);
    else if (isElement(el, NS.contentTypes, "Default")) defaults.set((attr(xml, el.open, "Extension") ?? "").toLowerCase(), type);
  }
  lastTypes = { text: xml, overrides, defaults };
  return lastTypes;
}

/** A part's content type: its Override, else the Default for its extension. */
export function contentType(pkg: Package, part: string): string | undefined {
  const types = parseContentTypes(pkg.text(CONTENT_TYPES));
  return types.overrides.get(partKey(part)) ?? types.defaults.get(part.slice(part.lastIndexOf(".") + 1).toLowerCase());
}

/** Parts whose content type ends with `suffix` ("drawingml.chart+xml"). */
export function partsOfType(pkg: Package, suffix: string): string[] {
  return pkg.names().filter((name) => contentType(pkg, name)?.endsWith(suffix));
}

export function addOverride(pkg: Package, part: string, type: string): void {
  const xml = pkg.text(CONTENT_TYPES);
  const root = rootElement(xml);
  const tag = `<${root.open.prefix ? `${root.open.prefix}:` : ""}Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(type)}"/>`;
  pkg.setText(CONTENT_TYPES, insertBeforeClose(xml, root, tag));
}

export function removeOverride(pkg: Package, part: string): void {
  const xml = pkg.text(CONTENT_TYPES);
  const key = partKey(part);
  const el = children(xml, rootElement(xml)).find((c) => isElement(c, NS.contentTypes, "Override") && partKey(attr(xml, c.open, "PartName") ?? "") === key);
  if (el) pkg.setText(CONTENT_TYPES, xml.slice(0, el.open.start) + xml.slice(el.close.end));
}
