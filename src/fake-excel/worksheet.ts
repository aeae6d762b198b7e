/**
 * The fake's worksheets: a Worksheet (ranges, protection, frozen rows, page layout), the
 * collection (add, getItem, the active sheet, items) and its onActivated event.
 */
import { sameSheet } from "../core/address";
import type {
  XlEventHandlerResult,
  XlEventHandlers,
  XlPageLayout,
  XlWorksheet,
  XlWorksheetActivatedEventArgs,
  XlWorksheetCollection,
} from "../excel/types";
import { ClientObject, type FakeRequestContext } from "./context";
import { copySheet } from "./copy-sheet";
import { FakeExcelError } from "./error";
import { pageLayout } from "./features";
import { FakeSheet, type FakeWorkbook } from "./model";
import { FakeNamedItemCollection } from "./names";
import { FakeRange } from "./range";
import { checkBounds, parseRangeAddress, WHOLE_SHEET } from "./range-address";

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

/** Excel's rules for a new sheet's name. */
function assertSheetName(book: FakeWorkbook, name: string): void {
  if (!name.trim() || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    throw new FakeExcelError("InvalidArgument", `The sheet name "${name}" is not valid.`);
  }
  if (book.sheets.some((s) => sameSheet(s.name, name))) {
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

export class FakeWorksheetCollection implements XlWorksheetCollection {
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
