/**
 * An ExcelHost whose batches run through Microsoft's own Excel client library (office-client.ts)
 * against the fake workbook (bridge.ts): `runExcel(host, (ctx) => markCells(ctx, …))` runs the
 * adapter on a real `Excel.RequestContext`, inside the real `Excel.run`, and every `context.sync()`
 * becomes one request serialized by the real client and answered from the fake.
 *
 * Each sync is recorded with the request body's exact size (what Excel on the web would receive)
 * and the size of the answer (see bridge.ts for what that size includes). Excel on the web refuses
 * a request or response over 5 MB; with `enforceLimit` the host refuses it the same way
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), otherwise it records the
 * size and answers, so a measurement runs to the end.
 */
import { PAYLOAD_LIMIT_BYTES } from "../../../src/excel/payload";
import type { ExcelHost, XlContext } from "../../../src/excel/types";
import { Bridge, responseError, type RequestBody, type ResponseBody } from "./bridge";
import { FakeExcel, FakeExcelError, workbookFromJson, type FakeWorkbook, type SyncRecord, type WorkbookJson } from "./fake";
import { realExcel, route, type Reply, type SentRequest } from "./office-client";

/** One `context.sync()` as it went over the (simulated) wire. */
export interface RealSync {
  /** UTF-8 bytes of the request body the real client built. */
  requestBytes: number;
  /** UTF-8 bytes of the response body (bridge.ts says what it holds). */
  responseBytes: number;
  /** The response's bytes if the server escaped every non-ASCII character as \uXXXX (Cyrillic: 6 bytes, not 2). */
  responseEscapedBytes: number;
  actions: number;
  objectPaths: number;
  /** The error code of the answer, if the sync failed. */
  error?: string;
  /** The fake's own size estimate for the same sync, to compare. */
  fake: SyncRecord | null;
}

export interface RealClientOptions {
  /** Refuse requests and responses over 5 MB, as Excel on the web does. Default false: record and answer. */
  enforceLimit?: boolean;
}

const bytes = (text: string) => Buffer.byteLength(text, "utf8");

/** Length of JSON text if every non-ASCII UTF-16 unit were written as \uXXXX. */
function escapedBytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) n += text.charCodeAt(i) < 0x80 ? 1 : 6;
  return n;
}

function refusal(code: string, message: string): ResponseBody {
  return { Results: [], Error: responseError(new FakeExcelError(code, message)) };
}

export class RealClientExcel implements ExcelHost {
  /** Every sync since construction or the last resetStats(). */
  syncs: RealSync[] = [];
  private readonly url: string;
  private readonly fake: FakeExcel;
  private readonly bridge: Bridge;

  constructor(
    readonly book: FakeWorkbook,
    private readonly options: RealClientOptions = {},
  ) {
    this.fake = new FakeExcel(book);
    this.bridge = new Bridge(book);
    this.url = route((request) => this.respond(request));
  }

  static fromJson(json: WorkbookJson, options?: RealClientOptions): RealClientExcel {
    return new RealClientExcel(workbookFromJson(json), options);
  }

  run<T>(batch: (context: XlContext) => Promise<T>): Promise<T> {
    const Excel = realExcel();
    return Excel.run(new Excel.RequestContext(this.url), (context) => batch(context));
  }

  isSetSupported(name: string, minVersion: string): boolean {
    return this.fake.isSetSupported(name, minVersion);
  }

  resetStats(): void {
    this.syncs = [];
  }

  private async respond(request: SentRequest): Promise<Reply> {
    // The bridge reads the wire text, not the client's live objects: exactly what Excel would parse.
    const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    const body = JSON.parse(text) as RequestBody;
    const sync: RealSync = {
      requestBytes: bytes(text),
      responseBytes: 0,
      responseEscapedBytes: 0,
      actions: body.Actions.length,
      objectPaths: Object.keys(body.ObjectPaths).length,
      fake: null,
    };
    this.syncs.push(sync);
    let response: ResponseBody;
    if (this.options.enforceLimit && sync.requestBytes > PAYLOAD_LIMIT_BYTES) {
      response = refusal("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    } else {
      const answered = await this.bridge.answer(body);
      sync.fake = answered.fake;
      response = answered.body;
    }
    let responseText = JSON.stringify(response);
    sync.responseBytes = bytes(responseText);
    sync.responseEscapedBytes = escapedBytes(responseText);
    if (this.options.enforceLimit && sync.responseBytes > PAYLOAD_LIMIT_BYTES) {
      // Excel has carried out the request by then; only the answer is refused.
      response = refusal("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
      responseText = JSON.stringify(response);
    }
    if (response.Error) sync.error = response.Error.Code;
    return { statusCode: 200, headers: { "content-type": "application/json" }, body: responseText };
  }
}
