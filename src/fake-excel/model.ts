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
  font?: { color?: string; bold?: boolean; italic?: boolean; size?: number; name?: string };
  align?: { horizontal?: "left" | "center" | "right" | "justify"; vertical?: "top" | "middle" | "bottom"; wrap?: boolean };
  numFmt?: string;
  border?: Partial<Record<FakeEdge, FakeBorderLine>>;
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

export const DEFAULT_FILL: FakeFill = { color: "#FFFFFF", pattern: "None" };
export const DEFAULT_FONT_COLOR = "#000000";

function key(row: number, col: number): string {
  return `${row},${col}`;
}

export class FakeSheet {
  name: string;
  protected = false;
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

export interface Selection {
  sheet: string;
  area: Area;
}

export type Listener = () => void;

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
  /** The highest ExcelApi version this "Excel" supports. */
  apiVersion = "1.13";
  source?: string;
  private readonly listeners = new Set<Listener>();
  private readonly activationListeners = new Set<(sheet: string) => void>();

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
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
