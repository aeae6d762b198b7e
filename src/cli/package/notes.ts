/**
 * Cell notes (Excel's legacy comments) added to a worksheet as Excel keeps them: the text in the
 * sheet's comments part (xl/commentsN.xml) and a hidden box per note in its VML drawing
 * (xl/drawings/vmlDrawingN.vml, named by the sheet's <legacyDrawing>). A sheet that already has
 * either gets its parts added to, the notes there kept: a cell that already has a note gets the new
 * text as a paragraph after its own. A sheet with none gets both parts, their relationships, their
 * content types and the <legacyDrawing> element.
 */
import { parseCell } from "./refs";
import { cellAddress } from "../../core/address";
import { addOverride, addRelationship, contentType, Package, relationships, relType } from "./package";
import { applySplices, attr, attrNS, children, escapeText, innerText, isElement, NS, prefixFor, rootElement, unescapeXml } from "./xml";
import type { Element, Splice } from "./xml";
import { section, sheetLayout } from "./sheet-cells";
import { insertionPoint } from "./sheet-parts";
import { refuse } from "./refusal";
import { noteShape, shapeIds, NOTE_SHAPETYPE, VML_NAMESPACES } from "./vml-shapes";

export interface Note {
  row: number;
  col: number;
  /** Plain text, lines separated by "\n". */
  text: string;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Adds `notes` (one per cell) to the worksheet part `sheetPart`, written by `author`. */
export function addNotes(pkg: Package, sheetPart: string, notes: Note[], author: string): void {
  if (notes.length === 0) return;
  const sorted = [...notes].sort((a, b) => a.row - b.row || a.col - b.col);
  const rels = relationships(pkg, sheetPart);
  const commentsRel = rels.find((r) => relType(r) === "comments" && !r.external && pkg.has(r.target));
  const commentsPart = commentsRel?.target ?? freshName(pkg, (n) => `xl/comments${n}.xml`);
  const existing = commentsRel ? pkg.text(commentsPart) : `${XML_HEAD}<comments xmlns="${NS.main}"><authors></authors><commentList></commentList></comments>`;
  const { xml, boxless } = withNotes(existing, sorted, author);
  pkg.setText(commentsPart, xml);
  if (!commentsRel) {
    addRelationship(pkg, sheetPart, `${REL}/comments`, relativeTarget(sheetPart, commentsPart));
    addOverride(pkg, commentsPart, COMMENTS_TYPE);
  }
  if (boxless.length > 0) addBoxes(pkg, sheetPart, boxless);
}

/**
 * Takes off what an earlier marking by `author` wrote on the sheet and the fresh `notes` do not say
 * again: each «Pokaznyk:» paragraph (a bold author's line and the text after it) of a cell the
 * fresh notes leave out, or whose paragraph says something else now. A note left with nothing else
 * goes, with its box; a centre's own text stays. Returns the cells that had our paragraph and get
 * no fresh note: problems since fixed. A sheet never marked is not touched.
 */
export function clearStaleNotes(pkg: Package, sheetPart: string, notes: Note[], author: string): { row: number; col: number }[] {
  const commentsRel = relationships(pkg, sheetPart).find((r) => relType(r) === "comments" && !r.external && pkg.has(r.target));
  if (!commentsRel) return [];
  const xml = pkg.text(commentsRel.target);
  const listEl = children(xml, rootElement(xml)).find((el) => isElement(el, NS.main, "commentList"));
  if (!listEl) return [];
  const fresh = new Map(notes.map((n) => [`${n.row},${n.col}`, cellText(n.text)]));
  const splices: Splice[] = [];
  const fixed: { row: number; col: number }[] = [];
  const emptied: { row: number; col: number }[] = [];
  for (const comment of children(xml, listEl).filter((el) => isElement(el, NS.main, "comment"))) {
    const cell = parseCell(attr(xml, comment.open, "ref") ?? "");
    const ours = cell ? authoredParagraphs(xml, comment, author) : [];
    if (!cell || ours.length === 0) continue;
    const now = fresh.get(`${cell.row},${cell.col}`);
    if (now === undefined) fixed.push(cell);
    // Said again word for word: left as it is, so marking twice changes nothing.
    if (now !== undefined && ours.length === 1 && ours[0].text === now) continue;
    const runs = ours.flatMap((p) => p.runs);
    if (keepsText(xml, comment, new Set(runs.map((r) => r.open.start)))) for (const run of runs) splices.push({ start: run.open.start, end: run.close.end, text: "" });
    else {
      splices.push({ start: comment.open.start, end: comment.close.end, text: "" });
      emptied.push(cell);
    }
  }
  if (splices.length > 0) pkg.setText(commentsRel.target, applySplices(xml, splices));
  if (emptied.length > 0) removeBoxes(pkg, sheetPart, emptied);
  return fixed;
}

/**
 * The «author:» paragraphs of a note as runs() writes them: the author's run and the run of text
 * after it. Not told by the bold: LibreOffice saves the runs without it (and the line break at the
 * author's run's end), Excel with it.
 */
function authoredParagraphs(xml: string, comment: Element, author: string): { runs: Element[]; text: string }[] {
  const textEl = children(xml, comment).find((el) => isElement(el, NS.main, "text"));
  if (!textEl) return [];
  const runsOf = children(xml, textEl).filter((el) => isElement(el, NS.main, "r"));
  const runText = (run: Element) =>
    children(xml, run)
      .filter((t) => isElement(t, NS.main, "t"))
      .map((t) => unescapeXml(innerText(xml, t)))
      .join("");
  const heads = (run: Element) => runText(run).trim() === `${author}:`;
  const found: { runs: Element[]; text: string }[] = [];
  runsOf.forEach((run, k) => {
    if (!heads(run)) return;
    const next = runsOf[k + 1];
    const isText = next !== undefined && !heads(next);
    found.push(isText ? { runs: [run, next], text: runText(next).replace(/^\n/, "") } : { runs: [run], text: "" });
  });
  return found;
}

/** Whether the note says anything once the runs starting at `gone` are taken out (a centre's own text). */
function keepsText(xml: string, comment: Element, gone: Set<number>): boolean {
  const textEl = children(xml, comment).find((el) => isElement(el, NS.main, "text"));
  if (!textEl) return false;
  return children(xml, textEl).some((el) => {
    if (gone.has(el.open.start)) return false;
    if (isElement(el, NS.main, "t")) return innerText(xml, el).trim() !== "";
    if (!isElement(el, NS.main, "r")) return false;
    return children(xml, el).some((t) => isElement(t, NS.main, "t") && innerText(xml, t).trim() !== "");
  });
}

/** The note boxes of those cells taken out of the sheet's VML drawing (its other shapes, form controls too, kept). */
function removeBoxes(pkg: Package, sheetPart: string, cells: { row: number; col: number }[]): void {
  const sheetXml = pkg.text(sheetPart);
  const legacy = section(sheetLayout(sheetXml), "legacyDrawing");
  if (!legacy) return;
  const id = attrNS(sheetXml, legacy.open, NS.rel, "id");
  const rel = relationships(pkg, sheetPart).find((r) => r.id === id);
  if (!rel || rel.external || !pkg.has(rel.target)) return;
  const vml = latin1(pkg.bytes(rel.target));
  const wanted = new Set(cells.map((c) => `${c.row - 1},${c.col - 1}`));
  const kept = vml.replace(/<v:shape\b(?:(?!<v:shape\b)[\s\S])*?<\/v:shape\s*>/g, (shape) => {
    if (!/ObjectType\s*=\s*["']Note["']/.test(shape)) return shape;
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape)?.[1];
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape)?.[1];
    return row !== undefined && col !== undefined && wanted.has(`${row},${col}`) ? "" : shape;
  });
  if (kept !== vml) pkg.setBytes(rel.target, latin1Bytes(kept));
}

/** The comments part with the notes in; `boxless` are the notes on cells that had none (they need a box). */
function withNotes(xml: string, notes: Note[], author: string): { xml: string; boxless: Note[] } {
  const root = rootElement(xml);
  const p = root.open.prefix ? `${root.open.prefix}:` : "";
  const kids = children(xml, root);
  const authorsEl = kids.find((el) => isElement(el, NS.main, "authors"));
  const listEl = kids.find((el) => isElement(el, NS.main, "commentList"));
  if (!authorsEl || !listEl) return refuse("unreadable", { detail: "a comments part without authors or commentList" });
  const splices: Splice[] = [];

  const names = children(xml, authorsEl).filter((el) => isElement(el, NS.main, "author")).map((el) => unescapeXml(innerText(xml, el)));
  let authorId = names.indexOf(author);
  if (authorId < 0) {
    authorId = names.length;
    splices.push(insertion(xml, authorsEl, `<${p}author>${escapeText(author)}</${p}author>`));
  }

  const comments = children(xml, listEl)
    .filter((el) => isElement(el, NS.main, "comment"))
    .map((el) => ({ el, cell: parseCell(attr(xml, el.open, "ref") ?? "") }));
  const boxless: Note[] = [];
  const added: string[] = [];
  for (const note of notes) {
    const there = comments.find((c) => c.cell?.row === note.row && c.cell.col === note.col);
    if (there) {
      splices.push(...appended(xml, there.el, note.text, author, p));
      continue;
    }
    boxless.push(note);
    const comment = `<${p}comment ref="${cellAddress(note.row, note.col)}" authorId="${authorId}"><${p}text>${runs(author, note.text, p, false)}</${p}text></${p}comment>`;
    // In reading order among the notes already there, as Excel lists them.
    const next = comments.find((c) => c.cell !== null && (c.cell.row > note.row || (c.cell.row === note.row && c.cell.col > note.col)));
    if (next) splices.push({ start: next.el.open.start, end: next.el.open.start, text: comment });
    else added.push(comment);
  }
  if (added.length > 0) splices.push(insertion(xml, listEl, added.join("")));
  return { xml: applySplices(xml, splices), boxless };
}

/** Text inserted as the last child of `el`, as a splice (an empty element opened up). */
function insertion(xml: string, el: Element, text: string): Splice {
  if (el.open.kind !== "empty") return { start: el.close.start, end: el.close.start, text };
  const open = xml.slice(el.open.start, el.open.end).replace(/\s*\/>$/, ">");
  return { start: el.open.start, end: el.open.end, text: `${open}${text}</${el.open.name}>` };
}

/**
 * The splices that add `text` to an existing note as a new paragraph after its own text, which is
 * kept as written (a plain `<t>` becomes the first run, its text unchanged). A note that already
 * says every line of `text` (a workbook marked twice) is left alone.
 */
function appended(xml: string, comment: Element, text: string, author: string, p: string): Splice[] {
  const textEl = children(xml, comment).find((el) => isElement(el, NS.main, "text"));
  if (!textEl) return [];
  const parts = children(xml, textEl);
  const said = parts
    .flatMap((el) => (isElement(el, NS.main, "t") ? [el] : isElement(el, NS.main, "r") ? children(xml, el).filter((t) => isElement(t, NS.main, "t")) : []))
    .map((t) => unescapeXml(innerText(xml, t)))
    .join("");
  const fresh = text.split("\n").filter((line) => !said.includes(line));
  if (fresh.length === 0) return [];
  const splices: Splice[] = [];
  // CT_Rst: t?, r*, rPh*, phoneticPr?: a plain t cannot be followed by runs, so it becomes one.
  const plain = parts.find((el) => isElement(el, NS.main, "t"));
  if (plain) {
    splices.push({ start: plain.open.start, end: plain.open.start, text: `<${p}r>` });
    splices.push({ start: plain.close.end, end: plain.close.end, text: `</${p}r>` });
  }
  const after = parts.find((el) => isElement(el, NS.main, "rPh") || isElement(el, NS.main, "phoneticPr"));
  const at = after ? after.open.start : textEl.open.kind === "empty" ? -1 : textEl.close.start;
  const added = runs(author, fresh.join("\n"), p, parts.length > 0);
  if (at < 0) splices.push({ start: textEl.open.start, end: textEl.close.end, text: `<${p}text>${added}</${p}text>` });
  else splices.push({ start: at, end: at, text: added });
  return splices;
}

/** Excel's own note look: the author in bold, then the text, in 9 pt Tahoma; after other text, a blank line first. */
function runs(author: string, text: string, p: string, afterText: boolean): string {
  const font = `<${p}sz val="9"/><${p}color indexed="81"/><${p}rFont val="Tahoma"/><${p}family val="2"/><${p}charset val="204"/>`;
  const run = (bold: boolean, t: string) => `<${p}r><${p}rPr>${bold ? `<${p}b/>` : ""}${font}</${p}rPr><${p}t xml:space="preserve">${escapeText(cellText(t))}</${p}t></${p}r>`;
  return run(true, `${afterText ? "\n\n" : ""}${author}:`) + run(false, `\n${text}`);
}

/**
 * Text as a cell note may hold it: no characters XML 1.0 forbids, and a literal `_x0041_` kept
 * literal (Excel reads `_xHHHH_` in note text as an escaped character).
 */
function cellText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_");
}

/** Boxes for the new notes in the sheet's VML drawing, which is made (and named by the sheet) when it has none. */
function addBoxes(pkg: Package, sheetPart: string, notes: Note[]): void {
  const sheetXml = pkg.text(sheetPart);
  const layout = sheetLayout(sheetXml);
  const legacy = section(layout, "legacyDrawing");
  const blocksInUse = usedBlocks(pkg);
  if (legacy) {
    const id = attrNS(sheetXml, legacy.open, NS.rel, "id");
    const rel = relationships(pkg, sheetPart).find((r) => r.id === id);
    if (!rel || rel.external || !pkg.has(rel.target)) return refuse("unreadable", { detail: "a legacyDrawing without its part" });
    const vml = latin1(pkg.bytes(rel.target));
    pkg.setBytes(rel.target, latin1Bytes(withShapes(vml, notes, blocksInUse)));
    return;
  }
  const vmlPart = freshName(pkg, (n) => `xl/drawings/vmlDrawing${n}.vml`);
  const block = Math.max(0, ...blocksInUse) + 1;
  const start = `<xml ${VML_NAMESPACES}><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${NOTE_SHAPETYPE}</xml>`;
  pkg.setBytes(vmlPart, latin1Bytes(withShapes(start, notes, blocksInUse)));
  const relId = addRelationship(pkg, sheetPart, `${REL}/vmlDrawing`, relativeTarget(sheetPart, vmlPart));
  if (contentType(pkg, vmlPart) !== VML_TYPE) addOverride(pkg, vmlPart, VML_TYPE);
  const prefix = layout.root.open.prefix ? `${layout.root.open.prefix}:` : "";
  const r = prefixFor(layout.root.open.scope, NS.rel);
  const element = r ? `<${prefix}legacyDrawing ${r}id="${relId}"/>` : `<${prefix}legacyDrawing xmlns:r="${NS.rel}" r:id="${relId}"/>`;
  const at = insertionPoint(layout, "legacyDrawing");
  pkg.setText(sheetPart, applySplices(sheetXml, [{ start: at, end: at, text: element }]));
}

/**
 * The VML text with a hidden box per note before its closing tag: shape ids unique in the
 * workbook (the drawing's idmap grows by a block when its own is full), the note shape type added
 * when the drawing has none (a drawing of form controls only). VML is edited as bytes read one to
 * one, so whatever encoding the writer used, every byte outside the insertions stays.
 */
function withShapes(vml: string, notes: Note[], blocksInUse: Set<number>): string {
  const end = /<\/xml\s*>\s*$/.exec(vml);
  if (!end) return refuse("unreadable", { detail: "a VML drawing that does not end with </xml>" });
  const idmap = /(<o:idmap\b[^>]*\bdata\s*=\s*["'])([^"']*)(["'])/.exec(vml);
  const blocks = idmap ? [...idmap[2].matchAll(/\d+/g)].map((m) => Number(m[0])) : [];
  const taken = [...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
  const ids = shapeIds(notes.length, blocks, taken, blocksInUse);
  const declared = Object.entries({ v: "urn:schemas-microsoft-com:vml", o: "urn:schemas-microsoft-com:office:office", x: "urn:schemas-microsoft-com:office:excel" }).every(([prefix, ns]) =>
    new RegExp(`xmlns:${prefix}\\s*=\\s*["']${ns}["']`).test(vml.slice(0, vml.indexOf(">") + 1)),
  );
  const zBase = Math.max(0, ...[...vml.matchAll(/z-index:\s*(\d+)/g)].map((m) => Number(m[1])));
  const shapes = notes.map((n, k) => noteShape(n, ids.ids[k], zBase + k + 1, !declared)).join("");
  const type = /id\s*=\s*["']_x0000_t202["']/.test(vml) ? "" : NOTE_SHAPETYPE;
  let out = vml.slice(0, end.index) + type + shapes + vml.slice(end.index);
  if (idmap && ids.blocks.length > blocks.length) out = out.slice(0, idmap.index) + idmap[1] + ids.blocks.join(",") + idmap[3] + out.slice(idmap.index + idmap[0].length);
  return out;
}

/** Every idmap block the workbook's VML drawings claim. */
function usedBlocks(pkg: Package): Set<number> {
  const used = new Set<number>();
  for (const name of pkg.names()) {
    if (!/\.vml$/i.test(name)) continue;
    const idmap = /<o:idmap\b[^>]*\bdata\s*=\s*["']([^"']*)["']/.exec(latin1(pkg.bytes(name)));
    for (const m of idmap?.[1].matchAll(/\d+/g) ?? []) used.add(Number(m[0]));
  }
  return used;
}

/** Bytes as a string one character per byte, and back: an edit in ASCII keeps every other byte. */
function latin1(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

function freshName(pkg: Package, name: (n: number) => string): string {
  let n = 1;
  while (pkg.has(name(n))) n++;
  return name(n);
}

/** The relationship target from `source`'s folder to `target` ("../comments1.xml"). */
function relativeTarget(source: string, target: string): string {
  const from = source.split("/").slice(0, -1);
  const to = target.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}
