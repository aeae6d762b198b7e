/**
 * Inserting a standard form (core/templates) as a new worksheet: values and live formulas in 2-D
 * blocks, the look of each named style over as few rectangles as possible, merges, widths and
 * heights, frozen header, validation, the shortfall highlight, the defined name that records the
 * form, and print setup.
 *
 * Round trips: 1 to learn the names in use, 1 for the sheet, 1 for print setup, 1 for fitting
 * to one page wide. Print setup goes on its own because some Excel builds claim API sets they lack
 * (office-js#1031), and a batch is no transaction: an action Excel refuses skips the ones queued
 * after it. If either fails the sheet is still whole and the pane says what was skipped.
 */
import { areaAddress, cellAddress, columnLetter } from "../core/address";
import type { MergedArea } from "../core/grid";
import { buildTemplate, nextStampSerial, type CellStyle, type TemplateDetails, type TemplateId, type TemplateSheet } from "../core/templates";
import type { FormId } from "../core/types";
import { rowsPerPiece, SyncBatcher } from "./batch";
import { asText } from "./cells";
import { jsonBytes, SYNC_BUDGET_BYTES } from "./payload";
import { LOOKS, excelAlignment, rowHeights, widthInPoints, type Look } from "./template-look";
import type { XlContext, XlRange, XlValue, XlWorksheet } from "./types";

/** Parts of a template that need more than the oldest API set a sheet can be made with. */
export type TemplateFeature = "highlight" | "freeze" | "validation" | "print" | "fit";

/** The ExcelApi version each feature needs (the manifest asks for 1.13, which has them all). */
export const FEATURE_API: Record<TemplateFeature, string> = { highlight: "1.6", freeze: "1.7", validation: "1.8", print: "1.9", fit: "1.9" };

export interface InsertTemplateOptions {
  /** Office's isSetSupported for ExcelApi; a feature it denies is skipped and reported. */
  supports?(version: string): boolean;
  /** Estimated bytes one sync may carry. Default SYNC_BUDGET_BYTES. */
  budgetBytes?: number;
}

export interface InsertedTemplate {
  sheet: string;
  form: FormId;
  /** The form stamp: the defined name recording the form. */
  stamp: string;
  /** Features this Excel could not take; the sheet works without them. */
  skipped: TemplateFeature[];
}

const COMMAND_BYTES = 120;

export async function insertTemplate(context: XlContext, id: TemplateId, details: TemplateDetails, options: InsertTemplateOptions = {}): Promise<InsertedTemplate> {
  const inserted = await insertBuiltTemplate(context, (existing, serial) => buildTemplate(id, details, existing, serial), options);
  return inserted as InsertedTemplate; // buildTemplate always gives a sheet.
}

/**
 * Inserts the sheet `build` makes once the names in use are known (a fresh sheet name, the next
 * stamp serial): a standard form, or a report made from a plan (core reportFromPlan), whose
 * `source` name pointing back at the plan's rows goes in with the stamp. Null, and nothing
 * changed, when `build` gives no sheet.
 */
export async function insertBuiltTemplate(
  context: XlContext,
  build: (existing: string[], serial: number) => TemplateSheet | null,
  options: InsertTemplateOptions = {},
): Promise<InsertedTemplate | null> {
  const supports = (feature: TemplateFeature) => options.supports?.(FEATURE_API[feature]) ?? true;
  const skipped = (Object.keys(FEATURE_API) as TemplateFeature[]).filter((f) => !supports(f));

  // ---- sync 1: sheet names and defined names in use -------------------------------------------
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  const serial = nextStampSerial(names.items.map((n) => n.name));
  const template = build(sheets.items.map((s) => s.name), serial);
  if (!template) return null;

  // ---- sync 2: the sheet ---------------------------------------------------------------------
  const batch = new SyncBatcher(context, options.budgetBytes);
  const sheet = sheets.add(template.name);
  await queueCells(batch, sheet, template, options.budgetBytes ?? SYNC_BUDGET_BYTES);
  await batch.add(COMMAND_BYTES * 16 * template.merges.length, () => {
    for (const m of template.merges) sheet.getRange(areaAddress(m)).merge(false);
  });
  for (const [area, style] of styleAreas(template)) await batch.add(COMMAND_BYTES * 16, () => applyLook(sheet.getRange(areaAddress(area)), LOOKS[style], area));
  await batch.add(COMMAND_BYTES * (template.columnWidths.length + 8), () => queueSizes(sheet, template));
  if (supports("freeze")) await batch.add(COMMAND_BYTES, () => sheet.freezePanes.freezeRows(template.freezeRows));
  if (supports("validation")) await batch.add(COMMAND_BYTES * 4 * template.validations.length + jsonBytes(template.validations), () => queueValidations(sheet, template));
  if (supports("highlight")) await batch.add(COMMAND_BYTES * 4 * template.highlights.length + jsonBytes(template.highlights), () => queueHighlights(sheet, template));
  await batch.add(COMMAND_BYTES * 4, () => {
    context.workbook.names.add(template.stamp.name, `=${template.stamp.reference}`);
    // Workbook-scoped, as the command line writes it: the link belongs to the report, not to either sheet's own names.
    if (template.source) context.workbook.names.add(template.source.name, `=${template.source.reference}`);
    sheet.activate();
    sheet.getRange(cellAddress(template.measureRows.first, 1)).select();
  });
  await batch.flush();

  // ---- sync 3: print setup, apart ------------------------------------------------------------
  if (supports("print") && !(await syncApart(context, () => queuePrint(sheet, template)))) skipped.push("print");
  // ---- sync 4: one page wide, apart and last: a build that refuses the zoom keeps the rest -------
  if (supports("fit") && !(await syncApart(context, () => (sheet.pageLayout.zoom = { horizontalFitToPages: 1 })))) skipped.push("fit");
  return { sheet: template.name, form: template.form, stamp: template.stamp.name, skipped };
}

// ---- values and formulas -------------------------------------------------------------------------

/** What `range.formulas` takes for a template cell: its formula, or its value kept as Excel should. */
function templateCellFormula(value: XlValue, formula?: string): XlValue {
  if (formula) return formula;
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? asText(value) : value;
}

/** All cells as one block of rows (or several, for a very long template). */
async function queueCells(batch: SyncBatcher, sheet: XlWorksheet, template: TemplateSheet, budget: number): Promise<void> {
  const rows = Math.max(...template.cells.map((c) => c.row));
  const cols = template.columnWidths.length;
  const block: XlValue[][] = Array.from({ length: rows }, () => Array<XlValue>(cols).fill(""));
  for (const cell of template.cells) block[cell.row - 1][cell.col - 1] = templateCellFormula(cell.value ?? null, cell.formula);
  const bytes = jsonBytes(block);
  const size = rowsPerPiece(rows, bytes, budget);
  for (let top = 0; top < rows; top += size) {
    const piece = block.slice(top, top + size);
    await batch.add(size === rows ? bytes : jsonBytes(piece), () => {
      sheet.getRangeByIndexes(top, 0, piece.length, cols).formulas = piece;
    });
  }
}

// ---- looks ---------------------------------------------------------------------------------------

/**
 * Each style's cells as rectangles: runs along a row, stacked while the next row repeats the run.
 * A merged area takes its top-left cell's style throughout, so its borders and fill are whole.
 */
export function styleAreas(template: TemplateSheet): [MergedArea, CellStyle][] {
  const styles = new Map<string, CellStyle>();
  for (const cell of template.cells) styles.set(`${cell.row},${cell.col}`, cell.style);
  for (const m of template.merges) {
    const corner = styles.get(`${m.top},${m.left}`);
    if (!corner) continue;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) styles.set(`${r},${c}`, corner);
  }
  const rows = Math.max(...template.cells.map((c) => c.row));
  const cols = template.columnWidths.length;
  const open: [MergedArea, CellStyle][] = [];
  for (let r = 1; r <= rows; r++) {
    let c = 1;
    while (c <= cols) {
      const style = styles.get(`${r},${c}`);
      if (!style) {
        c++;
        continue;
      }
      let right = c;
      while (right < cols && styles.get(`${r},${right + 1}`) === style) right++;
      const above = open.find(([a, s]) => s === style && a.bottom === r - 1 && a.left === c && a.right === right);
      if (above) above[0].bottom = r;
      else open.push([{ top: r, left: c, bottom: r, right }, style]);
      c = right + 1;
    }
  }
  return open;
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function applyLook(range: XlRange, look: Look, area: MergedArea): void {
  const format = range.format;
  format.font.name = look.font.name;
  format.font.size = look.font.size;
  format.font.bold = look.font.bold;
  const { horizontal, vertical } = excelAlignment(look);
  format.horizontalAlignment = horizontal;
  format.verticalAlignment = vertical;
  format.wrapText = look.wrap;
  if (look.fill) format.fill.color = look.fill;
  if (look.borders) {
    const edges: (typeof EDGES[number] | "InsideHorizontal" | "InsideVertical")[] = [...EDGES];
    // Inside edges of a single row or column do not exist; Excel refuses them on some builds.
    if (area.bottom > area.top) edges.push("InsideHorizontal");
    if (area.right > area.left) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = "#000000";
    }
  }
  if (look.numberFormat) {
    const width = area.right - area.left + 1;
    range.numberFormat = Array.from({ length: area.bottom - area.top + 1 }, () => Array(width).fill(look.numberFormat));
  }
}

function queueSizes(sheet: XlWorksheet, template: TemplateSheet): void {
  // Neighbouring columns of the same width share one command.
  const widths = template.columnWidths;
  for (let c = 1; c <= widths.length; ) {
    let end = c;
    while (end < widths.length && widths[end] === widths[c - 1]) end++;
    sheet.getRange(`${columnLetter(c)}:${columnLetter(end)}`).format.columnWidth = widthInPoints(widths[c - 1]);
    c = end + 1;
  }
  for (const [row, points] of rowHeights(template)) sheet.getRange(`${row}:${row}`).format.rowHeight = points;
}

// ---- validation, highlight, print ----------------------------------------------------------------

function queueValidations(sheet: XlWorksheet, template: TemplateSheet): void {
  for (const v of template.validations) {
    const validation = sheet.getRange(areaAddress(v.range)).dataValidation;
    validation.rule = { custom: { formula: v.formula } };
    validation.errorAlert = { message: v.message, showAlert: true, style: v.alert === "warning" ? "Warning" : "Stop", title: v.title };
    validation.prompt = { message: v.prompt, showPrompt: true, title: v.title };
    validation.ignoreBlanks = true;
  }
}

function queueHighlights(sheet: XlWorksheet, template: TemplateSheet): void {
  for (const h of template.highlights) {
    const format = sheet.getRange(areaAddress(h.range)).conditionalFormats.add("Custom");
    format.custom.rule.formula = h.formula;
    format.custom.format.fill.color = h.fill;
  }
}

/** Queues and syncs on its own; false when Excel refused any of it. */
async function syncApart(context: XlContext, queue: () => void): Promise<boolean> {
  try {
    queue();
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

function queuePrint(sheet: XlWorksheet, template: TemplateSheet): void {
  const layout = sheet.pageLayout;
  const { repeatRows } = template.print;
  layout.orientation = "Landscape";
  layout.paperSize = "A4";
  layout.centerHorizontally = true;
  layout.setPrintTitleRows(`$${repeatRows.first}:$${repeatRows.last}`);
  layout.headersFooters.defaultForAllPages.centerFooter = "Сторінка &P з &N";
}
