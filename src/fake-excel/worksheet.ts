/**
 * The fake's worksheets: a Worksheet (ranges, protection, frozen rows, page layout), the
 * collection (add, getItem, the active sheet, items) and its onActivated event.
 */
import type {
  XlEventHandlerResult,
  XlEventHandlers,
  XlPageLayout,
  XlProtectionOptions,
  XlWorksheet,
  XlWorksheetActivatedEventArgs,
  XlWorksheetChangedEventArgs,
  XlWorksheetCollection,
} from "../excel/types";
import { ClientObject, type FakeRequestContext } from "./context";
import { copySheet } from "./copy-sheet";
import { FakeExcelError } from "./error";
import { pageLayout } from "./features";
import { FakeSheet } from "./model";
import { FakeNamedItemCollection } from "./names";
import { FakeRange } from "./range";
import { checkBounds, parseRangeAddress, WHOLE_SHEET } from "./range-address";
import { assertSheetName, deleteSheet, renameSheet } from "./sheet-lifecycle";

/** Every option Excel reports in `protection.options`, false unless the sheet allows it. */
const OPTION_NAMES = ["allowAutoFilter", "allowDeleteColumns", "allowDeleteRows", "allowEditObjects", "allowEditScenarios", "allowFormatCells", "allowFormatColumns", "allowFormatRows", "allowInsertColumns", "allowInsertHyperlinks", "allowInsertRows", "allowPivotTables", "allowSort"] as const;

function optionsOf(sheet: FakeSheet): XlProtectionOptions {
  const options: Record<string, unknown> = Object.fromEntries(OPTION_NAMES.map((name) => [name, !!(sheet.protectionOptions as Record<string, boolean | undefined>)[name]]));
  options.selectionMode = "Normal";
  return options as XlProtectionOptions;
}

type ProtectionData = { protected?: boolean; options?: XlProtectionOptions };

/** `worksheet.protection`: `protected` and `options`, each readable once loaded. */
class FakeProtection {
  private data: ProtectionData = {};
  constructor(private readonly sheet: FakeWorksheet) {}

  load(propertyNames?: string | string[]): this {
    const names = (Array.isArray(propertyNames) ? propertyNames : (propertyNames ?? "protected,options").split(",")).map((n) => n.trim());
    this.sheet.loadProtection(this, names.filter((n) => n === "protected" || n === "options") as ("protected" | "options")[]);
    return this;
  }

  /** @internal */
  set(data: ProtectionData): void {
    this.data = { ...this.data, ...data };
  }

  private field<K extends keyof ProtectionData>(name: K): NonNullable<ProtectionData[K]> {
    const value = this.data[name];
    if (value === undefined) throw new FakeExcelError("PropertyNotLoaded", `The property '${name}' is not available.`);
    return value as NonNullable<ProtectionData[K]>;
  }

  get protected(): boolean {
    return this.field("protected");
  }

  get options(): XlProtectionOptions {
    return this.field("options");
  }
}

/** What a load of `protection/…` gives for a sheet. */
function protectionData(sheet: FakeSheet, names: readonly ("protected" | "options")[]): ProtectionData {
  const data: ProtectionData = {};
  if (names.includes("protected")) data.protected = sheet.protected;
  if (names.includes("options")) data.options = optionsOf(sheet);
  return data;
}

export class FakeWorksheet extends ClientObject<FakeSheet> implements XlWorksheet {
  readonly protection: FakeProtection;
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly pageLayout: XlPageLayout;
  /** The sheet's own defined names (ExcelApi 1.4). */
  readonly names: FakeNamedItemCollection;

  constructor(ctx: FakeRequestContext, resolve: () => FakeSheet | null, orNull = false, queued = true) {
    super(ctx, "Worksheet", resolve, orNull, queued);
    this.names = new FakeNamedItemCollection(ctx, () => this.live().name);
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
    if (property === "id") return this.ctx.book.idOf(sheet);
    if (property === "protection/protected" || property === "protection/options") {
      const name = property === "protection/protected" ? "protected" : "options";
      const data = protectionData(sheet, [name]);
      this.protection.set(data);
      return data[name];
    }
    throw new FakeExcelError("NotImplemented", `The fake Worksheet cannot load '${property}'.`);
  }

  /** @internal */
  loadProtection(protection: FakeProtection, names: ("protected" | "options")[]): void {
    this.command({ load: names.map((n) => `protection/${n}`) }, () => {
      const data = protectionData(this.live(), names);
      protection.set(data);
      return data;
    });
  }

  /** @internal a collection item, loaded with `names` (name, id, protection/protected, protection/options) */
  setTarget(sheet: FakeSheet, names: string[]): Record<string, unknown> {
    this.target = sheet;
    const data: Record<string, unknown> = {};
    if (names.includes("name")) data.name = sheet.name;
    if (names.includes("id")) data.id = this.ctx.book.idOf(sheet);
    this.markLoaded(data);
    const protection = protectionData(sheet, (["protected", "options"] as const).filter((n) => names.includes(`protection/${n}`)));
    this.protection.set(protection);
    return { ...data, ...(Object.keys(protection).length ? { protection } : {}) };
  }

  get id(): string {
    return this.get("id");
  }

  get name(): string {
    return this.get("name");
  }

  /** A rename at the next sync, by Excel's rules for names (./sheet-lifecycle). */
  set name(name: string) {
    this.command({ set: "name", value: name }, () => renameSheet(this.ctx.book, this.live(), name), true);
  }

  delete(): void {
    this.command({ call: "delete" }, () => deleteSheet(this.ctx.book, this.live()), true);
  }

  activate(): void {
    this.command({ call: "activate" }, () => this.ctx.book.activate(this.live().name), true);
  }

  /**
   * Worksheet.copy (ExcelApi 1.7): a copy named "Name (2)", at the beginning ("None", the
   * default), the end, or before or after `relativeTo`; names into the sheet come along as the
   * copy's own (./copy-sheet).
   */
  copy(positionType: "None" | "Before" | "After" | "Beginning" | "End" = "None", relativeTo?: FakeWorksheet): FakeWorksheet {
    let copied: FakeSheet | null = null;
    this.command(
      { call: "copy", positionType },
      () => {
        const book = this.ctx.book;
        const anchor = relativeTo ? book.sheets.indexOf(relativeTo.live()) : -1;
        if ((positionType === "Before" || positionType === "After") && anchor < 0) throw new FakeExcelError("InvalidArgument", "copy: relativeTo is required.");
        const index = positionType === "End" ? book.sheets.length : positionType === "Before" ? anchor : positionType === "After" ? anchor + 1 : 0;
        copied = copySheet(book, this.live(), index);
      },
      true,
    );
    return new FakeWorksheet(this.ctx, () => copied);
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.live();
      return { sheet, area: checkBounds(address ? parseRangeAddress(address) : WHOLE_SHEET) };
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

/**
 * Worksheets' onActivated as Excel has it: add() takes effect at the next sync, a handler runs
 * asynchronously after the activation (never inside the batch that caused it), and remove() stops
 * the handler at once and queues the unregistration on the context it was added in.
 */
class FakeActivatedEvent implements XlEventHandlers<XlWorksheetActivatedEventArgs> {
  constructor(private readonly ctx: FakeRequestContext) {}

  add(handler: (args: XlWorksheetActivatedEventArgs) => Promise<unknown>): XlEventHandlerResult {
    const book = this.ctx.book;
    return registered(this.ctx, "onActivated", handler, (fire) =>
      book.onActivated((sheet) => {
        const target = book.sheet(sheet);
        fire({ type: "WorksheetActivated", worksheetId: target ? book.idOf(target) : sheet });
      }),
    );
  }
}

/**
 * Worksheets' onChanged (ExcelApi 1.9) as Excel has it: registered at the next sync; fired after
 * the change, asynchronously, for the user's typing and for add-ins' writes alike, the latter with
 * `triggerSource` "ThisLocalAddin" (ExcelApi 1.14, which the fake's apiVersion decides).
 */
class FakeChangedEvent implements XlEventHandlers<XlWorksheetChangedEventArgs> {
  constructor(private readonly ctx: FakeRequestContext) {}

  add(handler: (args: XlWorksheetChangedEventArgs) => Promise<unknown>): XlEventHandlerResult {
    const book = this.ctx.book;
    return registered(this.ctx, "onChanged", handler, (fire) =>
      book.onChanged((change) => {
        const target = book.sheet(change.sheet);
        fire({
          type: "WorksheetChanged",
          worksheetId: target ? book.idOf(target) : change.sheet,
          address: change.address,
          ...(compareApi(book.apiVersion, "1.14") >= 0 ? { triggerSource: change.triggerSource } : {}),
        });
      }),
    );
  }
}

/**
 * A worksheets event handler as Excel keeps one: listening from the next sync, each event handed
 * over asynchronously (never inside the batch that caused it), and remove() stopping it at once
 * while its unregistration waits for the context's next sync.
 */
function registered<A>(ctx: FakeRequestContext, event: string, handler: (args: A) => Promise<unknown>, listen: (fire: (args: A) => void) => () => void): XlEventHandlerResult {
  let stop: (() => void) | null = null;
  let removed = false;
  ctx.enqueue({
    request: { call: `worksheets/${event}/add` },
    run: () => {
      if (removed) return;
      stop = listen((args) =>
        setTimeout(() => {
          if (!removed) void handler(args).catch(() => undefined);
        }, 0),
      );
    },
  });
  return {
    context: ctx,
    remove: () => {
      removed = true;
      stop?.();
      ctx.enqueue({ request: { call: `worksheets/${event}/remove` }, run: () => undefined });
    },
  };
}

function compareApi(a: string, b: string): number {
  const [pa, pb] = [a.split(".").map(Number), b.split(".").map(Number)];
  return (pa[0] - pb[0]) * 1000 + ((pa[1] ?? 0) - (pb[1] ?? 0));
}

export class FakeWorksheetCollection implements XlWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;
  readonly onActivated: FakeActivatedEvent;
  readonly onChanged: FakeChangedEvent;

  constructor(private readonly ctx: FakeRequestContext) {
    this.onActivated = new FakeActivatedEvent(ctx);
    this.onChanged = new FakeChangedEvent(ctx);
  }

  add(name: string): FakeWorksheet {
    this.ctx.enqueue({
      request: { call: "worksheets/add", name },
      run: () => {
        assertSheetName(this.ctx.book, name);
        this.ctx.book.addSheet(new FakeSheet(name));
      },
      writes: true,
    });
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.active() ?? null);
  }

  /** By name or by `Worksheet.id`, as Excel's getItem takes either. */
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheetByKey(key) ?? null);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheetByKey(key) ?? null, true);
  }

  /** Loads the items with the properties named ("items/name", "id", "items/protection/options"…); none named: name and id. */
  load(propertyNames?: string | string[]): this {
    const asked = (Array.isArray(propertyNames) ? propertyNames : (propertyNames ?? "").split(",")).map((n) => n.trim().replace(/^items\//, "")).filter(Boolean);
    const names = asked.length ? asked : ["name", "id"];
    this.ctx.enqueue({
      request: { load: "worksheets/items", select: names },
      run: () => {
        const answers: Record<string, unknown>[] = [];
        this.loadedItems = this.ctx.book.sheets.map((sheet) => {
          const proxy = new FakeWorksheet(this.ctx, () => sheet, false, false);
          answers.push(proxy.setTarget(sheet, names));
          return proxy;
        });
        return answers;
      },
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new FakeExcelError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.loadedItems;
  }
}
