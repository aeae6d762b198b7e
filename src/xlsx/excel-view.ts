/**
 * A workbook as Excel's JavaScript API shows it to an add-in, for the browser preview's fake
 * Excel: every worksheet in tab order with its visibility, each cell's value as `range.values`
 * gives it (a date is its serial number, 31.12.2021 → 44561, beside its date number format; an
 * error value stays an error), its formula with the cached value, the cell's number format and
 * look (./cell-looks), the merged areas, column widths and row heights, protection, and the
 * defined names with their scope.
 *
 * It is the checking reader (readWorkbookBytesAsync) plus what only Excel's view needs: the same
 * parse, limits, CRC checks and problems, so the preview refuses exactly what the reader refuses.
 * The reader's grids give the values; styles, widths and heights come from a second,
 * light scan of the parts the reader has already inflated (kept, not inflated twice).
 */
import type { CellValue, MergedArea } from "../core/grid";
import { parseCell } from "./cell-ref";
import { parseCellLooks, type CellLook } from "./cell-looks";
import { readWorkbookBytesAsync } from "./index";
import type { AsyncInflate, ReadLimits, StrayCells, XlsxProblem } from "./index";
import { parseRelationships, relsPartOf } from "./package";
import { XlsxError } from "./problem";
import { isDateFormat } from "./styles";
import { parseWorkbook } from "./workbook";
import { CLOSE, END, OPEN, XmlScanner, xmlText } from "./xml";

export type { CellLook } from "./cell-looks";
import { findEntry, openZip, rawEntryData } from "./zip";

/** A value as `range.values` has it, except that an error value keeps its kind ({ error: "#DIV/0!" }). */
export type ExcelValue = string | number | boolean | { error: string } | null;

export interface ExcelCell {
  row: number;
  col: number;
  value: ExcelValue;
  /** "=SUM(G5:J5)", without the file's `_xlfn.` prefixes, as `range.formulas` shows it. */
  formula?: string;
  /** The cell's number format code when it is not "General" ("dd.mm.yyyy", "0.0%"). */
  numberFormat?: string;
  /** Index into the workbook's `looks` (the cell's style), when it is not the default one. */
  look?: number;
}

export type ExcelVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface ExcelSheet {
  name: string;
  visibility: ExcelVisibility;
  cells: ExcelCell[];
  merges: MergedArea[];
  /** Column widths in pixels, index 0 is column A; columns without a width are left undefined. */
  columnWidths: (number | undefined)[];
  /** Row heights in pixels, by row number. */
  rowHeights: Record<number, number>;
  /** Review › Protect Sheet is on. */
  protected: boolean;
}

export interface ExcelName {
  name: string;
  /** "='Звіт'!$A$4:$I$4", as `NamedItem.formula` gives it. */
  formula: string;
  /** The sheet whose own name it is; absent for the workbook's. */
  sheet?: string;
}

export interface ExcelWorkbook {
  sheets: ExcelSheet[];
  names: ExcelName[];
  date1904: boolean;
  /** The sheet the file opens on (a visible worksheet), if any. */
  activeSheet?: string;
  /** Far cells the reader left out of a sheet, as it reports them. */
  strays: StrayCells[];
  /** The cell styles (cellXfs) cells point at with `look`. */
  looks: CellLook[];
}

export type ExcelWorkbookResult = { ok: true; workbook: ExcelWorkbook } | { ok: false; problem: XlsxProblem };

const MS_PER_DAY = 24 * 3600 * 1000;
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1904 = 1462;

/** Reads a workbook the way Excel would show it; never throws for anything a file can do. */
export async function readExcelWorkbook(bytes: Uint8Array, options: { inflate: AsyncInflate; limits?: Partial<ReadLimits> }): Promise<ExcelWorkbookResult> {
  // Each inflated part by where its compressed bytes start, so the second scan inflates nothing.
  const inflated = new Map<number, Uint8Array>();
  const remember: AsyncInflate = async (data, max) => {
    const out = await options.inflate(data, max);
    inflated.set(data.byteOffset, out);
    return out;
  };
  const read = await readWorkbookBytesAsync(bytes, { inflate: remember, limits: options.limits });
  if (!read.ok) return read;
  try {
    const zip = openZip(bytes);
    const part = (name: string): string | null => {
      const entry = findEntry(zip, name);
      if (!entry || entry.uncompressedSize === 0) return null;
      const data = entry.method === 0 ? rawEntryData(zip, entry) : inflated.get(rawEntryData(zip, entry).byteOffset);
      return data ? xmlText(data) : null;
    };
    const main = mainPart(part);
    const mainText = part(main) ?? "";
    const allSheets = parseWorkbook(mainText, main).sheets;
    const relsText = part(relsPartOf(main));
    const styles = (relsText === null ? [] : parseRelationships(relsText, relsPartOf(main), main)).find((r) => r.type === "styles" && !r.external);
    const stylesText = part(styles?.target ?? main.replace(/[^/]*$/, "styles.xml"));
    const looks = stylesText === null ? [] : parseCellLooks(stylesText, styles?.target ?? "styles.xml");
    const visibility: Record<string, ExcelVisibility> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };
    const sheets = read.grids.map((grid, i): ExcelSheet => {
      const info = read.sheets[i];
      const width = grid.values[0]?.length ?? 0;
      const rect = { top: grid.top, left: grid.left, bottom: grid.top + grid.values.length - 1, right: grid.left + width - 1 };
      const scan = scanSheet(part(info.part) ?? "", info.part, rect);
      const cells: ExcelCell[] = [];
      grid.values.forEach((line, r) =>
        line.forEach((value, c) => {
          const formula = grid.formulas?.[r][c] ?? null;
          if (value === null && formula === null) return;
          const row = grid.top + r;
          const col = grid.left + c;
          const look = scan.styles.get(row * 16385 + col) ?? 0;
          scan.styles.delete(row * 16385 + col);
          cells.push(excelCell(row, col, value, formula, looks[look]?.numberFormat, read.date1904));
          if (look > 0 && looks[look]) cells[cells.length - 1].look = look;
        }),
      );
      // Empty cells with a look of their own (a table's borders, a filled band) show as well.
      for (const [key, look] of scan.styles) if (looks[look]) cells.push({ row: Math.floor(key / 16385), col: key % 16385, value: null, look });
      return {
        name: grid.name,
        visibility: visibility[info.state],
        cells,
        merges: grid.merges,
        columnWidths: scan.columnWidths,
        rowHeights: scan.rowHeights,
        protected: scan.protected,
      };
    });
    const names = read.definedNames
      .filter((n) => !n.name.startsWith("_xlnm."))
      .map((n): ExcelName => ({ name: n.name, formula: `=${n.formula}`, ...(n.localSheet === undefined ? {} : { sheet: n.localSheet }) }));
    const opensOn = allSheets[activeTab(mainText, main)]?.name;
    const visible = sheets.filter((s) => s.visibility === "Visible");
    const activeSheet = visible.find((s) => s.name === opensOn)?.name ?? visible[0]?.name;
    return { ok: true, workbook: { sheets, names, date1904: read.date1904, strays: read.strays, looks, ...(activeSheet === undefined ? {} : { activeSheet }) } };
  } catch (err) {
    if (err instanceof XlsxError) return { ok: false, problem: err.problem };
    throw err;
  }
}

/** The engine's value back to what Excel hands an add-in: a Date is its serial number again. */
function excelCell(row: number, col: number, value: CellValue, formula: string | null, format: string | undefined, date1904: boolean): ExcelCell {
  const cell: ExcelCell = { row, col, value: value instanceof Date ? toSerial(value, date1904) : value };
  let numberFormat = format ?? "General";
  // A date written as ISO text (t="d") has no date format of its own; Excel shows it as a date.
  if (value instanceof Date && !isDateFormat(numberFormat.replace(/\\(.)/g, "$1"))) numberFormat = "yyyy-mm-dd";
  if (numberFormat !== "General") cell.numberFormat = numberFormat;
  if (formula !== null) cell.formula = formula.replace(/_xl(fn|ws)\./gi, "");
  return cell;
}

function toSerial(date: Date, date1904: boolean): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DAYS_1904 : 0);
  // The reader rounded to the millisecond; a whole day should come back whole.
  return Math.abs(serial - Math.round(serial)) < 1e-9 ? Math.round(serial) : serial;
}

function mainPart(part: (name: string) => string | null): string {
  const rootRels = part("_rels/.rels");
  const rels = rootRels === null ? [] : parseRelationships(rootRels, "_rels/.rels", "");
  return rels.find((r) => r.type === "officeDocument" && !r.external)?.target ?? "xl/workbook.xml";
}

/** `<workbookView activeTab="2">`: the index, among all <sheet> entries, of the sheet the file opens on. */
function activeTab(text: string, part: string): number {
  const scanner = new XmlScanner(text, part);
  for (let event = scanner.next(); event !== END; event = scanner.next()) {
    if (event === OPEN && scanner.name === "workbookView") return parseInt(scanner.attr("activeTab") ?? "0", 10) || 0;
  }
  return 0;
}

interface SheetScan {
  /** cellXfs index by row × 16385 + column, for cells with a style other than 0. */
  styles: Map<number, number>;
  columnWidths: (number | undefined)[];
  rowHeights: Record<number, number>;
  protected: boolean;
}

/**
 * What the reader's grid does not keep: each cell's style, `<col>` widths, `<row ht>` heights and
 * whether the sheet is protected. Only cells inside the reader's grid (`rect`, bounded by its
 * limits) count: a sheet formatted down to row 1,048,576 cell by cell costs nothing more.
 * Positions follow readSheet's (a cell or row without r= follows the one before it); the
 * reader has already refused anything malformed.
 */
function scanSheet(text: string, part: string, rect: { top: number; left: number; bottom: number; right: number }): SheetScan {
  const out: SheetScan = { styles: new Map(), columnWidths: [], rowHeights: {}, protected: false };
  const scanner = new XmlScanner(text, part);
  let inData = false;
  let row = 0;
  let col = 0;
  for (let event = scanner.next(); event !== END; event = scanner.next()) {
    const name = scanner.name;
    if (event === CLOSE) {
      if (name === "sheetData") inData = false;
      continue;
    }
    if (name === "sheetData") inData = !scanner.selfClosing;
    else if (inData && name === "row") {
      const r = scanner.attr("r");
      row = r === undefined ? row + 1 : Number(r);
      col = 0;
      const height = parseFloat(scanner.attr("ht") ?? "");
      if (height > 0) out.rowHeights[row] = Math.round((height * 96) / 72);
    } else if (inData && name === "c") {
      const at = parseCell(scanner.attr("r") ?? "");
      if (at) ({ row, col } = at);
      else col++;
      const style = parseInt(scanner.attr("s") ?? "0", 10);
      if (style > 0 && row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right) out.styles.set(row * 16385 + col, style);
    } else if (!inData && name === "sheetProtection") {
      const sheet = scanner.attr("sheet");
      out.protected = sheet === "1" || sheet === "true";
    } else if (!inData && name === "col") {
      // Excel's width is in characters of the default font: about 7 px each plus 5 px of padding.
      const width = parseFloat(scanner.attr("width") ?? "");
      const min = parseInt(scanner.attr("min") ?? "0", 10);
      const max = Math.min(parseInt(scanner.attr("max") ?? "0", 10), 256);
      if (width >= 0) for (let c = Math.max(1, min); c <= max; c++) out.columnWidths[c - 1] = Math.round(width * 7 + 5);
    }
  }
  return out;
}
