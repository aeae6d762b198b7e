/**
 * A workbook as Excel's API shows it (src/xlsx/excel-view) turned into the fake's JSON: what
 * «Відкрити файл…» opens in the preview, and what the fake's insertWorksheetsFromBase64 lays into
 * an open workbook, so both show a file's sheets alike.
 */
import { areaAddress } from "../core/address";
import type { CellLook, ExcelCell, ExcelSheet, ExcelWorkbook } from "../xlsx/excel-view";
import type { CellJson, SheetJson, WorkbookJson } from "./json";
import type { FakeStyle } from "./model";

const DEFAULT_WIDTH = 64;

export interface OpenedJson {
  json: WorkbookJson;
  hidden: string[];
  notes: { leftOut: number; cells: string[] } | null;
}

/** The workbook as the fake's JSON, the sheets Excel would not show (hidden) named apart, and the far cells left out. */
export function workbookJson(book: ExcelWorkbook, source: string): OpenedJson {
  const leftOut = book.strays.reduce((sum, s) => sum + s.count, 0);
  return {
    json: {
      source,
      sheets: book.sheets.map((sheet) => sheetJson(sheet, book.looks)),
      ...(book.activeSheet === undefined ? {} : { activeSheet: book.activeSheet }),
      ...(book.names.length ? { names: book.names } : {}),
      ...(book.date1904 ? { date1904: true } : {}),
    },
    hidden: book.sheets.filter((s) => s.visibility !== "Visible").map((s) => s.name),
    notes: leftOut ? { leftOut, cells: book.strays.flatMap((s) => s.cells.map((c) => `${s.sheet}!${c}`)).slice(0, 3) } : null,
  };
}

/** One sheet as the fake's JSON, each distinct style listed once. */
function sheetJson(sheet: ExcelSheet, looks: CellLook[]): SheetJson {
  const styles: FakeStyle[] = [];
  const styleOf = new Map<string, number>();
  const cells = sheet.cells.map((cell): CellJson => {
    const out: CellJson = { r: cell.row, c: cell.col };
    if (cell.value !== null) out.v = cell.value;
    if (cell.formula !== undefined) out.f = cell.formula;
    const style = fakeStyle(cell, looks);
    if (style) {
      const key = JSON.stringify(style);
      if (!styleOf.has(key)) {
        styleOf.set(key, styles.length);
        styles.push(style);
      }
      out.s = styleOf.get(key);
    }
    return out;
  });
  return {
    name: sheet.name,
    ...(sheet.protected ? { protected: true } : {}),
    columnWidths: Array.from(sheet.columnWidths, (w) => w ?? DEFAULT_WIDTH),
    rowHeights: sheet.rowHeights,
    merges: sheet.merges.map(areaAddress),
    cells,
    styles,
  };
}

/** The file's line styles in Excel's API terms (Border.style and Border.weight). */
const LINES: Record<string, { style: string; weight: string }> = {
  thin: { style: "Continuous", weight: "Thin" },
  medium: { style: "Continuous", weight: "Medium" },
  thick: { style: "Continuous", weight: "Thick" },
  hair: { style: "Continuous", weight: "Hairline" },
  double: { style: "Double", weight: "Thick" },
  dashed: { style: "Dash", weight: "Thin" },
  dotted: { style: "Dot", weight: "Thin" },
};

/** A cell's look as the fake keeps it (what getCellProperties would report); null for the default look. */
function fakeStyle(cell: ExcelCell, looks: CellLook[]): FakeStyle | null {
  const look = cell.look === undefined ? undefined : looks[cell.look];
  const style: FakeStyle = {};
  if (cell.numberFormat !== undefined) style.numFmt = cell.numberFormat;
  if (!look) return style.numFmt ? style : null;
  if (look.fill) style.fill = { color: look.fill, pattern: "Solid" };
  const font = { bold: look.bold, italic: look.italic, size: look.size, name: look.font, color: look.color };
  if (Object.values(font).some((v) => v !== undefined)) style.font = JSON.parse(JSON.stringify(font));
  if (look.horizontal || look.vertical || look.wrap) style.align = JSON.parse(JSON.stringify({ horizontal: look.horizontal, vertical: look.vertical, wrap: look.wrap }));
  if (look.borders) {
    style.border = {};
    for (const [edge, line] of Object.entries(look.borders)) {
      style.border[edge as keyof typeof look.borders] = { ...(LINES[line.style] ?? LINES.thin), color: line.color };
    }
  }
  if (look.locked === false) style.locked = false;
  return Object.keys(style).length ? style : null;
}
