/**
 * A careful, small XML scanner for the parts checking reads: a pull loop over start and end
 * tags of a string, with attributes and character data decoded only when asked for.
 *
 * - Names are compared without their prefix (`<x:c>` is `c`), so OpenXML SDK/ClosedXML files and
 *   Strict OOXML (same local names, other namespace URIs) read like Excel's own.
 * - Entities: the five predefined ones and numeric references; anything else is refused, and a
 *   DTD is refused outright, so nothing is ever expanded (no billion laughs, no external entity).
 * - End-of-line handling as XML requires: CR LF and lone CR read as LF (a `&#13;` stays CR);
 *   attribute values have literal tabs and newlines read as spaces.
 * - Attributes with either quote; `>` inside attribute values; comments, processing instructions
 *   and CDATA sections; text is never trimmed (`xml:space` changes nothing for a reader).
 * It does not validate: unbalanced tags go unnoticed, unknown elements are skipped by callers.
 */
import { fail } from "./problem";

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export type XmlEvent = typeof END | typeof OPEN | typeof CLOSE;

/** What cellAttributes() fills: a cell's reference, style and type, undefined when absent. */
export interface CellAttributes {
  r: string | undefined;
  s: string | undefined;
  t: string | undefined;
}

const GT = 62, SLASH = 47, QUESTION = 63, BANG = 33, COLON = 58, DQUOTE = 34, SQUOTE = 39, CR = 13;

export class XmlScanner {
  /** Local name of the tag just read. */
  name = "";
  /** True for `<tag/>`: there will be no CLOSE event for it. */
  selfClosing = false;
  private p = 0;
  private attrFrom = 0;
  private attrTo = 0;
  private attrsRead = true;
  private attrCount = 0;
  private readonly attrNames: string[] = [];
  private readonly attrRaw: string[] = [];
  /** The attribute nextAttribute() read last: its qualified name and raw value, as string positions. */
  private nameFrom = 0;
  private nameTo = 0;
  private valueFrom = 0;
  private valueTo = 0;

  constructor(
    private readonly s: string,
    /** The part name, for messages. */
    readonly part: string,
  ) {}

  /** Moves to the next start or end tag, skipping text, comments, PIs and CDATA between them. */
  next(): XmlEvent {
    const s = this.s;
    const length = s.length;
    for (;;) {
      const lt = s.indexOf("<", this.p);
      if (lt < 0) {
        this.p = length;
        return END;
      }
      const c = s.charCodeAt(lt + 1);
      if (c === SLASH) {
        const gt = s.indexOf(">", lt + 2);
        if (gt < 0) this.bad("an end tag is not closed");
        const end = trimEnd(s, lt + 2, gt);
        let start = lt + 2;
        for (let k = start; k < end; k++) if (s.charCodeAt(k) === COLON) start = k + 1;
        this.name = nameOf(s, start, end);
        this.selfClosing = false;
        this.p = gt + 1;
        return CLOSE;
      }
      if (c === QUESTION || c === BANG) {
        this.p = this.skipMarkup(lt);
        continue;
      }
      let i = lt + 1;
      let nameStart = i;
      for (; i < length; i++) {
        const ch = s.charCodeAt(i);
        if (ch === COLON) nameStart = i + 1;
        else if (ch === GT || ch === SLASH || ch <= 32) break;
      }
      if (i === lt + 1) this.bad("a '<' that starts no tag");
      this.name = nameOf(s, nameStart, i);
      let k = i;
      for (; k < length; k++) {
        const ch = s.charCodeAt(k);
        if (ch === GT) break;
        if (ch === DQUOTE || ch === SQUOTE) {
          const q = s.indexOf(ch === DQUOTE ? '"' : "'", k + 1);
          if (q < 0) this.bad("an attribute value is not closed");
          k = q;
        }
      }
      if (k >= length) this.bad(`<${this.name}> is not closed`);
      this.selfClosing = s.charCodeAt(k - 1) === SLASH;
      this.attrFrom = i;
      this.attrTo = this.selfClosing ? k - 1 : k;
      this.attrsRead = false;
      this.p = k + 1;
      return OPEN;
    }
  }

  /** The decoded value of the current start tag's attribute with this local name (prefix ignored). */
  attr(local: string): string | undefined {
    if (!this.attrsRead) this.readAttrs();
    for (let i = 0; i < this.attrCount; i++) if (this.attrNames[i] === local) return decodeAttribute(this.attrRaw[i], this);
    return undefined;
  }

  /**
   * A cell's (or a row's) r=, s= and t= (prefix ignored; the first of each) in one pass over its start tag,
   * where attr() would read every attribute into lists and look each up: a sheet has a <c> per
   * cell, so this is the reader's hottest call.
   */
  cellAttributes(into: CellAttributes): void {
    into.r = into.s = into.t = undefined;
    const s = this.s;
    for (let i = this.nextAttribute(this.attrFrom); i >= 0; i = this.nextAttribute(i)) {
      const { nameFrom: from, nameTo: to } = this;
      let local = from;
      for (let k = from; k < to; k++) if (s.charCodeAt(k) === COLON) local = k + 1;
      // xmlns:r="…" declares a namespace; it is no r=.
      if (to - local !== 1 || (local - from === 6 && s.startsWith("xmlns:", from))) continue;
      const c = s.charCodeAt(local);
      if (c === 114 /* r */ && into.r === undefined) into.r = decodeAttribute(this.rawValue(), this);
      else if (c === 115 /* s */ && into.s === undefined) into.s = decodeAttribute(this.rawValue(), this);
      else if (c === 116 /* t */ && into.t === undefined) into.t = decodeAttribute(this.rawValue(), this);
    }
  }

  /**
   * The character data of the current element up to its end tag, which is consumed. Text of
   * child elements is left out (the elements read this way have none in valid files).
   */
  text(): string {
    if (this.selfClosing) return "";
    const s = this.s;
    const lt = s.indexOf("<", this.p);
    if (lt >= 0 && s.charCodeAt(lt + 1) === SLASH) {
      const gt = s.indexOf(">", lt + 2);
      if (gt < 0) this.bad("an end tag is not closed");
      const raw = s.slice(this.p, lt);
      this.p = gt + 1;
      return decodeText(raw, this);
    }
    return this.slowText();
  }

  /** Skips the current element with everything inside it. */
  skip(): void {
    if (this.selfClosing) return;
    let depth = 1;
    for (;;) {
      const event = this.next();
      if (event === END) return;
      if (event === OPEN) {
        if (!this.selfClosing) depth++;
      } else if (--depth === 0) return;
    }
  }

  /** Throws a corrupt-part problem naming the part. */
  bad(what: string): never {
    return fail("corrupt", `${this.part}: ${what}`);
  }

  private slowText(): string {
    const s = this.s;
    let out = "";
    let depth = 0;
    for (;;) {
      const lt = s.indexOf("<", this.p);
      if (lt < 0) this.bad("an element is not closed");
      if (depth === 0) out += decodeText(s.slice(this.p, lt), this);
      const c = s.charCodeAt(lt + 1);
      if (c === BANG && s.startsWith("<![CDATA[", lt)) {
        const close = s.indexOf("]]>", lt + 9);
        if (close < 0) this.bad("a CDATA section is not closed");
        if (depth === 0) out += normaliseNewlines(s.slice(lt + 9, close));
        this.p = close + 3;
        continue;
      }
      if (c === BANG || c === QUESTION) {
        this.p = this.skipMarkup(lt);
        continue;
      }
      this.p = lt;
      const event = this.next();
      if (event === CLOSE) {
        if (depth === 0) return out;
        depth--;
      } else if (event === OPEN && !this.selfClosing) depth++;
    }
  }

  /** Past a comment, PI, CDATA section (its text ignored) or refuses a DTD. */
  private skipMarkup(lt: number): number {
    const s = this.s;
    const find = (close: string, from: number): number => {
      const at = s.indexOf(close, from);
      if (at < 0) this.bad(`${s.slice(lt, lt + 9)}… is not closed`);
      return at + close.length;
    };
    if (s.charCodeAt(lt + 1) === QUESTION) return find("?>", lt + 2);
    if (s.startsWith("<!--", lt)) return find("-->", lt + 4);
    if (s.startsWith("<![CDATA[", lt)) return find("]]>", lt + 9);
    if (s.startsWith("<!DOCTYPE", lt)) return fail("unsupported", `${this.part} has a DTD, which a workbook part may not have`);
    return this.bad(`unexpected markup ${s.slice(lt, lt + 9)}…`);
  }

  private readAttrs(): void {
    let n = 0;
    for (let i = this.nextAttribute(this.attrFrom); i >= 0; i = this.nextAttribute(i)) {
      const qualified = this.s.slice(this.nameFrom, this.nameTo);
      // Namespace declarations are not attributes of the element: xmlns:r="…" must not read as r.
      if (qualified === "xmlns" || qualified.startsWith("xmlns:")) continue;
      const colon = qualified.indexOf(":");
      this.attrNames[n] = colon < 0 ? qualified : qualified.slice(colon + 1);
      this.attrRaw[n] = this.rawValue();
      n++;
    }
    this.attrCount = n;
    this.attrsRead = true;
  }

  /**
   * Reads the start tag's attribute at or after `i` (past whitespace) into nameFrom/nameTo and
   * valueFrom/valueTo, and returns where the next one may start; -1 when there is none. Fields,
   * not an object: a sheet has several attributes per cell.
   */
  private nextAttribute(from: number): number {
    const s = this.s;
    const to = this.attrTo;
    let i = from;
    while (i < to && s.charCodeAt(i) <= 32) i++;
    if (i >= to) return -1;
    const eq = s.indexOf("=", i);
    if (eq < 0 || eq >= to) this.bad(`<${this.name}> has an attribute without a value`);
    let v = eq + 1;
    while (v < to && s.charCodeAt(v) <= 32) v++;
    const quote = s.charCodeAt(v);
    if (quote !== DQUOTE && quote !== SQUOTE) this.bad(`<${this.name}> has an unquoted attribute value`);
    const close = s.indexOf(quote === DQUOTE ? '"' : "'", v + 1);
    if (close < 0 || close >= to) this.bad(`<${this.name}> has an attribute value that is not closed`);
    this.nameFrom = i;
    this.nameTo = trimEnd(s, i, eq);
    this.valueFrom = v + 1;
    this.valueTo = close;
    return close + 1;
  }

  /** The raw (undecoded) value nextAttribute() found. */
  private rawValue(): string {
    return this.s.slice(this.valueFrom, this.valueTo);
  }
}

/**
 * The tag name at s[from, to). The short names of the hot loops (a sheet has four tags per
 * cell) come from constants: a million cells then allocate no name strings at all.
 */
function nameOf(s: string, from: number, to: number): string {
  const length = to - from;
  if (length === 1) {
    switch (s.charCodeAt(from)) {
      case 99: return "c";
      case 118: return "v";
      case 102: return "f";
      case 116: return "t";
      case 114: return "r";
    }
  } else if (length === 2 && s.charCodeAt(from) === 105 && s.charCodeAt(from + 1) === 115) {
    return "is";
  } else if (length === 3 && s.charCodeAt(from) === 114 && s.charCodeAt(from + 1) === 111 && s.charCodeAt(from + 2) === 119) {
    return "row";
  }
  return interned(s.slice(from, to));
}

const names = new Map<string, string>();

/**
 * The name as V8's one copy of it. Comparing a fresh slice with "sheetData" takes another path
 * than comparing constants: the first `</sheetData>` threw away readSheet's optimised code, and
 * recompiling it cost ~50 ms of CPU on every big sheet. A property key is always that one copy.
 */
function interned(name: string): string {
  let known = names.get(name);
  if (known === undefined) {
    known = Object.keys({ [name]: 0 })[0] ?? name;
    if (names.size < 1000) names.set(known, known);
  }
  return known;
}

function trimEnd(s: string, from: number, to: number): number {
  while (to > from && s.charCodeAt(to - 1) <= 32) to--;
  return to;
}

/** XML end-of-line handling: CR LF and a lone CR become LF. */
function normaliseNewlines(text: string): string {
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}

/** Character data as the application sees it: newlines normalised, then references decoded. */
export function decodeText(raw: string, where: { bad(what: string): never }): string {
  if (raw.indexOf("&") < 0) return normaliseNewlines(raw);
  return decodeReferences(normaliseNewlines(raw), where);
}

/** An attribute value: as text, and literal tabs and newlines read as spaces (CDATA normalisation). */
function decodeAttribute(raw: string, where: { bad(what: string): never }): string {
  let plain = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 32 || c === 38 /* & */) {
      plain = false;
      break;
    }
  }
  if (plain) return raw;
  const text = normaliseNewlines(raw).replace(/[\t\n]/g, " ");
  return text.indexOf("&") < 0 ? text : decodeReferences(text, where);
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };

function decodeReferences(text: string, where: { bad(what: string): never }): string {
  let out = "";
  let from = 0;
  for (let amp = text.indexOf("&"); amp >= 0; amp = text.indexOf("&", from)) {
    const semi = text.indexOf(";", amp + 1);
    if (semi < 0 || semi - amp > 12) where.bad("a '&' that starts no entity");
    out += text.slice(from, amp);
    const ref = text.slice(amp + 1, semi);
    const named = NAMED[ref];
    if (named !== undefined && Object.prototype.hasOwnProperty.call(NAMED, ref)) out += named;
    else if (ref.charCodeAt(0) === 35 /* # */) out += String.fromCodePoint(codePoint(ref, where));
    else where.bad(`undefined entity &${ref.slice(0, 20)};`);
    from = semi + 1;
  }
  return out + text.slice(from);
}

function codePoint(ref: string, where: { bad(what: string): never }): number {
  const hex = ref.charCodeAt(1) === 120; /* x */
  const digits = ref.slice(hex ? 2 : 1);
  const ok = hex ? /^[0-9a-fA-F]{1,6}$/.test(digits) : /^[0-9]{1,7}$/.test(digits);
  const cp = ok ? parseInt(digits, hex ? 16 : 10) : -1;
  // XML 1.0 Char: tab, LF, CR, and U+0020 up, without surrogates, U+FFFE/U+FFFF or beyond U+10FFFF.
  const allowed = cp === 9 || cp === 10 || cp === CR || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
  if (!allowed) where.bad(`character reference &${ref.slice(0, 10)}; is not an XML character`);
  return cp;
}

const utf8 = new TextDecoder("utf-8");

/**
 * A part's bytes as text: UTF-8 (a BOM dropped, invalid bytes read as U+FFFD), or UTF-16
 * when a byte-order mark says so, which XML allows and Excel reads.
 */
export function xmlText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = new Uint8Array(bytes.length - 2);
    for (let i = 2; i + 1 < bytes.length; i += 2) {
      swapped[i - 2] = bytes[i + 1];
      swapped[i - 1] = bytes[i];
    }
    return new TextDecoder("utf-16le").decode(swapped);
  }
  return utf8.decode(bytes);
}
