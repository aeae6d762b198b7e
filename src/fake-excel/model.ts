/**
 * The in-memory workbook behind the fake Excel: sheets of cells with values, formulas and the
 * few formats the add-in reads or writes (a date is a serial number with a date format, as in
 * Excel), merged areas, protection, the active sheet and the
 * selection, and the workbook's settings. Loaded from and saved to JSON by ./json.
 */
import type { Area } from "../core/address";
import type { FakeLocale } from "./locale";

export type FakeValue = string | number | boolean | { error: string } | null;

export interface FakeFill {
  color: string;
  /** "None" means no fill at all (the colour is then reported as white). */
  pattern: string;
  patternColor?: string;
  /** A theme colour's "lighter 40 %" and the like: -1 (darkest) to 1 (brightest); absent is 0. */
  tintAndShade?: number;
  patternTintAndShade?: number;
}

/** One edge of a cell's border, in Excel's terms ("Continuous", "Thin"). */
export interface FakeBorderLine {
  style: string;
  weight: string;
  color: string;
}

export type FakeEdge = "top" | "bottom" | "left" | "right";

export interface FakeStyle {
  fill?: FakeFill;
  /** No `color` is Excel's "Automatic" text colour, which the API reports as black (#000000). */
  font?: { color?: string; tintAndShade?: number; bold?: boolean; italic?: boolean; size?: number; name?: string };
  align?: { horizontal?: "left" | "center" | "right" | "justify"; vertical?: "top" | "middle" | "bottom"; wrap?: boolean };
  numFmt?: string;
  border?: Partial<Record<FakeEdge, FakeBorderLine>>;
  /** Format Cells → Protection → Locked; absent is Excel's default, locked. Matters only while the sheet is protected. */
  locked?: boolean;
}

/**
 * What a protected sheet still lets users (and add-ins) do, as Excel's Protect Sheet dialog and
 * `WorksheetProtectionOptions` have it; absent is false, as `protect()` without options leaves it.
 */
export interface FakeProtectionOptions {
  allowFormatCells?: boolean;
  allowFormatColumns?: boolean;
  allowFormatRows?: boolean;
  allowInsertColumns?: boolean;
  allowInsertRows?: boolean;
  allowDeleteColumns?: boolean;
  allowDeleteRows?: boolean;
}

/** A custom-formula data validation over an area. */
export interface FakeValidation {
  area: string;
  formula?: string;
  errorAlert?: { message: string; showAlert: boolean; style: string; title: string };
  prompt?: { message: string; showPrompt: boolean; title: string };
  ignoreBlanks?: boolean;
}

/** A custom-formula conditional format over an area. */
export interface FakeConditionalFormat {
  area: string;
  formula?: string;
  fill?: string;
}

export interface FakePageLayout {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  centerHorizontally?: boolean;
  printTitleRows?: string;
  centerFooter?: string;
}

/**
 * A defined name and its reference ("='Звіт'!$A$4:$I$5"): the workbook's, or with `sheet` one
 * sheet's own (Excel gives a copied sheet such copies of the names that point into it).
 */
export interface FakeName {
  name: string;
  formula: string;
  sheet?: string;
}

export interface FakeCell {
  value: FakeValue;
  formula?: string;
  style?: FakeStyle;
}

function key(row: number, col: number): string {
  return `${row},${col}`;
}

/** Excel's worksheet ids are GUIDs that stay when the sheet is renamed; the fake numbers them. */
export function sheetId(serial: number): string {
  return `{00000000-${serial.toString(16).toUpperCase().padStart(4, "0")}-0000-0000-000000000000}`;
}

function xmlPartId(serial: number): string {
  return `{A0000000-0000-0000-0000-${serial.toString(16).toUpperCase().padStart(12, "0")}}`;
}

export class FakeSheet {
  name: string;
  /** `Worksheet.id`: set when the sheet joins a workbook (FakeWorkbook.addSheet); kept across renames. */
  id = "";
  protected = false;
  protectionOptions: FakeProtectionOptions = {};
  columnWidths: number[] = [];
  rowHeights: Record<number, number> = {};
  merges: Area[] = [];
  freezeRows = 0;
  validations: FakeValidation[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  pageLayout: FakePageLayout = {};
  private cells = new Map<string, FakeCell>();

  constructor(name: string) {
    this.name = name;
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(key(row, col));
  }

  /** Creates the cell on first touch. */
  touch(row: number, col: number): FakeCell {
    let cell = this.cells.get(key(row, col));
    if (!cell) {
      cell = { value: null };
      this.cells.set(key(row, col), cell);
    }
    return cell;
  }

  setValue(row: number, col: number, value: FakeValue, formula?: string): void {
    const cell = this.touch(row, col);
    cell.value = value;
    if (formula) cell.formula = formula;
    else delete cell.formula;
  }

  entries(): IterableIterator<[string, FakeCell]> {
    return this.cells.entries();
  }

  /**
   * Moves every cell from column `before` on `count` columns right, as inserting whole columns
   * does; the new cells take the look of the column to their left, as Excel's default insert does.
   */
  shiftColumns(before: number, count: number): void {
    const moved = new Map<string, FakeCell>();
    for (const [k, cell] of this.cells) {
      const [r, c] = k.split(",").map(Number);
      moved.set(key(r, c >= before ? c + count : c), cell);
      if (c === before - 1 && cell.style) {
        for (let k2 = 0; k2 < count; k2++) moved.set(key(r, before + k2), { value: null, style: clone(cell.style) });
      }
    }
    this.cells = moved;
  }

  /** The smallest area holding every value (and, unless valuesOnly, every formatted cell); null when blank. */
  usedArea(valuesOnly: boolean): Area | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [k, cell] of this.cells) {
      const hasValue = cell.value !== null || cell.formula !== undefined;
      if (!hasValue && (valuesOnly || !cell.style)) continue;
      const [r, c] = k.split(",").map(Number);
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
    return bottom ? { top, left, bottom, right } : null;
  }

  mergeAt(row: number, col: number): Area | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }
}

/** A custom XML part: Excel gives it an id (a GUID in braces) and keeps the XML as it was set. */
export interface FakeXmlPart {
  id: string;
  xml: string;
}

/** What worksheets.onChanged reports: which sheet, which cells, and whether this add-in wrote them. */
export interface FakeChange {
  sheet: string;
  address: string;
  /** "ThisLocalAddin" for a write through the API, "Unknown" for the user typing. */
  triggerSource: "ThisLocalAddin" | "Unknown";
}

export interface Selection {
  sheet: string;
  area: Area;
}

export type Listener = () => void;

/** The ExcelApi version the fake plays unless told otherwise. */
export const CURRENT_EXCEL_API = "1.17";

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  activeSheet = "";
  selection: Selection | null = null;
  readonly settings = new Map<string, unknown>();
  names: FakeName[] = [];
  /** While true, every sync fails the way Excel fails while the user types in a cell. */
  cellEditMode = false;
  /** The user's locale: how Excel's calculation turns numbers into text and reads text as numbers. */
  locale: FakeLocale = "en-US";
  /** True for a workbook in the 1904 date system (Excel for Mac's old default): serials count from 1.1.1904. */
  date1904 = false;
  /**
   * The highest ExcelApi version this "Excel" supports: by default that of a current Microsoft 365
   * or Excel on the web (1.17 and later); tests and the preview lower it to play an old Excel.
   */
  apiVersion = CURRENT_EXCEL_API;
  /**
   * How a request over the limit is refused: current Excel on the web answers
   * RequestPayloadSizeLimitExceeded before running anything; older builds answered GeneralException
   * ("An internal error has occurred", office-js#1314), which may come after part of the batch ran
   * (`partial`: the first half of its commands). Tests lower `bytes` to see a writer retry.
   */
  requestLimit: { bytes: number; code: string; partial: boolean } = { bytes: 5 * 1024 * 1024, code: "RequestPayloadSizeLimitExceeded", partial: false };
  source?: string;
  /** Custom XML parts (ExcelApi 1.5), in the order they were added. */
  xmlParts: FakeXmlPart[] = [];
  private xmlPartSerial = 0;
  private readonly changeListeners = new Set<(change: FakeChange) => void>();
  private readonly listeners = new Set<Listener>();
  private readonly activationListeners = new Set<(sheet: string) => void>();

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** A sheet by name or by `Worksheet.id`, as `worksheets.getItem(key)` finds it. */
  sheetByKey(key: string): FakeSheet | undefined {
    return this.sheet(key) ?? this.sheets.find((s) => this.idOf(s) === key);
  }

  /** Adds a sheet, giving it the next free id unless it already has one (from JSON). */
  addSheet(sheet: FakeSheet): FakeSheet {
    if (this.sheets.some((s) => s !== sheet && s.id === sheet.id)) sheet.id = "";
    this.sheets.push(sheet);
    this.idOf(sheet);
    return sheet;
  }

  /** The sheet's `Worksheet.id`; a sheet pushed in by hand gets the next free one on first use. */
  idOf(sheet: FakeSheet): string {
    if (!sheet.id) {
      let serial = this.sheets.indexOf(sheet) + 1 || this.sheets.length + 1;
      while (this.sheets.some((s) => s.id === sheetId(serial))) serial++;
      sheet.id = sheetId(serial);
    }
    return sheet.id;
  }

  /** A fresh part id in Excel's shape ("{…-…}"). */
  nextXmlPartId(): string {
    let serial = ++this.xmlPartSerial;
    while (this.xmlParts.some((p) => p.id === xmlPartId(serial))) serial = ++this.xmlPartSerial;
    return xmlPartId(serial);
  }

  /** Called whenever data in cells changes (worksheets.onChanged). */
  onChanged(listener: (change: FakeChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Tells the onChanged listeners about a change (./range writes, FakeExcel.type for the user). */
  changed(change: FakeChange): void {
    for (const listener of [...this.changeListeners]) listener(change);
  }

  active(): FakeSheet {
    return this.sheet(this.activeSheet) ?? this.sheets[0];
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** Called with the sheet's name whenever another sheet becomes the active one (tabs or the API). */
  onActivated(listener: (sheet: string) => void): () => void {
    this.activationListeners.add(listener);
    return () => this.activationListeners.delete(listener);
  }

  activate(name: string): void {
    if (!this.sheet(name)) throw new Error(`No sheet ${name}`);
    const changed = this.active()?.name !== name;
    this.activeSheet = name;
    if (this.selection?.sheet !== name) this.selection = { sheet: name, area: { top: 1, left: 1, bottom: 1, right: 1 } };
    this.notify();
    if (changed) for (const listener of [...this.activationListeners]) listener(name);
  }
}

/** Deep copy of JSON-safe data (workbook content, settings); structuredClone is missing in jsdom. */
export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
