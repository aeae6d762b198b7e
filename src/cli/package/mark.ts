/**
 * `mark` as a patch of the package: each problem cell gets the fill of its worst finding (the
 * add-in's palette) and a note with every finding's message, so a centre gets its own workbook
 * back with the problems shown where they are. Only the cells' style index changes (to a new
 * cellXfs entry that keeps everything of the old look but the fill); values, formulas and every
 * part the patch does not name stay byte for byte. A cell with no `<c>` yet (a missing value past
 * the table) gets one, in order. Protection does not stop a mark: the file format does not, and
 * a mark changes no value the protection guards.
 */
import type { Finding, Lang, Severity, SheetReport } from "../../core/types";
import { cellAddress } from "../../core/address";
import { formatFinding } from "../../core/messages";
import { severityNames } from "../../core/messages/severity";
import { contentType, Package } from "./package";
import type { Codec } from "./package";
import { readWorkbookInfo } from "./workbook";
import { findWorksheet, refusing } from "./compute";
import { StylesPart, defaultStyles } from "./cell-writes";
import { cellParts, cellsOf, editCells, rowsOf, sheetLayout } from "./sheet-cells";
import type { CellEdit } from "./sheet-cells";
import { growDimension, merges } from "./sheet-parts";
import { attr, setAttr, setAttrs } from "./xml";
import { addNotes, clearStaleNotes } from "./notes";
import { canonical } from "./styles";
import type { StyleSheet } from "./styles";
import type { Refusal } from "./refusal";

/** Who the notes are from, in every language: the program's name. */
export const NOTE_AUTHOR = "Pokaznyk";

/**
 * The add-in's mark fills (src/excel/marks.ts MARK_STYLE): Excel's own "Bad" and "Neutral" and a
 * quiet blue, so a marked file reads the same as a sheet marked in the pane.
 */
export const MARK_FILLS: Record<Severity, string> = { error: "FFC7CE", warning: "FFEB9C", info: "DDEBF7" };

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** One finding to show on a cell: how bad, and its line in the note. */
export interface CellMark {
  row: number;
  col: number;
  severity: Severity;
  /** "Помилка: …" — the finding's message after its severity's name. */
  line: string;
}

export interface SheetMarks {
  sheet: string;
  marks: CellMark[];
}

/**
 * What to mark on each sheet of a checked workbook: every finding the official has not accepted
 * (an accepted warning or tip was settled in the add-in and is left out of the verdict too).
 */
export function planMarks(reports: SheetReport[], lang: Lang): SheetMarks[] {
  return reports
    .map((report) => ({ sheet: report.sheet, marks: report.findings.filter((f) => !f.accepted).map((f) => markOf(f, lang)) }))
    .filter((s) => s.marks.length > 0);
}

function markOf(finding: Finding, lang: Lang): CellMark {
  return { row: finding.row, col: finding.col, severity: finding.severity, line: `${severityNames[lang][finding.severity]}: ${formatFinding(finding, lang)}` };
}

export interface PatchedMarks {
  bytes: Uint8Array;
  /** Cells marked, per sheet, by their worst severity. */
  marked: { sheet: string; cells: { row: number; col: number; severity: Severity }[] }[];
  changedParts: string[];
  /**
   * Cells an earlier marking coloured (a marked copy sent back) whose problems are fixed now, per
   * sheet: given back their own look, or left coloured when it cannot be told (A1 addresses).
   */
  unmarked: { sheet: string; restored: string[]; stillFilled: string[] }[];
  /** The workbook is macro-enabled (.xlsm): its copy must keep that extension. */
  macroEnabled: boolean;
}

export function patchMarks(bytes: Uint8Array, sheets: SheetMarks[], codec: Codec): PatchedMarks | { refusal: Refusal } {
  return refusing(() => {
    const pkg = Package.open(bytes, codec);
    const workbook = readWorkbookInfo(pkg);
    const styles = new StylesPart(pkg, workbook);
    const marked: PatchedMarks["marked"] = [];
    const fresh = sheets.map(({ sheet: name, marks }) => {
      const sheet = findWorksheet(pkg, workbook, name);
      return { sheet, part: sheet.part as string, cells: byCell(pkg.text(sheet.part as string), marks) };
    });
    // A copy marked before (sent back with some values fixed): our notes of fixed problems come off
    // and their cells get their own look back; on a first marking no sheet has a note of ours.
    const unmarked: PatchedMarks["unmarked"] = [];
    for (const sheet of workbook.sheets) {
      if (!sheet.part || contentType(pkg, sheet.part)?.endsWith("worksheet+xml") !== true) continue;
      const cells = fresh.find((f) => f.part === sheet.part)?.cells ?? [];
      const fixed = clearStaleNotes(pkg, sheet.part, cells.map(noteOf), NOTE_AUTHOR);
      if (fixed.length > 0) unmarked.push({ sheet: sheet.name, ...unfill(pkg, sheet.part, fixed, styles.styles) });
    }
    for (const { sheet, part, cells } of fresh) {
      markCells(pkg, part, cells, styles);
      addNotes(pkg, part, cells.map(noteOf), NOTE_AUTHOR);
      marked.push({ sheet: sheet.name, cells: cells.map(({ row, col, severity }) => ({ row, col, severity })) });
    }
    styles.save();
    const macroEnabled = /macroEnabled/i.test(contentType(pkg, workbook.part) ?? "");
    return { bytes: pkg.toBytes(), marked, changedParts: pkg.changes().changed, unmarked, macroEnabled };
  });
}

interface MarkedCell {
  row: number;
  col: number;
  severity: Severity;
  lines: string[];
}

/**
 * The marks gathered by cell: its worst severity, its lines worst first. A finding on a cell that a
 * merged area covers goes to the area's first cell, the one Excel shows (and keeps a note on).
 */
function byCell(xml: string, marks: CellMark[]): MarkedCell[] {
  const areas = merges(xml, sheetLayout(xml)).map((m) => m.area);
  const cells = new Map<string, MarkedCell & { all: CellMark[] }>();
  for (const mark of marks) {
    const area = areas.find((a) => mark.row >= a.top && mark.row <= a.bottom && mark.col >= a.left && mark.col <= a.right);
    const row = area ? area.top : mark.row;
    const col = area ? area.left : mark.col;
    const key = `${row}:${col}`;
    const cell = cells.get(key) ?? { row, col, severity: mark.severity, lines: [], all: [] };
    cell.all.push(mark);
    if (RANK[mark.severity] > RANK[cell.severity]) cell.severity = mark.severity;
    cells.set(key, cell);
  }
  return [...cells.values()]
    .map(({ all, ...cell }) => ({ ...cell, lines: [...new Set([...all].sort((a, b) => RANK[b.severity] - RANK[a.severity]).map((m) => m.line))] }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
}

function noteOf(cell: MarkedCell): { row: number; col: number; text: string } {
  return { row: cell.row, col: cell.col, text: cell.lines.join("\n") };
}

/**
 * The cells' own look back, where an earlier mark's fill is on them: the cell format that is theirs
 * in all but the fill, when the workbook has exactly one such without a mark's fill (the one the
 * mark was cloned from). Nothing records which it was, and a part that did would change a first
 * marking's untouched parts, so with two or more (a sheet using one look both plain and shaded)
 * the cell stays coloured and is named.
 */
function unfill(pkg: Package, part: string, cells: { row: number; col: number }[], styles: StyleSheet): { restored: string[]; stillFilled: string[] } {
  const xml = pkg.text(part);
  const layout = sheetLayout(xml);
  const rows = rowsOf(xml, layout.sheetData);
  const wanted = new Set(cells.map((c) => `${c.row},${c.col}`));
  const restored: string[] = [];
  const stillFilled: string[] = [];
  const edits: CellEdit[] = [];
  let looks: string[] | null = null;
  for (const row of rows) {
    for (const cell of cellsOf(xml, row)) {
      if (!wanted.has(`${cell.row},${cell.col}`)) continue;
      const style = cellParts(xml, cell.el).s;
      if (!hasMarkFill(styles, style)) continue;
      looks ??= styles.records("cellXfs").map((_, k) => lookBesidesFill(styles, k));
      const own = ownLooks(styles, style, looks);
      const address = cellAddress(cell.row, cell.col);
      if (own.length !== 1) {
        stillFilled.push(address);
        continue;
      }
      restored.push(address);
      // The cell is there (it was found in its row), so `existing` is it.
      edits.push({ row: cell.row, col: cell.col, build: () => setAttr(xml, cell.el.open, "s", String(own[0])) + xml.slice(cell.el.open.end, cell.el.close.end) });
    }
  }
  if (edits.length > 0) pkg.setText(part, editCells(xml, layout, edits, rows));
  return { restored, stillFilled };
}

/** The mark fills as fgColor values (FFC7CE → FFFFC7CE). */
const MARK_COLOURS = new Set(Object.values(MARK_FILLS).map((c) => `FF${c}`));

function fillOf(styles: StyleSheet, xfIndex: number): string {
  const xf = styles.records("cellXfs")[xfIndex];
  const fillId = Number((xf && attr(styles.text, xf.open, "fillId")) ?? 0);
  const fill = styles.records("fills")[fillId];
  return fill ? styles.recordText(fill) : "";
}

function hasMarkFill(styles: StyleSheet, xfIndex: number): boolean {
  const rgb = /<(?:\w+:)?fgColor\b[^>]*\brgb\s*=\s*["']([0-9A-Fa-f]{8})["']/.exec(fillOf(styles, xfIndex))?.[1];
  return rgb !== undefined && MARK_COLOURS.has(rgb.toUpperCase());
}

/** The cell formats like `xfIndex` in everything but the fill (`looks`: each one's lookBesidesFill), whose fill is not a mark's. */
function ownLooks(styles: StyleSheet, xfIndex: number, looks: string[]): number[] {
  return looks.map((_, k) => k).filter((k) => k !== xfIndex && looks[k] === looks[xfIndex] && !hasMarkFill(styles, k));
}

/** A cell format's identity with its fill left out. */
function lookBesidesFill(styles: StyleSheet, xfIndex: number): string {
  const xf = styles.records("cellXfs")[xfIndex];
  const text = styles.recordText(xf);
  const openLength = xf.open.end - xf.open.start;
  const open = setAttrs(text.slice(0, openLength), [
    ["fillId", null],
    ["applyFill", null],
  ]);
  return canonical(open + text.slice(openLength));
}

/** Each cell's style swapped for its look with the mark's fill; a cell not in the file yet is made, with the look it showed. */
function markCells(pkg: Package, part: string, cells: MarkedCell[], styles: StylesPart): void {
  const xml = pkg.text(part);
  const layout = sheetLayout(xml);
  const rows = rowsOf(xml, layout.sheetData);
  const defaults = defaultStyles(xml, layout, rows, new Set(cells.map((c) => c.row)));
  const prefix = layout.sheetData.open.prefix ? `${layout.sheetData.open.prefix}:` : "";
  const edits: CellEdit[] = cells.map((cell) => ({
    row: cell.row,
    col: cell.col,
    build: (existing) => {
      const base = existing ? cellParts(xml, existing.el).s : defaults(cell.row, cell.col);
      const style = styles.styles.withFill(base, fillRecord(cell.severity));
      if (!existing) return `<${prefix}c r="${cellAddress(cell.row, cell.col)}" s="${style}"/>`;
      const el = existing.el;
      return setAttr(xml, el.open, "s", String(style)) + xml.slice(el.open.end, el.close.end);
    },
  }));
  const edited = editCells(xml, layout, edits, rows);
  pkg.setText(part, growDimension(edited, sheetLayout(edited), cells));
}

/** A solid fill as Excel writes one (fgColor is the colour; bgColor the automatic one). */
function fillRecord(severity: Severity): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="FF${MARK_FILLS[severity]}"/><bgColor indexed="64"/></patternFill></fill>`;
}
