/**
 * A fake of the Excel JavaScript API, limited to what src/excel uses (see ../types.ts), with the
 * real API's batch semantics:
 *  - calls only queue commands; nothing happens until `context.sync()`;
 *  - a property is readable only after `load()` and `sync()`, and then holds what was read at
 *    that sync (a snapshot, not live);
 *  - commands run in the order they were queued; a failing command rejects the sync and the
 *    commands before it stay done (Excel batches are not transactions);
 *  - every sync is counted with the JSON size of its request and response, and a request or
 *    response over 5 MB is refused as Excel on the web refuses it.
 */
import { areaAddress, MAX_COLUMNS, MAX_ROWS, parseArea, quoteSheet, type Area } from "../core/address";
import { jsonBytes, PAYLOAD_LIMIT_BYTES } from "../excel/payload";
import type {
  XlCellProperties,
  XlConditionalFormatCollection,
  XlDataValidation,
  XlEventHandlerResult,
  XlEventHandlers,
  XlWorksheetActivatedEventArgs,
  XlPageLayout,
  XlRangeFormat,
  XlClientResult,
  XlContext,
  XlRange,
  XlRangeAreas,
  XlSetting,
  XlSettingCollection,
  XlValue,
  XlWorksheet,
  XlWorksheetCollection,
} from "../excel/types";
import {
  DEFAULT_FILL,
  DEFAULT_FONT_COLOR,
  type FakeCell,
  FakeSheet,
  type FakeValue,
  type FakeWorkbook,
  clone,
} from "./model";
import { recalculate } from "./calc";
import { FakeExcelError } from "./error";
import { conditionalFormats, dataValidation, FakeNamedItemCollection, pageLayout, refuse } from "./features";
import { rangeFormat } from "./format";
import { insertColumns } from "./shift";

export { FakeExcelError };

/** What one sync cost. */
export interface SyncRecord {
  commands: number;
  requestBytes: number;
  responseBytes: number;
}

interface Command {
  request: unknown;
  /** Runs at sync time; returns what goes back in the response (or undefined). */
  run(): unknown;
  writes?: boolean;
}

export class FakeRequestContext implements XlContext {
  readonly workbook: FakeWorkbookApi;
  private queue: Command[] = [];
  private nextId = 1;

  constructor(
    readonly book: FakeWorkbook,
    private readonly onSync: (record: SyncRecord) => void,
  ) {
    this.workbook = new FakeWorkbookApi(this);
  }

  /** @internal */
  id(): number {
    return this.nextId++;
  }

  /** Commands queued since the last sync. */
  get pending(): number {
    return this.queue.length;
  }

  /** @internal */
  enqueue(command: Command): void {
    this.queue.push(command);
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    await Promise.resolve();
    const requestBytes = jsonBytes(commands.map((c) => c.request));
    const record: SyncRecord = { commands: commands.length, requestBytes, responseBytes: 0 };
    this.onSync(record);
    if (this.book.cellEditMode && commands.length) {
      throw new FakeExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    const responses: unknown[] = [];
    let wrote = false;
    try {
      for (const command of commands) {
        const result = command.run();
        if (result !== undefined) responses.push(result);
        wrote ||= !!command.writes;
      }
    } finally {
      // Excel recalculates after every change; what was done before a failure counts too.
      if (wrote) {
        recalculate(this.book);
        this.book.notify();
      }
    }
    record.responseBytes = jsonBytes(responses);
    if (record.responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
  }
}

/** Base for proxies: a target resolved at sync time, and properties readable after load + sync. */
abstract class ClientObject<T> {
  protected readonly id: number;
  protected target: T | null | undefined = undefined;
  private loaded: Record<string, unknown> | null = null;

  constructor(
    protected readonly ctx: FakeRequestContext,
    kind: string,
    resolve: () => T | null,
    private readonly orNull = false,
    /** false for objects made while a sync runs (collection items): nothing to queue. */
    queued = true,
  ) {
    this.id = ctx.id();
    if (!queued) return;
    ctx.enqueue({
      request: { id: this.id, new: kind },
      run: () => {
        try {
          this.target = resolve();
        } catch (error) {
          if (!this.orNull) throw error;
          this.target = null;
        }
        if (this.target === null && !this.orNull) throw new FakeExcelError("ItemNotFound", `The requested ${kind} doesn't exist.`);
      },
    });
  }

  /** The resolved target; fails the sync on a null object. */
  protected live(): T {
    if (this.target === null || this.target === undefined) {
      throw new FakeExcelError("InvalidOperation", "The operation is not valid for a null object.");
    }
    return this.target;
  }

  load(propertyNames?: string | string[]): this {
    const names = (Array.isArray(propertyNames) ? propertyNames : (propertyNames ?? "").split(","))
      .map((n) => n.trim())
      .filter(Boolean);
    this.ctx.enqueue({
      request: { id: this.id, load: names },
      run: () => {
        const data: Record<string, unknown> = { isNullObject: this.target === null };
        if (this.target !== null) for (const name of names) data[name] = this.read(name);
        this.loaded = { ...(this.loaded ?? {}), ...data };
        return data;
      },
    });
    return this;
  }

  protected abstract read(property: string): unknown;

  protected get<V>(property: string): V {
    if (this.loaded && this.target === null) return null as V;
    if (!this.loaded || !(property in this.loaded)) {
      throw new FakeExcelError(
        "PropertyNotLoaded",
        `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded[property] as V;
  }

  /** @internal used by collections that load their items */
  markLoaded(data: Record<string, unknown>): void {
    this.loaded = { ...(this.loaded ?? {}), ...data };
  }

  get isNullObject(): boolean {
    if (!this.loaded) {
      throw new FakeExcelError("PropertyNotLoaded", "The property 'isNullObject' is not available before load and sync.");
    }
    return this.target === null;
  }

  protected command(request: Record<string, unknown>, run: () => unknown, writes = false): void {
    this.ctx.enqueue({ request: { id: this.id, ...request }, run, writes });
  }
}

// ---- values ------------------------------------------------------------------------------------

function excelValue(cell: FakeCell | undefined): XlValue {
  const value = cell?.value ?? null;
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return value;
}

function valueType(cell: FakeCell | undefined): string {
  const value = cell?.value ?? null;
  if (value === null) return cell?.formula ? "String" : "Empty";
  if (typeof value === "object") return "Error";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

/** What Excel does with a value an add-in writes: it reads it like typing. */
function typed(input: XlValue): { value: FakeValue; formula?: string } {
  if (input === null || input === undefined || input === "") return { value: null };
  if (typeof input !== "string") return { value: input as FakeValue };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.startsWith("=")) return { value: null, formula: input };
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(input)) return { value: Number(input) };
  if (/^#(REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!)$/.test(input)) return { value: { error: input } };
  return { value: input };
}

function fillOf(cell: FakeCell | undefined) {
  return cell?.style?.fill ?? DEFAULT_FILL;
}

function fontColorOf(cell: FakeCell | undefined): string {
  return cell?.style?.font?.color ?? DEFAULT_FONT_COLOR;
}

// ---- ranges ------------------------------------------------------------------------------------

interface RangeTarget {
  sheet: FakeSheet;
  area: Area;
}

function rows(area: Area): number {
  return area.bottom - area.top + 1;
}

function columns(area: Area): number {
  return area.right - area.left + 1;
}

function checkBounds(area: Area): Area {
  if (area.top < 1 || area.left < 1 || area.bottom > MAX_ROWS || area.right > MAX_COLUMNS || area.bottom < area.top || area.right < area.left) {
    throw new FakeExcelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  }
  return area;
}

function parseRangeAddress(address: string): Area {
  try {
    return parseArea(address);
  } catch {
    throw new FakeExcelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${address}`);
  }
}

function fullAddress(sheet: FakeSheet, area: Area): string {
  return `${quoteSheet(sheet.name)}!${areaAddress(area)}`;
}

function assertWritable(sheet: FakeSheet): void {
  if (sheet.protected) {
    throw new FakeExcelError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
  }
}

export class FakeRange extends ClientObject<RangeTarget> implements XlRange {
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormatCollection;

  constructor(ctx: FakeRequestContext, resolve: () => RangeTarget | null, orNull = false) {
    super(ctx, "Range", resolve, orNull);
    this.format = rangeFormat(this, refuse);
    this.dataValidation = dataValidation(this);
    this.conditionalFormats = conditionalFormats(this);
  }

  protected read(property: string): unknown {
    const { sheet, area } = this.live();
    switch (property) {
      case "address":
        return fullAddress(sheet, area);
      case "rowIndex":
        return area.top - 1;
      case "columnIndex":
        return area.left - 1;
      case "rowCount":
        return rows(area);
      case "columnCount":
        return columns(area);
      case "values":
        return this.grid((cell) => excelValue(cell));
      case "valueTypes":
        return this.grid((cell) => valueType(cell));
      case "formulas":
        return this.grid((cell) => cell?.formula ?? excelValue(cell));
      case "numberFormat":
        return this.grid((cell) => cell?.style?.numFmt ?? "General");
      default:
        throw new FakeExcelError("NotImplemented", `The fake Range cannot load '${property}'.`);
    }
  }

  private grid<V>(pick: (cell: FakeCell | undefined) => V): V[][] {
    const { sheet, area } = this.live();
    const out: V[][] = new Array(rows(area));
    for (let r = area.top; r <= area.bottom; r++) {
      const row: V[] = new Array(columns(area));
      for (let c = area.left; c <= area.right; c++) row[c - area.left] = pick(sheet.cell(r, c));
      out[r - area.top] = row;
    }
    return out;
  }

  /** @internal a write command applied to every cell of the range */
  eachCellCommand(request: Record<string, unknown>, apply: (cell: FakeCell, row: number, col: number, area: Area) => void): void {
    this.command(
      request,
      () => {
        const { sheet, area } = this.live();
        assertWritable(sheet);
        for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) apply(sheet.touch(r, c), r, c, area);
      },
      true,
    );
  }

  /** @internal a write command on the range as a whole (widths, merges, inserts) */
  areaCommand(request: Record<string, unknown>, apply: (sheet: FakeSheet, area: Area) => void): void {
    this.command(
      request,
      () => {
        const { sheet, area } = this.live();
        assertWritable(sheet);
        apply(sheet, area);
      },
      true,
    );
  }

  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get values(): XlValue[][] {
    return this.get("values");
  }
  set values(values: XlValue[][]) {
    this.writeCells("values", values);
  }
  get formulas(): XlValue[][] {
    return this.get("formulas");
  }
  set formulas(formulas: XlValue[][]) {
    this.writeCells("formulas", formulas);
  }
  get numberFormat(): XlValue[][] {
    return this.get("numberFormat");
  }
  set numberFormat(formats: XlValue[][]) {
    this.command(
      { set: "numberFormat", value: formats },
      () => {
        const { sheet, area } = this.live();
        assertWritable(sheet);
        const scalar = !Array.isArray(formats);
        if (!scalar && (formats.length !== rows(area) || formats.some((row) => row.length !== columns(area)))) {
          throw new FakeExcelError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
        }
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) {
            const format = String(scalar ? formats : formats[r - area.top][c - area.left]);
            const cell = sheet.touch(r, c);
            cell.style = { ...cell.style, numFmt: format };
            if (format === "General") delete cell.style.numFmt;
          }
        }
      },
      true,
    );
  }

  insert(shift: "Right"): FakeRange {
    this.areaCommand({ call: "insert", shift }, (sheet, area) => {
      if (shift !== "Right" || area.top !== 1 || area.bottom !== MAX_ROWS) {
        throw new FakeExcelError("NotImplemented", "The fake inserts whole columns only.");
      }
      insertColumns(this.ctx.book, sheet, area.left, columns(area));
    });
    return this.derived(({ area }) => area);
  }

  merge(across = false): void {
    this.areaCommand({ call: "merge", across }, (sheet, area) => {
      const parts = across ? Array.from({ length: rows(area) }, (_, k) => ({ ...area, top: area.top + k, bottom: area.top + k })) : [area];
      for (const part of parts) {
        const overlaps = (m: Area) => m.left <= part.right && m.right >= part.left && m.top <= part.bottom && m.bottom >= part.top;
        const inside = (m: Area) => m.left >= part.left && m.right <= part.right && m.top >= part.top && m.bottom <= part.bottom;
        if (sheet.merges.some((m) => overlaps(m) && !inside(m))) throw new FakeExcelError("InvalidOperation", "Cannot merge cells that overlap another merged area.");
        sheet.merges = sheet.merges.filter((m) => !inside(m));
        if (rows(part) * columns(part) === 1) continue;
        // As in Excel: only the top-left cell keeps its value.
        for (let r = part.top; r <= part.bottom; r++) {
          for (let c = part.left; c <= part.right; c++) if ((r !== part.top || c !== part.left) && sheet.cell(r, c)) sheet.setValue(r, c, null);
        }
        sheet.merges.push(part);
      }
    });
  }

  private writeCells(property: string, input: XlValue[][]): void {
    this.command(
      { set: property, value: input },
      () => {
        const { sheet, area } = this.live();
        assertWritable(sheet);
        const scalar = !Array.isArray(input);
        if (!scalar && (input.length !== rows(area) || input.some((row) => row.length !== columns(area)))) {
          throw new FakeExcelError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
        }
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) {
            const raw = scalar ? input : input[r - area.top][c - area.left];
            const { value, formula } = typed(raw);
            sheet.setValue(r, c, value, formula);
          }
        }
      },
      true,
    );
  }

  select(): void {
    this.command(
      { call: "select" },
      () => {
        const { sheet, area } = this.live();
        this.ctx.book.activeSheet = sheet.name;
        this.ctx.book.selection = { sheet: sheet.name, area: { ...area } };
      },
      true,
    );
  }

  private derived(make: (target: RangeTarget) => Area): FakeRange {
    return new FakeRange(this.ctx, () => {
      const target = this.live();
      return { sheet: target.sheet, area: checkBounds(make(target)) };
    });
  }

  getRow(row: number): FakeRange {
    return this.derived(({ area }) => {
      if (row < 0 || row >= rows(area)) throw new FakeExcelError("InvalidArgument", "Row index out of range.");
      return { ...area, top: area.top + row, bottom: area.top + row };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(({ area }) => ({ ...area, bottom: area.bottom + deltaRows, right: area.right + deltaColumns }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(({ area }) => ({
      top: area.top + rowOffset,
      bottom: area.bottom + rowOffset,
      left: area.left + columnOffset,
      right: area.right + columnOffset,
    }));
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const { sheet, area } = this.live();
      // As in Excel (office-js#3611): only merges whose top-left cell lies in the range.
      const found = sheet.merges.filter((m) => m.top >= area.top && m.top <= area.bottom && m.left >= area.left && m.left <= area.right);
      if (found.length > 512) throw new FakeExcelError("GeneralException", "More than 512 merged areas in the range.");
      return found.length ? { sheet, areas: found } : null;
    });
  }

  getSpecialCellsOrNullObject(cellType: "Formulas" | "Constants", cellValueType?: "Errors"): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const { sheet, area } = this.live();
      const areas = specialAreas(sheet, area, (cell) => {
        if (!cell) return false;
        const isFormula = !!cell.formula;
        if (cellType === "Formulas" ? !isFormula : isFormula || cell.value === null) return false;
        return cellValueType !== "Errors" || (typeof cell.value === "object" && cell.value !== null);
      });
      return areas.length ? { sheet, areas } : null;
    });
  }

  getCellProperties(options: {
    format: { fill: { color: true; pattern: true; patternColor: true }; font: { color: true } };
  }): XlClientResult<XlCellProperties[][]> {
    const result = new FakeClientResult<XlCellProperties[][]>();
    this.command({ call: "getCellProperties", options }, () => {
      const value = this.grid((cell) => {
        const fill = fillOf(cell);
        const props: XlCellProperties = { format: {} };
        if (options.format.fill) {
          props.format!.fill = { color: fill.color, pattern: fill.pattern, patternColor: fill.patternColor ?? "#000000" };
        }
        if (options.format.font) props.format!.font = { color: fontColorOf(cell) };
        return props;
      });
      result.resolve(value);
      return value;
    });
    return result;
  }

  setCellProperties(properties: XlCellProperties[][]): void {
    this.command(
      { call: "setCellProperties", properties },
      () => {
        const { sheet, area } = this.live();
        assertWritable(sheet);
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) {
            const props = properties[r - area.top]?.[c - area.left];
            if (!props?.format) continue;
            const cell = sheet.touch(r, c);
            const { fill, font } = props.format;
            if (fill) {
              const current = fillOf(cell);
              const pattern = fill.pattern ?? (fill.color ? "Solid" : current.pattern);
              const next = { ...current, ...fill, pattern };
              if (next.color) next.color = next.color.toUpperCase();
              cell.style = { ...cell.style, fill: next };
              if (pattern === "None") delete cell.style.fill;
            }
            if (font?.color) cell.style = { ...cell.style, font: { ...cell.style?.font, color: font.color.toUpperCase() } };
          }
        }
      },
      true,
    );
  }
}

/** Matching cells of an area as rectangles: runs in a row, stacked when rows repeat the same run. */
function specialAreas(sheet: FakeSheet, area: Area, matches: (cell: FakeCell | undefined) => boolean): Area[] {
  const runs: Area[] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    let start = 0;
    for (let c = area.left; c <= area.right + 1; c++) {
      const hit = c <= area.right && matches(sheet.cell(r, c));
      if (hit && !start) start = c;
      if (!hit && start) {
        const previous = runs.find((run) => run.bottom === r - 1 && run.left === start && run.right === c - 1);
        if (previous) previous.bottom = r;
        else runs.push({ top: r, bottom: r, left: start, right: c - 1 });
        start = 0;
      }
    }
  }
  return runs;
}

class FakeClientResult<T> implements XlClientResult<T> {
  private ready = false;
  private stored: T | undefined;

  /** @internal */
  resolve(value: T): void {
    this.stored = value;
    this.ready = true;
  }

  get value(): T {
    if (!this.ready) throw new FakeExcelError("PropertyNotLoaded", "The value of the result object has not been loaded yet. Call context.sync() first.");
    return this.stored as T;
  }
}

export class FakeRangeAreas extends ClientObject<{ sheet: FakeSheet; areas: Area[] }> implements XlRangeAreas {
  constructor(ctx: FakeRequestContext, resolve: () => { sheet: FakeSheet; areas: Area[] } | null) {
    super(ctx, "RangeAreas", resolve, true);
  }

  protected read(property: string): unknown {
    const { sheet, areas } = this.live();
    if (property === "address") return areas.map((area) => fullAddress(sheet, area)).join(",");
    if (property === "cellCount") return areas.reduce((n, a) => n + rows(a) * columns(a), 0);
    throw new FakeExcelError("NotImplemented", `The fake RangeAreas cannot load '${property}'.`);
  }

  get address(): string {
    return this.get("address");
  }
}

// ---- worksheets --------------------------------------------------------------------------------

class FakeProtection {
  private value: boolean | undefined;
  constructor(private readonly sheet: FakeWorksheet) {}

  load(): this {
    this.sheet.loadProtection(this);
    return this;
  }

  /** @internal */
  set(value: boolean): void {
    this.value = value;
  }

  get protected(): boolean {
    if (this.value === undefined) throw new FakeExcelError("PropertyNotLoaded", "The property 'protected' is not available.");
    return this.value;
  }
}

export class FakeWorksheet extends ClientObject<FakeSheet> implements XlWorksheet {
  readonly protection: FakeProtection;
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly pageLayout: XlPageLayout;

  constructor(ctx: FakeRequestContext, resolve: () => FakeSheet | null, orNull = false, queued = true) {
    super(ctx, "Worksheet", resolve, orNull, queued);
    this.protection = new FakeProtection(this);
    this.freezePanes = {
      freezeRows: (count = 1) => this.sheetCommand({ call: "freezePanes/freezeRows", count }, (sheet) => void (sheet.freezeRows = count)),
    };
    this.pageLayout = pageLayout(this);
  }

  /** @internal a write command on the sheet itself */
  sheetCommand(request: Record<string, unknown>, apply: (sheet: FakeSheet) => void): void {
    this.command(request, () => apply(this.live()), true);
  }

  protected read(property: string): unknown {
    const sheet = this.live();
    if (property === "name") return sheet.name;
    if (property === "protection/protected") return sheet.protected;
    throw new FakeExcelError("NotImplemented", `The fake Worksheet cannot load '${property}'.`);
  }

  /** @internal */
  loadProtection(protection: FakeProtection): void {
    this.command({ load: ["protection/protected"] }, () => {
      const value = this.live().protected;
      protection.set(value);
      return { protected: value };
    });
  }

  /** @internal */
  setTarget(sheet: FakeSheet): void {
    this.target = sheet;
    this.markLoaded({ name: sheet.name });
    this.protection.set(sheet.protected);
  }

  get name(): string {
    return this.get("name");
  }

  activate(): void {
    this.command({ call: "activate" }, () => this.ctx.book.activate(this.live().name), true);
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.live();
      return { sheet, area: checkBounds(address ? parseRangeAddress(address) : { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS }) };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, () => ({
      sheet: this.live(),
      area: checkBounds({ top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount }),
    }));
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.live();
      return { sheet, area: sheet.usedArea(!!valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
}

/** Excel's rules for a new sheet's name. */
function assertSheetName(book: FakeWorkbook, name: string): void {
  if (!name.trim() || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    throw new FakeExcelError("InvalidArgument", `The sheet name "${name}" is not valid.`);
  }
  if (book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
    throw new FakeExcelError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
  }
}

/**
 * Worksheets' onActivated as Excel has it: add() takes effect at the next sync, a handler runs
 * asynchronously after the activation (never inside the batch that caused it), and remove() stops
 * the handler at once and queues the unregistration on the context it was added in.
 */
class FakeActivatedEvent implements XlEventHandlers<XlWorksheetActivatedEventArgs> {
  constructor(private readonly ctx: FakeRequestContext) {}

  add(handler: (args: XlWorksheetActivatedEventArgs) => Promise<unknown>): XlEventHandlerResult {
    const ctx = this.ctx;
    let stop: (() => void) | null = null;
    let removed = false;
    ctx.enqueue({
      request: { call: "worksheets/onActivated/add" },
      run: () => {
        if (removed) return;
        stop = ctx.book.onActivated((sheet) => {
          // Excel's ids are GUIDs; getItem takes a name or an id, so the fake's id is the name.
          setTimeout(() => {
            if (!removed) void handler({ type: "WorksheetActivated", worksheetId: sheet }).catch(() => undefined);
          }, 0);
        });
      },
    });
    return {
      context: ctx,
      remove: () => {
        removed = true;
        stop?.();
        ctx.enqueue({ request: { call: "worksheets/onActivated/remove" }, run: () => undefined });
      },
    };
  }
}

class FakeWorksheetCollection implements XlWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;
  readonly onActivated: FakeActivatedEvent;

  constructor(private readonly ctx: FakeRequestContext) {
    this.onActivated = new FakeActivatedEvent(ctx);
  }

  add(name: string): FakeWorksheet {
    this.ctx.enqueue({
      request: { call: "worksheets/add", name },
      run: () => {
        assertSheetName(this.ctx.book, name);
        this.ctx.book.sheets.push(new FakeSheet(name));
      },
      writes: true,
    });
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.active() ?? null);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(key) ?? null);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(key) ?? null, true);
  }

  load(): this {
    this.ctx.enqueue({
      request: { load: "worksheets/items" },
      run: () => {
        this.loadedItems = this.ctx.book.sheets.map((sheet) => {
          const proxy = new FakeWorksheet(this.ctx, () => sheet, false, false);
          proxy.setTarget(sheet);
          return proxy;
        });
        return this.ctx.book.sheets.map((s) => ({ name: s.name, protected: s.protected }));
      },
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new FakeExcelError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.loadedItems;
  }
}

// ---- settings ----------------------------------------------------------------------------------

class FakeSetting extends ClientObject<{ key: string }> implements XlSetting {
  constructor(ctx: FakeRequestContext, resolve: () => { key: string } | null, orNull: boolean) {
    super(ctx, "Setting", resolve, orNull);
  }

  protected read(property: string): unknown {
    const { key } = this.live();
    if (property === "key") return key;
    if (property === "value") return clone(this.ctx.book.settings.get(key));
    throw new FakeExcelError("NotImplemented", `The fake Setting cannot load '${property}'.`);
  }

  get key(): string {
    return this.get("key");
  }

  get value(): XlValue {
    return this.get("value");
  }

  set value(value: XlValue) {
    this.command({ set: "value", value }, () => this.ctx.book.settings.set(this.live().key, clone(value)), true);
  }

  delete(): void {
    this.command({ call: "delete" }, () => this.ctx.book.settings.delete(this.live().key), true);
  }
}

class FakeSettingCollection implements XlSettingCollection {
  constructor(private readonly ctx: FakeRequestContext) {}

  add(key: string, value: XlValue): FakeSetting {
    const copy = clone(value);
    const setting = new FakeSetting(this.ctx, () => ({ key }), false);
    this.ctx.enqueue({ request: { call: "settings/add", key, value: copy }, run: () => void this.ctx.book.settings.set(key, copy), writes: true });
    return setting;
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, () => (this.ctx.book.settings.has(key) ? { key } : null), true);
  }
}

class FakeWorkbookApi {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly names: FakeNamedItemCollection;

  constructor(ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
  }
}

