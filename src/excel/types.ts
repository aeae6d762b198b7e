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

/** CellPropertiesFill (ExcelApi 1.9), the part used: a theme colour's tint comes apart from its colour. */
export interface XlFillProperties {
  color?: string;
  pattern?: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

/** CellPropertiesFont (ExcelApi 1.9), the part used. An automatic text colour reads as "#000000". */
export interface XlFontProperties {
  color?: string;
  tintAndShade?: number;
}

export interface XlCellProperties {
  format?: { fill?: XlFillProperties; font?: XlFontProperties; protection?: { locked?: boolean; formulaHidden?: boolean } };
}

/** What getCellProperties is asked to load (CellPropertiesLoadOptions, the part used). */
export interface XlCellPropertiesLoad {
  format: {
    fill?: { color?: boolean; pattern?: boolean; patternColor?: boolean; tintAndShade?: boolean; patternTintAndShade?: boolean };
    font?: { color?: boolean; tintAndShade?: boolean };
    /** Loads `format.protection` whole: `locked` and `formulaHidden`. */
    protection?: boolean;
  };
}

export interface XlClientResult<T> {
  readonly value: T;
}

/** One edge of a range's borders. Enum-typed properties are `string` here: Excel's enums are not literal types. */
export interface XlRangeBorder {
  style: string;
  weight: string;
  color: string;
}

export interface XlRangeFormat {
  readonly fill: { color: string; clear(): void };
  readonly font: { color: string; bold: boolean; italic: boolean; name: string; size: number };
  readonly borders: { getItem(index: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal"): XlRangeBorder };
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  /** Points. */
  columnWidth: number;
  /** Points. */
  rowHeight: number;
  /** ExcelApi 1.2; load "format/protection/locked" on the range. `null` when the range is partly locked. */
  readonly protection: { readonly locked: boolean | null };
}

/** Data validation (ExcelApi 1.8): the custom-formula kind only. */
export interface XlDataValidation {
  rule: { custom?: { formula: string } };
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  prompt: { message: string; showPrompt: boolean; title: string };
  ignoreBlanks: boolean;
}

/** Conditional formats (ExcelApi 1.6): the custom-formula kind only. */
export interface XlConditionalFormatCollection {
  add(type: "Custom"): { readonly custom: { readonly rule: { formula: string }; readonly format: { readonly fill: { color: string } } } };
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
  numberFormat: XlValue[][];
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormatCollection;
  select(): void;
  /** Only for whole columns here ("H:H"), which inserts columns before them. */
  insert(shift: "Right"): XlRange;
  merge(across?: boolean): void;
  getRow(row: number): XlRange;
  /** The cells this range and `other` share (ExcelApi 1.1); fails when they share none. */
  getIntersection(other: XlRange | string): XlRange;
  /** The cell at 0-based offsets from the range's top-left; it may lie outside the range. */
  getCell(row: number, column: number): XlRange;
  getResizedRange(deltaRows: number, deltaColumns: number): XlRange;
  getOffsetRange(rowOffset: number, columnOffset: number): XlRange;
  getMergedAreasOrNullObject(): XlRangeAreas;
  getSpecialCellsOrNullObject(cellType: "Formulas" | "Constants", cellValueType?: "Errors" | "Numbers"): XlRangeAreas;
  getCellProperties(options: XlCellPropertiesLoad): XlClientResult<XlCellProperties[][]>;
  setCellProperties(properties: XlCellProperties[][]): void;
}

/** WorksheetProtectionOptions (ExcelApi 1.2), the part used: what a protected sheet still allows. */
export interface XlProtectionOptions {
  readonly allowFormatCells?: boolean;
  readonly allowInsertColumns?: boolean;
}

export interface XlWorksheet extends XlLoadable {
  readonly isNullObject: boolean;
  /** A GUID that stays when the sheet is renamed; `getItem` takes it as well as the name. */
  readonly id: string;
  /** Settable: a rename (ExcelApi 1.1); a sheet the add-in imported is named after its centre. */
  name: string;
  readonly protection: XlLoadable & { readonly protected: boolean; readonly options: XlProtectionOptions };
  activate(): void;
  /** ExcelApi 1.1: only for sheets the add-in itself inserted (undoing an import). */
  delete(): void;
  getRange(address?: string): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  getUsedRange(valuesOnly?: boolean): XlRange;
  /** ExcelApi 1.7. */
  readonly freezePanes: { freezeRows(count?: number): void };
  /** ExcelApi 1.9. */
  readonly pageLayout: XlPageLayout;
  /** The sheet's own defined names (ExcelApi 1.4); a copied sheet's form stamp is one. */
  readonly names: XlNamedItemCollection;
}

export interface XlPageLayout {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  centerHorizontally: boolean;
  setPrintTitleRows(printTitleRows: string): void;
  readonly headersFooters: { readonly defaultForAllPages: { centerFooter: string } };
}

/** A defined name; `formula` is its reference, "='Звіт'!$A$4:$I$5". */
export interface XlNamedItem {
  readonly name: string;
  readonly formula: XlValue;
}

export interface XlNamedItemCollection extends XlLoadable {
  readonly items: XlNamedItem[];
  add(name: string, reference: string, comment?: string): XlNamedItem;
}

/** WorksheetActivatedEventArgs (ExcelApi 1.7): only the id; the sheet's name takes a read. */
export interface XlWorksheetActivatedEventArgs {
  readonly type: "WorksheetActivated";
  readonly worksheetId: string;
}

/** OfficeExtension.EventHandlerResult: remove() queues the removal on the context the handler was added in. */
export interface XlEventHandlerResult {
  readonly context: { sync(): Promise<void> };
  remove(): void;
}

export interface XlEventHandlers<A> {
  add(handler: (args: A) => Promise<unknown>): XlEventHandlerResult;
}

/** WorksheetChangedEventArgs (ExcelApi 1.7; `triggerSource` 1.14, absent before): the part used. */
export interface XlWorksheetChangedEventArgs {
  readonly type: "WorksheetChanged";
  readonly worksheetId: string;
  readonly address: string;
  /** "ThisLocalAddin" when this add-in's own write caused the change. */
  readonly triggerSource?: string;
}

export interface XlWorksheetCollection extends XlLoadable {
  readonly items: XlWorksheet[];
  /** ExcelApi 1.7. Fires when any sheet becomes the active one (by the user or by activate()). */
  readonly onActivated: XlEventHandlers<XlWorksheetActivatedEventArgs>;
  /** ExcelApi 1.9. Fires when data in any sheet's cells changes (typed, pasted, written by an add-in). */
  readonly onChanged: XlEventHandlers<XlWorksheetChangedEventArgs>;
  getActiveWorksheet(): XlWorksheet;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  add(name: string): XlWorksheet;
}

export interface XlSetting extends XlLoadable {
  readonly isNullObject: boolean;
  readonly key: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  value: any;
  delete(): void;
}

/** The add-in's own settings in the workbook (ExcelApi 1.4); other add-ins' settings are not among them. */
export interface XlSettingCollection extends XlLoadable {
  readonly items: XlSetting[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  add(key: string, value: any): XlSetting;
  getItemOrNullObject(key: string): XlSetting;
}

/** FunctionResult (ExcelApi 1.2): a worksheet function's answer, readable after load and sync. */
export interface XlFunctionResult<T> extends XlLoadable {
  readonly value: T;
}

/** Worksheet functions evaluated by Excel (ExcelApi 1.2); only what the adapter asks. */
export interface XlFunctions {
  /** DATE(year, month, day) as a serial number in the workbook's date system. */
  date(year: number, month: number, day: number): XlFunctionResult<number>;
}

/** CustomXmlPart (ExcelApi 1.5): a small XML document stored in the workbook file. */
export interface XlCustomXmlPart extends XlLoadable {
  readonly isNullObject: boolean;
  readonly id: string;
  readonly namespaceUri: string;
  getXml(): XlClientResult<string>;
  setXml(xml: string): void;
  delete(): void;
}

/** The parts whose root element is in one namespace (CustomXmlPartScopedCollection, ExcelApi 1.5). */
export interface XlCustomXmlPartScopedCollection extends XlLoadable {
  readonly items: XlCustomXmlPart[];
  getCount(): XlClientResult<number>;
  getItem(id: string): XlCustomXmlPart;
  getOnlyItemOrNullObject(): XlCustomXmlPart;
}

/** CustomXmlPartCollection (ExcelApi 1.5), the part used. */
export interface XlCustomXmlPartCollection extends XlLoadable {
  readonly items: XlCustomXmlPart[];
  add(xml: string): XlCustomXmlPart;
  getByNamespace(namespaceUri: string): XlCustomXmlPartScopedCollection;
  getItemOrNullObject(id: string): XlCustomXmlPart;
}

/** InsertWorksheetOptions (ExcelApi 1.13): which sheets of the file, and where they go. */
export interface XlInsertWorksheetOptions {
  sheetNamesToInsert?: string[];
  positionType?: "None" | "Before" | "After" | "Beginning" | "End";
  relativeTo?: string;
}

export interface XlContext {
  readonly workbook: {
    /** ExcelApi 1.5. */
    readonly customXmlParts: XlCustomXmlPartCollection;
    readonly worksheets: XlWorksheetCollection;
    readonly settings: XlSettingCollection;
    readonly names: XlNamedItemCollection;
    readonly functions: XlFunctions;
    /** ExcelApi 1.9. */
    readonly application: { suspendScreenUpdatingUntilNextSync(): void };
    /**
     * ExcelApi 1.13: copies of another workbook's sheets (the .xlsx file as base64), placed by
     * `options`; answers the new sheets' ids. The file travels in the request (5 MB on the web).
     */
    insertWorksheetsFromBase64(base64File: string, options?: XlInsertWorksheetOptions): XlClientResult<string[]>;
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
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the check is the type itself
type RealContextFitsSubset = AssertAssignable<Excel.RequestContext, XlContext>;
