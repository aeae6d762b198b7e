/**
 * The part of the Excel JavaScript API the adapter uses, and nothing more.
 * Real Excel (Excel.RequestContext) and the in-memory fake (./fake) both satisfy it;
 * the assertion at the end of this file keeps the list honest against @types/office-js.
 */

/** Excel's own cell value as `range.values` reports it (errors arrive as "#REF!"). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type XlValue = any;

export interface XlLoadable {
  load(propertyNames?: string | string[]): unknown;
}

export interface XlFillProperties {
  color?: string;
  pattern?: string;
  patternColor?: string;
}

export interface XlFontProperties {
  color?: string;
}

export interface XlCellProperties {
  format?: { fill?: XlFillProperties; font?: XlFontProperties };
}

export interface XlClientResult<T> {
  readonly value: T;
}

export interface XlRangeFormat {
  readonly fill: { color: string; clear(): void };
  readonly font: { color: string };
}

export interface XlRangeAreas extends XlLoadable {
  readonly isNullObject: boolean;
  readonly address: string;
}

export interface XlRange extends XlLoadable {
  readonly isNullObject: boolean;
  readonly address: string;
  /** 0-based. */
  readonly rowIndex: number;
  /** 0-based. */
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: XlValue[][];
  readonly valueTypes: string[][];
  formulas: XlValue[][];
  readonly format: XlRangeFormat;
  select(): void;
  getRow(row: number): XlRange;
  getResizedRange(deltaRows: number, deltaColumns: number): XlRange;
  getOffsetRange(rowOffset: number, columnOffset: number): XlRange;
  getMergedAreasOrNullObject(): XlRangeAreas;
  getSpecialCellsOrNullObject(cellType: "Formulas" | "Constants", cellValueType?: "Errors"): XlRangeAreas;
  getCellProperties(options: {
    format: { fill: { color: true; pattern: true; patternColor: true }; font: { color: true } };
  }): XlClientResult<XlCellProperties[][]>;
  setCellProperties(properties: XlCellProperties[][]): void;
}

export interface XlWorksheet extends XlLoadable {
  readonly isNullObject: boolean;
  readonly name: string;
  readonly protection: XlLoadable & { readonly protected: boolean };
  activate(): void;
  getRange(address?: string): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  getUsedRange(valuesOnly?: boolean): XlRange;
}

export interface XlWorksheetCollection extends XlLoadable {
  readonly items: XlWorksheet[];
  getActiveWorksheet(): XlWorksheet;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
}

export interface XlSetting extends XlLoadable {
  readonly isNullObject: boolean;
  readonly key: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  value: any;
  delete(): void;
}

export interface XlSettingCollection {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  add(key: string, value: any): XlSetting;
  getItemOrNullObject(key: string): XlSetting;
}

export interface XlContext {
  readonly workbook: {
    readonly worksheets: XlWorksheetCollection;
    readonly settings: XlSettingCollection;
  };
  sync(): Promise<void>;
}

/** Where batches run: real Excel (./host) or the fake (./fake). */
export interface ExcelHost {
  run<T>(batch: (context: XlContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, minVersion: string): boolean;
}

// The real API must satisfy the subset: a compile-time check, no runtime cost.
type AssertAssignable<T extends U, U> = T;
export type RealContextFitsSubset = AssertAssignable<Excel.RequestContext, XlContext>;
