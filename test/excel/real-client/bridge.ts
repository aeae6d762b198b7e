/**
 * Answers a request of the real Excel client (office-js) from the fake Excel, so the adapter runs
 * to the end through Microsoft's own client code.
 *
 * A request is a list of actions over object paths, as the client library serialized it:
 *
 *   ObjectPaths {1: Global, 3: Property "Worksheets" of 1, 5: Indexer ["Звіт"] of 3,
 *                7: Method "GetRange" ["A1:B2"] of 5, 10: Property "Format" of 7, 12: Property "Fill" of 10}
 *   Actions     [Instantiate 1, Instantiate 3, …, Query 7 {Select: ["values"]}, SetProperty 12 "Color" ["#FF0000"]]
 *
 * The bridge replays it on a fake request context (the fake's own implementation of the API subset
 * in src/excel/types.ts), in the same order, by the wire names in camelCase:
 *   - object paths: Global → `context.workbook`; Property "Format" → `parent.format`;
 *     Method "GetRange" (args) → `parent.getRange(args)`; Indexer (args) → `parent.getItem(args)`;
 *   - Instantiate → builds the path's fake proxy (which queues its resolution, as Excel resolves it then);
 *   - Query {Select} → `proxy.load(select)`; collections (worksheets, names) answer `{_Items: [...]}`;
 *   - Method → `proxy.name(args)`; SetProperty → `proxy.name = value`; Trace → nothing;
 *   - `_ValidateArraySize` (sent before a write of more than 1,500 cells) is accepted: the fake
 *     checks each chunk's array when it writes it; `getBoundingRect`, which the client uses to cut
 *     such a write into chunks, is the harness's own (fake.ts), as the fake lacks it;
 *   - references: inside `Excel.run` the client keeps every Range it makes (`_KeepReference`), then
 *     addresses it by the `_ReferenceId` the answer gave (ObjectPathType 6), and at the end sends
 *     one request of `_RemoveReference` calls; the bridge keeps those proxies for as long;
 * then syncs the fake once and builds the response the client parses (ClientRequestBase
 * .processResponse, Range._handleResult…):
 *
 *   {"Results": [{"ActionId": 2, "Value": {}}, {"ActionId": 9, "Value": {"Values": [[…]]}}, …]}
 *
 *   - Instantiate: `{}`, `{"_ReferenceId": …}` for a kept object, `{"Id": …}` for a worksheet (the
 *     client then finds it by id, as after `worksheets.add()`), or `null` for a null object (the
 *     client then marks it isNullObject);
 *   - Query: the selected properties under Excel's PascalCase names (`Values`, `RowIndex`,
 *     `Protection: {Protected}`), or `null` for a null object;
 *   - Method: its return value (getCellProperties' array) or `null`; SetProperty: no result.
 * A failure (a fake error: ItemNotFound, AccessDenied, InvalidArgument…) becomes
 * `{"Results": [], "Error": {"Code", "Message", "HttpStatusCode"}}`, which the client turns into an
 * OfficeExtension.Error with that code, as from Excel.
 *
 * What the response's size means: the data a load returns (values, formulas, number formats, cell
 * properties, addresses) is the JSON Excel itself would return for the fake's content. The envelope
 * around it is this bridge's assumption, on the generous side: one result for every instantiated
 * object and every method call, none for setters, GUID-sized reference ids, no trace ids.
 *
 * Not covered (answered with the error code HARNESS_GAP, so a test sees it): new objects (type 2),
 * `load()` without property names, `Expand`/`Top`/`Skip`, recursive-update and "ensure unchanged"
 * actions, events, and any method or property the fake lacks. Ignored: the request's
 * `AutoKeepReference` flag and the paths' `D` (do not keep) marks, which only steer references.
 */
import { boundingRect, fakeContext, isNullTarget, worksheetId, type FakeRequestContext, type FakeWorkbook, type SyncRecord } from "./fake";

interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: (number | null)[];
}

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

/** The request body as the client library sends it (`ClientRequestBase.buildRequestMessageBodyAndRequestFlags`). */
export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

interface ActionResult {
  ActionId: number;
  Value: unknown;
}

export interface ResponseError {
  Code: string;
  Message: string;
  HttpStatusCode: number;
}

export interface ResponseBody {
  Results: ActionResult[];
  Error?: ResponseError;
}

/** What one request came to. */
export interface Answer {
  body: ResponseBody;
  /** The fake's own estimate for the same sync (null if it never synced). */
  fake: SyncRecord | null;
}

/** The code of an error that is the harness's own gap, not Excel's answer. */
export const HARNESS_GAP = "HarnessGap";

/** ObjectPathType and ActionType values of the wire format (office-js ObjectPathFactory, CommonActionFactory). */
const PATH = { global: 1, method: 3, property: 4, indexer: 5, referenceId: 6 } as const;
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;

const KEEP_REFERENCE = "_KeepReference";
const REMOVE_REFERENCE = "_RemoveReference";
/** Sent before a write of more than 1,500 cells, which the client then splits into chunks. */
const VALIDATE_ARRAY_SIZE = "_ValidateArraySize";

/**
 * A reference id as Excel might write it. Its real shape is not documented; this one is GUID-sized
 * (42+ characters), so requests that address kept objects by it are not underestimated.
 */
function referenceId(n: number): string {
  return `{${n.toString(16).toUpperCase().padStart(8, "0")}-0000-4000-8000-000000000000}{${n}}`;
}

class Gap extends Error {
  readonly code = HARNESS_GAP;
}

type Bag = Record<string, unknown>;

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

const STATUS: Record<string, number> = { ItemNotFound: 404, AccessDenied: 403, ItemAlreadyExists: 409, RequestPayloadSizeLimitExceeded: 413, ResponsePayloadSizeLimitExceeded: 413 };

/** Excel's error for an error thrown while replaying (a fake error, or a harness gap). */
export function responseError(error: unknown): ResponseError {
  const e = (typeof error === "object" && error !== null ? error : {}) as { code?: unknown; message?: unknown };
  const code = typeof e.code === "string" ? e.code : HARNESS_GAP;
  const message = typeof e.message === "string" ? e.message : String(error);
  return { Code: code, Message: message, HttpStatusCode: STATUS[code] ?? 400 };
}

function call(proxy: unknown, name: string, args: unknown[]): unknown {
  const method = (proxy as Bag)?.[name];
  if (typeof method !== "function") throw new Gap(`The fake has no method ${name}`);
  return method.apply(proxy, args);
}

const isCollection = (proxy: unknown) => typeof proxy === "object" && proxy !== null && "items" in proxy;

/** `{Name: …, Protection: {Protected: …}}` for Select ["name", "protection/protected"], read through the proxy's getters. */
function pick(proxy: unknown, select: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of select) {
    const parts = path.split("/");
    let source = proxy as Bag;
    let target = out;
    parts.forEach((part, i) => {
      const value = source[camel(part)];
      if (i === parts.length - 1) target[pascal(part)] = value;
      else {
        target = (target[pascal(part)] ??= {}) as Record<string, unknown>;
        source = value as Bag;
      }
    });
  }
  return out;
}

/**
 * A stand-in for Excel's side of the wire over one fake workbook: a fake request context that lives
 * as long as the host (as Excel's session does), and the objects the client asked it to keep.
 */
export class Bridge {
  private readonly fake: FakeRequestContext;
  private record: SyncRecord | null = null;
  /** Objects kept by `_KeepReference`, by the reference id they were given. */
  private readonly kept = new Map<string, unknown>();
  private readonly keptIds = new Map<unknown, string>();
  private nextReference = 1;

  constructor(book: FakeWorkbook) {
    this.fake = fakeContext(book, (record) => (this.record = record));
  }

  /** Replays one request on the fake and builds the response. Never throws: failures become `Error`. */
  async answer(request: RequestBody): Promise<Answer> {
    this.record = null;
    const readers: [number, () => unknown][] = [];
    try {
      const proxies = new Map<number, unknown>();
      for (const action of request.Actions) {
        const read = this.perform(action, request, proxies);
        if (read) readers.push([action.Id, read]);
      }
    } catch (error) {
      // Excel carries out the actions before the one that fails, then reports the failure.
      const earlier = await this.fake.sync().then(
        () => null,
        (e: unknown) => e,
      );
      return { body: { Results: [], Error: responseError(earlier ?? error) }, fake: this.record };
    }
    try {
      await this.fake.sync();
      return { body: { Results: readers.map(([id, read]) => ({ ActionId: id, Value: read() })) }, fake: this.record };
    } catch (error) {
      return { body: { Results: [], Error: responseError(error) }, fake: this.record };
    }
  }

  /** The arguments as sent; an argument that is an object path (`ReferencedObjectPathIds`) becomes its proxy. */
  private argumentsOf(info: ArgumentInfo | undefined, request: RequestBody, proxies: Map<number, unknown>): unknown[] {
    const args = info?.Arguments ?? [];
    const paths = info?.ReferencedObjectPathIds ?? [];
    return args.map((arg, i) => (paths[i] ? this.proxyOf(paths[i], request, proxies) : arg));
  }

  /** A method of a fake proxy, or the harness's own stand-in where the fake lacks one. */
  private invoke(proxy: unknown, name: string, args: unknown[]): unknown {
    if (name === "getBoundingRect" && typeof (proxy as Bag).getBoundingRect !== "function") return boundingRect(this.fake, proxy, args[0]);
    return call(proxy, name, args);
  }

  private proxyOf(id: number, request: RequestBody, proxies: Map<number, unknown>): unknown {
    if (proxies.has(id)) return proxies.get(id);
    const info = request.ObjectPaths[id];
    if (!info) throw new Gap(`Object path ${id} is not in the request`);
    const parent = () => this.proxyOf(info.ParentObjectPathId ?? -1, request, proxies);
    let proxy: unknown;
    if (info.ObjectPathType === PATH.global) proxy = this.fake.workbook;
    else if (info.ObjectPathType === PATH.property) proxy = (parent() as Bag)[camel(info.Name)];
    else if (info.ObjectPathType === PATH.method) proxy = this.invoke(parent(), camel(info.Name), this.argumentsOf(info.ArgumentInfo, request, proxies));
    else if (info.ObjectPathType === PATH.indexer) proxy = call(parent(), "getItem", this.argumentsOf(info.ArgumentInfo, request, proxies));
    else if (info.ObjectPathType === PATH.referenceId) proxy = this.kept.get(info.Name);
    else throw new Gap(`Object path type ${info.ObjectPathType} (${info.Name}) is not covered`);
    if (typeof proxy !== "object" || proxy === null) throw new Gap(`The fake has no object for path ${info.ObjectPathType} ${info.Name}`);
    proxies.set(id, proxy);
    return proxy;
  }

  /** Queues one action on the fake; returns how to read its result after the sync (null: no result). */
  private perform(action: ActionInfo, request: RequestBody, proxies: Map<number, unknown>): (() => unknown) | null {
    const proxy = this.proxyOf(action.ObjectPathId, request, proxies);
    switch (action.ActionType) {
      case ACTION.instantiate: {
        // A kept object answers with its reference id, a worksheet with its id; the client then
        // addresses it by that id in later requests.
        const reference = this.keptIds.get(proxy);
        return () => {
          if (isNullTarget(proxy)) return null;
          const id = worksheetId(proxy);
          return { ...(id === undefined ? {} : { Id: id }), ...(reference ? { _ReferenceId: reference } : {}) };
        };
      }
      case ACTION.query: {
        const query = action.QueryInfo ?? {};
        if (!query.Select?.length || query.Expand?.length || query.Top !== undefined || query.Skip !== undefined) {
          throw new Gap(`Query ${JSON.stringify(query)} is not covered`);
        }
        const collection = isCollection(proxy);
        const select = collection ? query.Select.map((s) => s.replace(/^items\//, "")) : query.Select;
        call(proxy, "load", [select]);
        return () => {
          if (isNullTarget(proxy)) return null;
          if (collection) return { _Items: ((proxy as Bag).items as unknown[]).map((item) => pick(item, select)) };
          return pick(proxy, select);
        };
      }
      case ACTION.method:
        return this.method(proxy, action, this.argumentsOf(action.ArgumentInfo, request, proxies));
      case ACTION.setProperty: {
        const name = camel(action.Name);
        if (!(name in (proxy as Bag))) throw new Gap(`The fake has no property ${name}`);
        (proxy as Bag)[name] = this.argumentsOf(action.ArgumentInfo, request, proxies)[0];
        return null;
      }
      case ACTION.trace:
        return null;
      default:
        throw new Gap(`Action type ${action.ActionType} (${action.Name}) is not covered`);
    }
  }

  private method(proxy: unknown, action: ActionInfo, args: unknown[]): () => unknown {
    if (action.Name === KEEP_REFERENCE) {
      // Excel.run keeps every Range it makes (TrackedObjects._autoAdd) and releases them when it ends.
      if (!this.keptIds.has(proxy)) {
        const reference = referenceId(this.nextReference++);
        this.kept.set(reference, proxy);
        this.keptIds.set(proxy, reference);
      }
      return () => null;
    }
    if (action.Name === REMOVE_REFERENCE) {
      const reference = String(args[0]);
      this.keptIds.delete(this.kept.get(reference));
      this.kept.delete(reference);
      return () => null;
    }
    // Excel checks the array against the range; the fake checks each chunk's array when it writes it.
    if (action.Name === VALIDATE_ARRAY_SIZE) return () => null;
    const result = this.invoke(proxy, camel(action.Name), args);
    return () => (typeof result === "object" && result !== null && "value" in result ? result.value : null);
  }
}
