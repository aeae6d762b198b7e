/**
 * The formulas of a worksheet part: every `<f>` with its cell, and shared formulas handled as
 * Excel derives them (a member's formula is the master's, translated by its offset). When a
 * rewrite would not move every member the same way, the group is written out as plain formulas.
 */
import { attr, children, escapeText, innerText, isElement, NS, setAttrs, unescapeXml } from "./xml";
import type { Element, Splice } from "./xml";
import { cellsOf, rowsOf } from "./sheet-cells";
import type { CellEl, RowEl, SheetLayout } from "./sheet-cells";
import { translateFormula } from "./refs";
import { refuse } from "./refusal";

export interface FormulaCell {
  cell: CellEl;
  f: Element;
  /** "normal", "shared", "array" or "dataTable". */
  type: string;
  si?: string;
  ref?: string;
  /** The formula as written, unescaped ("" for a shared formula's member). */
  text: string;
}

/** Every cell of the sheet with a formula. */
export function formulaCells(xml: string, layout: SheetLayout, rows: RowEl[] = rowsOf(xml, layout.sheetData)): FormulaCell[] {
  const found: FormulaCell[] = [];
  for (const row of rows) {
    // Most rows hold no formula: look at their text before parsing their cells.
    const rowText = xml.slice(row.el.open.end, row.el.close.start);
    if (!/<(?:[\w.-]+:)?f[\s/>]/.test(rowText)) continue;
    for (const cell of cellsOf(xml, row)) {
      const f = children(xml, cell.el).find((el) => isElement(el, NS.main, "f"));
      if (!f) continue;
      found.push({
        cell,
        f,
        type: attr(xml, f.open, "t") ?? "normal",
        si: attr(xml, f.open, "si"),
        ref: attr(xml, f.open, "ref"),
        text: unescapeXml(innerText(xml, f)),
      });
    }
  }
  return found;
}

/** A shared formula group: its master (the member holding the text) and every member. */
export interface SharedGroup {
  master: FormulaCell;
  members: FormulaCell[];
}

export function sharedGroups(cells: FormulaCell[]): Map<string, SharedGroup> {
  const bySi = new Map<string, FormulaCell[]>();
  for (const c of cells) if (c.type === "shared" && c.si !== undefined) bySi.set(c.si, [...(bySi.get(c.si) ?? []), c]);
  const groups = new Map<string, SharedGroup>();
  for (const [si, members] of bySi) {
    const master = members.find((m) => m.ref !== undefined && m.text !== "");
    if (!master) refuse("unreadable", { detail: `shared formula ${si} has no master cell` });
    groups.set(si, { master, members });
  }
  return groups;
}

/** A member's own formula: the master's text as read from the member's cell. */
export function memberFormula(group: SharedGroup, member: FormulaCell): string {
  return member === group.master ? group.master.text : translateFormula(group.master.text, member.cell.row - group.master.cell.row, member.cell.col - group.master.cell.col);
}

/** The `<f>` of a cell rewritten as a plain formula holding `text` (attributes of sharing dropped). */
export function plainFormulaSplice(xml: string, f: Element, text: string): Splice {
  const open = xml.slice(f.open.start, f.open.end).replace(/\s*\/>$/, ">");
  const tag = setAttrs(open, [
    ["t", null],
    ["si", null],
    ["ref", null],
  ]);
  return { start: f.open.start, end: f.close.end, text: `${tag}${escapeText(text)}</${f.open.name}>` };
}

/** The `<f>`'s text replaced, its tag kept. */
export function formulaTextSplice(xml: string, f: Element, text: string): Splice {
  if (f.open.kind === "empty") {
    const open = xml.slice(f.open.start, f.open.end).replace(/\s*\/>$/, ">");
    return { start: f.open.start, end: f.open.end, text: `${open}${escapeText(text)}</${f.open.name}>` };
  }
  return { start: f.open.end, end: f.close.start, text: escapeText(text) };
}

export interface FormulaShift {
  /** The formula's text after the change, as read in its cell's new place. */
  shift: (text: string) => string;
  /** Where a column of this sheet lands (identity on a sheet that does not move). */
  land: (col: number) => number;
  /** A `ref` attribute (an array formula's or shared formula's range) after the change. */
  moveRef: (ref: string) => string;
}

/**
 * Splices that rewrite every formula of the sheet through `change`. A shared group stays shared
 * when the rewritten master, derived to each member's new place, gives each member's rewritten
 * formula; otherwise every member gets its formula written out.
 */
export function shiftFormulas(xml: string, cells: FormulaCell[], change: FormulaShift): Splice[] {
  const splices: Splice[] = [];
  for (const c of cells) {
    if (c.type === "shared") continue;
    const next = change.shift(c.text);
    if (next !== c.text) splices.push(formulaTextSplice(xml, c.f, next));
    if (c.type === "array" && c.ref !== undefined) {
      const ref = change.moveRef(c.ref);
      if (ref !== c.ref) splices.push(refSplice(xml, c.f, ref));
    }
  }
  for (const group of sharedGroups(cells).values()) for (const splice of shiftGroup(xml, group, change)) splices.push(splice);
  return splices;
}

function shiftGroup(xml: string, group: SharedGroup, change: FormulaShift): Splice[] {
  const { master } = group;
  const shiftedMaster = change.shift(master.text);
  const uniform = group.members.every((m) => {
    const expected = change.shift(memberFormula(group, m));
    const derived = translateFormula(shiftedMaster, m.cell.row - master.cell.row, change.land(m.cell.col) - change.land(master.cell.col));
    return expected === derived;
  });
  if (!uniform) return group.members.map((m) => plainFormulaSplice(xml, m.f, change.shift(memberFormula(group, m))));
  const splices: Splice[] = [];
  if (shiftedMaster !== master.text) splices.push(formulaTextSplice(xml, master.f, shiftedMaster));
  const ref = change.moveRef(master.ref as string);
  if (ref !== master.ref) splices.push(refSplice(xml, master.f, ref));
  return splices;
}

function refSplice(xml: string, f: Element, ref: string): Splice {
  const open = xml.slice(f.open.start, f.open.end);
  return { start: f.open.start, end: f.open.end, text: setAttrs(open, [["ref", ref]]) };
}

/** Splices that write every member of the given shared groups out as a plain formula. */
export function unshare(xml: string, groups: SharedGroup[]): Splice[] {
  return groups.flatMap((group) => group.members.map((m) => plainFormulaSplice(xml, m.f, memberFormula(group, m))));
}
