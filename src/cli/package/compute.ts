/**
 * `compute` as a patch of the package: the engine's edit plan for one sheet carried out on the
 * parts it names, every other part copied byte for byte. Columns are inserted first (refused
 * when a part the patcher cannot update depends on the columns that would move), then the
 * new column's title, its merge and the widened group titles, then the writes.
 */
import type { CellWrite, EditPlan } from "../../core/edits";
import { cellAddress } from "../../core/address";
import type { ColumnInsert as PlannedInsert } from "../../core/edits/types";
import { Package, contentType, relationships, relType, removeOverride, removeRelationships } from "./package";
import type { Codec } from "./package";
import { applySplices, escapeText, XmlError } from "./xml";
import type { Splice } from "./xml";
import { readWorkbookInfo, definedNames, sameName } from "./workbook";
import type { SheetInfo, WorkbookInfo } from "./workbook";
import { checkColumnInsert } from "./insert-guards";
import { insertColumnInSheet } from "./insert-column";
import { shiftColumns } from "./refs";
import { sheetLayout } from "./sheet-cells";
import { mergeSplices, merges } from "./sheet-parts";
import { StylesPart, writeCells } from "./cell-writes";
import { ZipWriteError } from "./zip-write";
import { RefusalError, refuse } from "./refusal";
import type { Refusal } from "./refusal";

export type { Codec };

export interface PatchedCompute {
  bytes: Uint8Array;
  /** Writes carried out (the plan's own and the accepted offers). */
  written: CellWrite[];
  /** Cells inside someone else's merged area, left alone (as the exceljs edge skips them). */
  skipped: string[];
  /** Parts whose bytes changed, and parts dropped (calcChain.xml after an insert). */
  changedParts: string[];
  removedParts: string[];
}

export type ComputePatch = PatchedCompute | { refusal: Refusal };

/** Runs a patch, turning a refusal (or XML the patcher cannot follow) into `{ refusal }`. */
export function refusing<T>(patch: () => T): T | { refusal: Refusal } {
  try {
    return patch();
  } catch (err) {
    if (err instanceof RefusalError) return { refusal: err.refusal };
    if (err instanceof XmlError || err instanceof ZipWriteError) return { refusal: { code: "unreadable", detail: err.message } };
    throw err;
  }
}

export function patchCompute(bytes: Uint8Array, sheetName: string, plan: EditPlan, accepted: CellWrite[], codec: Codec): ComputePatch {
  return refusing(() => {
    const pkg = Package.open(bytes, codec);
    const workbook = readWorkbookInfo(pkg);
    const sheet = findWorksheet(pkg, workbook, sheetName);
    const styles = new StylesPart(pkg, workbook);
    // Each new column's title, written with the plan's writes (moved by the inserts after its own).
    const titles: CellWrite[] = [];
    for (const insert of plan.insertColumns) {
      checkColumnInsert(pkg, workbook, sheet, insert.before);
      insertColumn(pkg, workbook, sheet, insert.before);
      for (const title of titles) title.col = title.col >= insert.before ? title.col + 1 : title.col;
      titles.push({ row: insert.headerRows[0], col: insert.before, value: insert.header });
      mergeNewColumn(pkg, sheet, insert);
    }
    const all = writeCells(pkg, workbook, sheet, [...titles, ...plan.writes, ...accepted], styles);
    const titleCells = new Set(titles.map((t) => cellAddress(t.row, t.col)));
    const done = { written: all.written.filter((w) => !titles.includes(w)), skipped: all.skipped.filter((cell) => !titleCells.has(cell)) };
    styles.save();
    if (plan.insertColumns.length > 0) dropCalcChain(pkg, workbook);
    const { changed, removed } = pkg.changes();
    return { bytes: pkg.toBytes(), ...done, changedParts: changed, removedParts: removed };
  });
}

export function findWorksheet(pkg: Package, workbook: WorkbookInfo, name: string): SheetInfo {
  const sheet = workbook.sheets.find((s) => sameName(s.name, name));
  if (!sheet || !sheet.part || contentType(pkg, sheet.part)?.endsWith("worksheet+xml") !== true) return refuse("no-sheet", { sheet: name });
  return sheet;
}

/** The column goes into the sheet; every formula and name in the workbook that points past it moves. */
function insertColumn(pkg: Package, workbook: WorkbookInfo, sheet: SheetInfo, before: number): void {
  const insert = { target: sheet.name, before };
  for (const other of workbook.sheets) {
    if (!other.part || contentType(pkg, other.part)?.endsWith("worksheet+xml") !== true) continue;
    pkg.setText(other.part, insertColumnInSheet(pkg.text(other.part), other.name, insert));
  }
  const xml = pkg.text(workbook.part);
  const splices: Splice[] = [];
  for (const name of definedNames(xml)) {
    const next = shiftColumns(name.text, sheet.name, null, before);
    if (next !== name.text && name.el.open.kind === "open") splices.push({ start: name.el.open.end, end: name.el.close.start, text: escapeText(next) });
  }
  pkg.setText(workbook.part, applySplices(xml, splices));
}

/** The new column's header rows merged when they are more than one; group titles widened over it. */
function mergeNewColumn(pkg: Package, sheet: SheetInfo, insert: PlannedInsert): void {
  const [first] = insert.headerRows;
  const last = insert.headerRows[insert.headerRows.length - 1];
  const part = sheet.part as string;
  const xml = pkg.text(part);
  const layout = sheetLayout(xml);
  const all = merges(xml, layout);
  const inMerge = (row: number) => all.some(({ area }) => row >= area.top && row <= area.bottom && insert.before >= area.left && insert.before <= area.right);
  const add = insert.headerRows.length > 1 && !insert.headerRows.some(inMerge) ? [{ top: first, bottom: last, left: insert.before, right: insert.before }] : [];
  const replace = insert.widen.flatMap((group) => {
    const from = all.find(({ area }) => area.top === group.top && area.left === group.left && area.bottom === group.bottom && area.right === group.right);
    return from ? [{ from, to: { ...group, right: group.right + 1 } }] : [];
  });
  pkg.setText(part, applySplices(xml, mergeSplices(xml, layout, add, replace)));
}

/** calcChain.xml lists formula cells by address; after an insert it would name the wrong cells, and Excel rebuilds it. */
function dropCalcChain(pkg: Package, workbook: WorkbookInfo): void {
  const chain = relationships(pkg, workbook.part).find((r) => relType(r) === "calcChain" && !r.external);
  if (!chain) return;
  removeRelationships(pkg, workbook.part, (r) => r.id === chain.id);
  if (pkg.has(chain.target)) {
    pkg.remove(chain.target);
    removeOverride(pkg, chain.target);
  }
}
