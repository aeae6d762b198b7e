/**
 * The fake workbook as JSON, the form fixtures and the preview load it in (WorkbookJson), and a
 * sheet's visible content for "exactly as before" checks (sheetSnapshot).
 */
import { areaAddress, parseArea } from "../core/address";
import type { FakeLocale } from "./locale";
import {
  clone,
  FakeSheet,
  FakeWorkbook,
  type FakeConditionalFormat,
  type FakeFill,
  type FakeName,
  type FakeXmlPart,
  type FakePageLayout,
  type FakeProtectionOptions,
  type FakeStyle,
  type FakeValidation,
  type FakeValue,
} from "./model";

/** Sparse cell: 1-based row and column; value, formula and an index into `styles`. */
export interface CellJson {
  r: number;
  c: number;
  v?: FakeValue;
  f?: string;
  s?: number;
}

export interface SheetJson {
  name: string;
  /** `Worksheet.id`; given on save, made up on load when absent. */
  id?: string;
  protected?: boolean;
  protectionOptions?: FakeProtectionOptions;
  /** Pixels; index 0 is column A. */
  columnWidths?: number[];
  /** Pixels, by 1-based row number. */
  rowHeights?: Record<string, number>;
  /** A1 ranges, "A1:H1". */
  merges?: string[];
  cells: CellJson[];
  styles?: FakeStyle[];
  /** Rows frozen at the top. */
  freezeRows?: number;
  validations?: FakeValidation[];
  conditionalFormats?: FakeConditionalFormat[];
  pageLayout?: FakePageLayout;
}

export interface WorkbookJson {
  /** Where it came from, e.g. the fixture's file name. */
  source?: string;
  activeSheet?: string;
  sheets: SheetJson[];
  settings?: Record<string, unknown>;
  names?: FakeName[];
  /** Custom XML parts (ExcelApi 1.5). */
  xmlParts?: FakeXmlPart[];
  /** The 1904 date system (cells' serials count from 1.1.1904). */
  date1904?: boolean;
  /** The user's locale for calculation (en-US unless given). */
  locale?: FakeLocale;
}

/** A workbook as the JSON describes it (fixtures, the preview, a saved state). */
export function workbookFromJson(json: WorkbookJson): FakeWorkbook {
  const book = new FakeWorkbook();
  book.source = json.source;
  book.date1904 = !!json.date1904;
  book.locale = json.locale ?? "en-US";
  for (const sheetJson of json.sheets) {
    const sheet = new FakeSheet(sheetJson.name);
    sheet.id = sheetJson.id ?? "";
    sheet.protected = !!sheetJson.protected;
    sheet.protectionOptions = clone(sheetJson.protectionOptions ?? {});
    sheet.columnWidths = [...(sheetJson.columnWidths ?? [])];
    for (const [row, height] of Object.entries(sheetJson.rowHeights ?? {})) sheet.rowHeights[Number(row)] = height;
    sheet.merges = (sheetJson.merges ?? []).map(parseArea);
    sheet.freezeRows = sheetJson.freezeRows ?? 0;
    sheet.validations = clone(sheetJson.validations ?? []);
    sheet.conditionalFormats = clone(sheetJson.conditionalFormats ?? []);
    sheet.pageLayout = clone(sheetJson.pageLayout ?? {});
    const styles = sheetJson.styles ?? [];
    for (const cell of sheetJson.cells) {
      const target = sheet.touch(cell.r, cell.c);
      target.value = cell.v ?? null;
      if (cell.f) target.formula = cell.f.startsWith("=") ? cell.f : `=${cell.f}`;
      if (cell.s !== undefined && styles[cell.s]) target.style = clone(styles[cell.s]);
    }
    book.addSheet(sheet);
  }
  book.activeSheet = json.activeSheet && book.sheet(json.activeSheet) ? json.activeSheet : (book.sheets[0]?.name ?? "");
  for (const [k, v] of Object.entries(json.settings ?? {})) book.settings.set(k, v);
  book.names = clone(json.names ?? []);
  book.xmlParts = clone(json.xmlParts ?? []);
  if (book.activeSheet) book.selection = { sheet: book.activeSheet, area: { top: 1, left: 1, bottom: 1, right: 1 } };
  return book;
}

/** The workbook as JSON, with each sheet's distinct styles listed once. */
export function workbookToJson(book: FakeWorkbook): WorkbookJson {
  return {
    source: book.source,
    activeSheet: book.activeSheet,
    settings: Object.fromEntries(book.settings),
    ...(book.names.length ? { names: clone(book.names) } : {}),
    ...(book.xmlParts.length ? { xmlParts: clone(book.xmlParts) } : {}),
    ...(book.date1904 ? { date1904: true } : {}),
    ...(book.locale !== "en-US" ? { locale: book.locale } : {}),
    sheets: book.sheets.map((sheet) => {
      const styles: FakeStyle[] = [];
      const styleIndex = new Map<string, number>();
      const cells: CellJson[] = [];
      const sorted = [...sheet.entries()]
        .map(([k, cell]) => ({ rc: k.split(",").map(Number), cell }))
        .sort((a, b) => a.rc[0] - b.rc[0] || a.rc[1] - b.rc[1]);
      for (const { rc, cell } of sorted) {
        const out: CellJson = { r: rc[0], c: rc[1] };
        if (cell.value !== null) out.v = cell.value;
        if (cell.formula) out.f = cell.formula;
        if (cell.style) {
          const text = JSON.stringify(cell.style);
          if (!styleIndex.has(text)) {
            styleIndex.set(text, styles.length);
            styles.push(cell.style);
          }
          out.s = styleIndex.get(text);
        }
        cells.push(out);
      }
      return {
        name: sheet.name,
        id: book.idOf(sheet),
        ...(sheet.protected ? { protected: true } : {}),
        ...(Object.keys(sheet.protectionOptions).length ? { protectionOptions: clone(sheet.protectionOptions) } : {}),
        columnWidths: sheet.columnWidths,
        rowHeights: Object.fromEntries(Object.entries(sheet.rowHeights)),
        merges: sheet.merges.map(areaAddress),
        cells,
        styles,
        ...(sheet.freezeRows ? { freezeRows: sheet.freezeRows } : {}),
        ...(sheet.validations.length ? { validations: clone(sheet.validations) } : {}),
        ...(sheet.conditionalFormats.length ? { conditionalFormats: clone(sheet.conditionalFormats) } : {}),
        ...(Object.keys(sheet.pageLayout).length ? { pageLayout: clone(sheet.pageLayout) } : {}),
      };
    }),
  };
}

/**
 * A cell as it looks: value, formula, fill and text colour. Default looks are left out: no fill, and
 * the automatic text colour (an explicit black is kept, as Excel keeps the two apart).
 */
export interface CellLook {
  value: FakeValue;
  formula?: string;
  fill?: FakeFill;
  fontColor?: string;
  fontTint?: number;
}

/** Everything a person could see on the sheet, keyed by A1 address; for "exactly as before" checks. */
export function sheetSnapshot(sheet: FakeSheet): Record<string, CellLook> {
  const out: Record<string, CellLook> = {};
  const keys: string[] = [];
  for (const [k, cell] of sheet.entries()) {
    const look: CellLook = { value: cell.value };
    if (cell.formula) look.formula = cell.formula;
    const fill = cell.style?.fill;
    if (fill && fill.pattern !== "None") look.fill = { ...fill };
    const font = cell.style?.font;
    if (font?.color) look.fontColor = font.color.toUpperCase();
    if (font?.tintAndShade) look.fontTint = font.tintAndShade;
    if (look.value === null && !look.formula && !look.fill && !look.fontColor && look.fontTint === undefined) continue;
    const [r, c] = k.split(",").map(Number);
    const address = areaAddress({ top: r, left: c, bottom: r, right: c });
    keys.push(address);
    out[address] = look;
  }
  return Object.fromEntries(keys.sort().map((k) => [k, out[k]]));
}
