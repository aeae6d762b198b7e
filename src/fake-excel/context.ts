/**
 * The fake's request context and the base of its proxy objects, with the real API's batch
 * semantics:
 *  - calls only queue commands; nothing happens until `context.sync()`;
 *  - a property is readable only after `load()` and `sync()`, and then holds what was read at
 *    that sync (a snapshot, not live);
 *  - commands run in the order they were queued; a failing command rejects the sync and the
 *    commands before it stay done (Excel batches are not transactions);
 *  - every sync is counted with the JSON size of its request and response, and a request or
 *    response over 5 MB is refused as Excel on the web refuses it.
 */
import { jsonBytes, PAYLOAD_LIMIT_BYTES } from "../excel/payload";
import type { XlClientResult, XlContext } from "../excel/types";
import { recalculate } from "./calc";
import { FakeExcelError } from "./error";
import type { FakeWorkbook } from "./model";

/** What one sync cost. */
export interface SyncRecord {
  commands: number;
  requestBytes: number;
  responseBytes: number;
}

export interface Command {
  request: unknown;
  /** Runs at sync time; returns what goes back in the response (or undefined). */
  run(): unknown;
  writes?: boolean;
  /**
   * Work the host does before running the batch and that needs waiting for (opening a file sent
   * as base64); it must not throw: run() reports what went wrong, in the batch's order.
   */
  prepare?(): Promise<void>;
}

type WorkbookFacade = XlContext["workbook"];

export class FakeRequestContext implements XlContext {
  readonly workbook: WorkbookFacade;
  private queue: Command[] = [];
  private nextId = 1;

  /** `facade` makes `context.workbook` (worksheets, settings, names) over this context. */
  constructor(
    readonly book: FakeWorkbook,
    private readonly onSync: (record: SyncRecord) => void,
    facade: (context: FakeRequestContext) => WorkbookFacade,
  ) {
    this.workbook = facade(this);
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
    const limit = this.book.requestLimit;
    const tooLarge = requestBytes > Math.min(limit.bytes, PAYLOAD_LIMIT_BYTES);
    if (tooLarge && !limit.partial) throw new FakeExcelError(limit.code, "The request payload size has exceeded the limit.");
    for (const command of commands) if (command.prepare) await command.prepare();
    const responses: unknown[] = [];
    let wrote = false;
    try {
      for (const [i, command] of commands.entries()) {
        if (tooLarge && i >= commands.length / 2) throw new FakeExcelError(limit.code, "An internal error has occurred.");
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
export abstract class ClientObject<T> {
  /** The proxy's number in the request (not an Excel id such as Worksheet.id). */
  protected readonly proxyId: number;
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
    this.proxyId = ctx.id();
    if (!queued) return;
    ctx.enqueue({
      request: { id: this.proxyId, new: kind },
      run: () => {
        try {
          this.target = resolve();
        } catch (error) {
          // An OrNullObject method turns "nothing there" into a null object; any other failure
          // (a bad argument, getMergedAreas past 512 areas) fails the sync as in Excel.
          if (!this.orNull || !(error instanceof FakeExcelError) || error.code !== "ItemNotFound") throw error;
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
      request: { id: this.proxyId, load: names },
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
    this.ctx.enqueue({ request: { id: this.proxyId, ...request }, run, writes });
  }
}

/** A method's result (getCellProperties): readable after the sync that ran it. */
export class FakeClientResult<T> implements XlClientResult<T> {
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
