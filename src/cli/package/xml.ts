/**
 * XML as text, for editing parts of a package without re-serialising them: a forward scanner over
 * tags that resolves namespaces (so `x:c` from the OpenXML SDK and `c` are the same element, and
 * `x14:cfRule` is not `cfRule`), attribute reads and rewrites on a tag's text, and splices that
 * replace byte ranges. Everything the patcher does not name is left as it was written: unknown
 * elements, prefixes, mc:Ignorable, extLst, comments, whitespace.
 */

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  strict: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  x14: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main",
  xm: "http://schemas.microsoft.com/office/excel/2006/main",
  packageRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  drawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;

/** Prefix -> namespace, inherited through the prototype chain ("" is the default namespace). */
export type Scope = Record<string, string>;

const ROOT_SCOPE: Scope = Object.freeze({ xml: "http://www.w3.org/XML/1998/namespace" }) as Scope;

export interface Tag {
  kind: "open" | "close" | "empty";
  /** Qualified name as written ("x:c"), its prefix ("x" or "") and local part ("c"). */
  name: string;
  prefix: string;
  local: string;
  /** The element's namespace, resolved ("" when none). */
  ns: string;
  /** The tag's text is xml.slice(start, end). */
  start: number;
  end: number;
  /** Nesting depth of the element: the root is 0. */
  depth: number;
  /** Namespaces in effect inside the element (for open and empty tags). */
  scope: Scope;
}

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlError";
  }
}

/**
 * Reads tags one after another from `start`. A scanner started inside a document takes the scope
 * and depth of the element it starts in. Comments, CDATA and processing instructions are skipped;
 * a DOCTYPE (not allowed in OOXML) is an error.
 */
export class XmlScanner {
  private pos: number;
  private readonly scopes: Scope[];

  constructor(
    readonly xml: string,
    start = 0,
    scope: Scope = ROOT_SCOPE,
    private depth = 0,
    private readonly limit = xml.length,
  ) {
    this.pos = start;
    this.scopes = [scope];
  }

  next(): Tag | null {
    const { xml } = this;
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0 || lt >= this.limit) return null;
      const c1 = xml.charCodeAt(lt + 1);
      if (c1 === 0x21 /* ! */) {
        if (xml.startsWith("<!--", lt)) this.pos = this.after("-->", lt + 4);
        else if (xml.startsWith("<![CDATA[", lt)) this.pos = this.after("]]>", lt + 9);
        else throw new XmlError("a DOCTYPE or declaration inside a part");
        continue;
      }
      if (c1 === 0x3f /* ? */) {
        this.pos = this.after("?>", lt + 2);
        continue;
      }
      if (c1 === 0x2f /* / */) {
        const end = this.after(">", lt + 2);
        const name = xml.slice(lt + 2, end - 1).trim();
        const scope = this.scopes.length > 1 ? (this.scopes.pop() as Scope) : this.scopes[0];
        this.depth--;
        this.pos = end;
        return this.tag("close", name, lt, end, this.depth, scope);
      }
      const end = tagEnd(xml, lt);
      const selfClosing = xml.charCodeAt(end - 2) === 0x2f;
      let nameEnd = lt + 1;
      while (nameEnd < end && !isNameStop(xml.charCodeAt(nameEnd))) nameEnd++;
      const name = xml.slice(lt + 1, nameEnd);
      const parent = this.scopes[this.scopes.length - 1];
      const scope = declaresNamespace(xml, nameEnd, end) ? withDeclarations(parent, xml, lt, end) : parent;
      this.pos = end;
      if (selfClosing) return this.tag("empty", name, lt, end, this.depth, scope);
      this.scopes.push(scope);
      return this.tag("open", name, lt, end, this.depth++, scope);
    }
  }

  /** The close tag of `open` (which must be the last tag this scanner returned), skipping its content. */
  closeOf(open: Tag): Tag {
    if (open.kind === "empty") return open;
    const jumped = this.jumpToClose(open);
    if (jumped) return jumped;
    for (let tag = this.next(); tag; tag = this.next()) if (tag.kind === "close" && tag.depth === open.depth) return tag;
    throw new XmlError(`<${open.name}> is not closed`);
  }

  /**
   * The fast way to an element's end: the next `</name>`, when nothing between could fool that
   * (an element of the same name, a comment, CDATA or a processing instruction); else null and
   * the tags are walked one by one.
   */
  private jumpToClose(open: Tag): Tag | null {
    const { xml } = this;
    const closing = `</${open.name}`;
    let at = xml.indexOf(closing, this.pos);
    while (at >= 0 && at < this.limit && !isNameStop(xml.charCodeAt(at + closing.length))) at = xml.indexOf(closing, at + 1);
    if (at < 0 || at >= this.limit) return null;
    if (!plainUpTo(xml, `<${open.name}`, this.pos, at)) return null;
    const end = xml.indexOf(">", at) + 1;
    if (end === 0) return null;
    const scope = this.scopes.length > 1 ? (this.scopes.pop() as Scope) : this.scopes[0];
    this.depth--;
    this.pos = end;
    return this.tag("close", open.name, at, end, this.depth, scope);
  }

  private after(token: string, from: number): number {
    const at = this.xml.indexOf(token, from);
    if (at < 0) throw new XmlError(`unterminated markup (no "${token}")`);
    return at + token.length;
  }

  private tag(kind: Tag["kind"], name: string, start: number, end: number, depth: number, scope: Scope): Tag {
    const colon = name.indexOf(":");
    const prefix = colon < 0 ? "" : name.slice(0, colon);
    const local = colon < 0 ? name : name.slice(colon + 1);
    return { kind, name, prefix, local, ns: scope[prefix] ?? "", start, end, depth, scope };
  }
}

/**
 * True when [from, to) holds no start tag named by `opening` ("<row"), comment, CDATA or
 * processing instruction. A short span is walked '<' by '<'; a long one (a whole sheetData) is
 * searched for each, which may look past `to` but happens once per long element.
 */
function plainUpTo(xml: string, opening: string, from: number, to: number): boolean {
  const named = (lt: number) => lt >= 0 && lt < to && xml.startsWith(opening, lt) && isNameStop(xml.charCodeAt(lt + opening.length));
  if (to - from > 4096) {
    const before = (token: string) => {
      const at = xml.indexOf(token, from);
      return at >= 0 && at < to;
    };
    if (before("<!") || before("<?")) return false;
    for (let at = xml.indexOf(opening, from); at >= 0 && at < to; at = xml.indexOf(opening, at + 1)) if (named(at)) return false;
    return true;
  }
  for (let lt = xml.indexOf("<", from); lt >= 0 && lt < to; lt = xml.indexOf("<", lt + 1)) {
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 || next === 0x3f || named(lt)) return false;
  }
  return true;
}

function isNameStop(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2f || code === 0x3e;
}

/** The index after a start tag's ">", stepping over quoted attribute values (which may hold ">"). */
function tagEnd(xml: string, lt: number): number {
  let i = lt + 1;
  for (;;) {
    const gt = xml.indexOf(">", i);
    if (gt < 0) throw new XmlError("unterminated tag");
    const quote = firstQuote(xml, i, gt);
    if (quote < 0) return gt + 1;
    const close = xml.indexOf(xml[quote], quote + 1);
    if (close < 0) throw new XmlError("unterminated attribute value");
    i = close + 1;
  }
}

/** The first quote character in [from, to), or -1: a bounded scan (an indexOf could run to the end of the part). */
function firstQuote(xml: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const code = xml.charCodeAt(i);
    if (code === 0x22 || code === 0x27) return i;
  }
  return -1;
}

/** Whether a start tag's text [from, to) declares a namespace: a bounded scan for "xmlns". */
function declaresNamespace(xml: string, from: number, to: number): boolean {
  for (let i = from; i < to - 5; i++) {
    if (xml.charCodeAt(i) === 0x78 /* x */ && xml.startsWith("xmlns", i)) return true;
  }
  return false;
}

function withDeclarations(parent: Scope, xml: string, start: number, end: number): Scope {
  const scope = Object.create(parent) as Scope;
  for (const a of attributes(xml, { start, end } as Tag)) {
    if (a.name === "xmlns") scope[""] = unescapeXml(a.raw);
    else if (a.name.startsWith("xmlns:")) scope[a.name.slice(6)] = unescapeXml(a.raw);
  }
  return scope;
}

export interface Attribute {
  name: string;
  /** The value as written (still escaped), at xml.slice(valueStart, valueEnd). */
  raw: string;
  /** The whole attribute, leading whitespace included: xml.slice(start, end). */
  start: number;
  valueStart: number;
  valueEnd: number;
  end: number;
}

const ATTRIBUTE = /(\s+)([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/y;

/** A start tag's attributes in order, with their places in the document. */
export function attributes(xml: string, tag: Pick<Tag, "start" | "end">): Attribute[] {
  const found: Attribute[] = [];
  let i = tag.start + 1;
  while (i < tag.end && !isNameStop(xml.charCodeAt(i))) i++;
  for (;;) {
    ATTRIBUTE.lastIndex = i;
    const m = ATTRIBUTE.exec(xml);
    if (!m || m.index >= tag.end) break;
    const valueStart = m.index + m[0].length - m[3].length + 1;
    found.push({ name: m[2], raw: m[4] ?? m[5], start: m.index, valueStart, valueEnd: m.index + m[0].length - 1, end: m.index + m[0].length });
    i = ATTRIBUTE.lastIndex;
  }
  return found;
}

/** An attribute's value, unescaped; undefined when the tag has none. Matched by its name as written. */
export function attr(xml: string, tag: Pick<Tag, "start" | "end">, name: string): string | undefined {
  // Most tags are short and most lookups miss or hit plainly: look for ` name="` in the tag first.
  const text = xml.slice(tag.start, tag.end);
  const at = text.indexOf(name);
  if (at < 0) return undefined;
  const found = attributes(text, { start: 0, end: text.length }).find((a) => a.name === name);
  return found === undefined ? undefined : unescapeXml(found.raw);
}

/** An attribute in a namespace (`r:id` under any prefix bound to `ns`). */
export function attrNS(xml: string, tag: Tag, ns: string, local: string): string | undefined {
  for (const a of attributes(xml, tag)) {
    const colon = a.name.indexOf(":");
    if (colon > 0 && a.name.slice(colon + 1) === local && tag.scope[a.name.slice(0, colon)] === ns) return unescapeXml(a.raw);
  }
  return undefined;
}

/**
 * The tag's text with attribute `name` set to `value` (unescaped) or removed (null). An existing
 * attribute keeps its place and quotes; a new one goes last.
 */
export function setAttr(xml: string, tag: Pick<Tag, "start" | "end">, name: string, value: string | null): string {
  const text = xml.slice(tag.start, tag.end);
  const found = attributes(xml, tag).find((a) => a.name === name);
  if (found) {
    const from = found.start - tag.start;
    const to = found.end - tag.start;
    if (value === null) return text.slice(0, from) + text.slice(to);
    return text.slice(0, found.valueStart - tag.start) + escapeAttr(value) + text.slice(found.valueEnd - tag.start);
  }
  if (value === null) return text;
  const close = text.endsWith("/>") ? text.length - 2 : text.length - 1;
  const head = text.slice(0, close).replace(/\s+$/, "");
  return `${head} ${name}="${escapeAttr(value)}"${text.slice(close)}`;
}

/** Several attributes at once, in order (each through setAttr on the text so far). */
export function setAttrs(tagText: string, changes: [string, string | null][]): string {
  let text = tagText;
  for (const [name, value] of changes) text = setAttr(text, { start: 0, end: text.length }, name, value);
  return text;
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, body: string) => {
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(Number(body.slice(1)));
    return ENTITIES[body] ?? whole;
  });
}

/** An element: its start tag, its close tag (the same tag when empty), and what lies between. */
export interface Element {
  open: Tag;
  close: Tag;
}

/** The text between the tags ("" for an empty element). */
export function innerText(xml: string, el: Element): string {
  return el.open.kind === "empty" ? "" : xml.slice(el.open.end, el.close.start);
}

/** The document element. */
export function rootElement(xml: string): Element {
  const scanner = new XmlScanner(xml);
  const open = scanner.next();
  if (!open || open.kind === "close") throw new XmlError("no document element");
  if (open.kind === "empty") return { open, close: open };
  // The document element closes last: after its end tag only white space may follow.
  const at = xml.lastIndexOf(`</${open.name}`);
  const end = at < 0 ? -1 : xml.indexOf(">", at) + 1;
  if (at > open.end && end > 0 && xml.slice(end).trim() === "" && /^\s*$/.test(xml.slice(at + open.name.length + 2, end - 1))) {
    return { open, close: { ...open, kind: "close", start: at, end, scope: open.scope } };
  }
  return { open, close: scanner.closeOf(open) };
}

/** Direct children of `parent`, in order. */
export function children(xml: string, parent: Element): Element[] {
  if (parent.open.kind === "empty") return [];
  const scanner = new XmlScanner(xml, parent.open.end, parent.open.scope, parent.open.depth + 1, parent.close.start);
  const found: Element[] = [];
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.kind === "close") break;
    found.push({ open: tag, close: scanner.closeOf(tag) });
  }
  return found;
}

export function isElement(el: Element | Tag, ns: string, local: string): boolean {
  const tag = "open" in el ? el.open : el;
  return tag.local === local && tag.ns === ns;
}

export function child(xml: string, parent: Element, ns: string, local: string): Element | undefined {
  return children(xml, parent).find((c) => isElement(c, ns, local));
}

/** Every element below `parent` (at any depth) that `match` accepts, outermost first; matched elements are not searched inside. */
export function descendants(xml: string, parent: Element, match: (tag: Tag) => boolean): Element[] {
  if (parent.open.kind === "empty") return [];
  const scanner = new XmlScanner(xml, parent.open.end, parent.open.scope, parent.open.depth + 1, parent.close.start);
  const found: Element[] = [];
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.kind === "close" || !match(tag)) continue;
    found.push({ open: tag, close: scanner.closeOf(tag) });
  }
  return found;
}

/** A replacement of xml.slice(start, end). */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping splices (any order; insertions at one point keep their order). */
export function applySplices(xml: string, splices: Splice[]): string {
  if (splices.length === 0) return xml;
  const sorted = splices.map((s, k) => ({ s, k })).sort((a, b) => a.s.start - b.s.start || a.s.end - b.s.end || a.k - b.k);
  const out: string[] = [];
  let at = 0;
  for (const { s } of sorted) {
    if (s.start < at) throw new XmlError("overlapping edits");
    out.push(xml.slice(at, s.start), s.text);
    at = s.end;
  }
  out.push(xml.slice(at));
  return out.join("");
}

/** The prefix (with its colon) under which `ns` is bound in `scope`: "" when it is the default namespace. */
export function prefixFor(scope: Scope, ns: string): string | undefined {
  if (scope[""] === ns) return "";
  for (const key in scope) if (key !== "" && scope[key] === ns) return `${key}:`;
  return undefined;
}
