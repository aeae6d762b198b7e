/**
 * Microsoft's own Excel client library (`@microsoft/office-js`, `excel-web-16.00.debug.js`: what
 * Excel on the web loads) running in a node `vm` context, offline.
 *
 * `new Excel.RequestContext(url)` makes the library send each `context.sync()` as one HTTP request
 * (`POST {url}/ProcessQuery`, body: `{Actions, ObjectPaths}`) through `HttpUtility.sendRequest`;
 * `HttpUtility.setCustomSendRequestFunc` hands that request to us instead of the network. The body
 * is built by the library's own serializer (ClientRequest), the same body an add-in's Excel.run
 * hands to the Office host, so its JSON is the request Excel would receive.
 *
 * The library needs no Office host for this: only `window` (for its Promise), `navigator` and
 * timers. Without a host it takes every requirement set as supported, so the client behaves as on
 * a current Excel (e.g. it splits writes of more than 1,500 cells, an ExcelApi 1.3 behaviour).
 * One copy is loaded per test file (~0.1 s) and shared by every host; each host gets its own URL,
 * and requests are routed to it by host name.
 */
import fs from "fs";
import vm from "vm";

/** What the library hands to the custom send function. `body` is the request object, not yet JSON. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/** What the library expects back: an HTTP status and the response body as text. */
export interface Reply {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export type Responder = (request: SentRequest) => Promise<Reply>;

/** The globals the library defines, with the one internal we call typed here. */
interface Globals {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension & {
    HttpUtility: { setCustomSendRequestFunc(send: (request: SentRequest) => Promise<Reply>): void };
    Utility: { _synchronousCleanup: boolean };
  };
}

export const LIBRARY = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");

let loaded: Globals | undefined;
const routes = new Map<string, Responder>();
let nextHost = 1;

function load(): Globals {
  if (loaded) return loaded;
  const sandbox = vm.createContext({ console, setTimeout, clearTimeout, setInterval, clearInterval, navigator: { userAgent: "node" } });
  // `window` is the context's own global, so the library takes that realm's native Promise.
  vm.runInContext("var window = this, self = this;", sandbox);
  vm.runInContext(fs.readFileSync(LIBRARY, "utf8"), sandbox, { filename: LIBRARY });
  const globals = sandbox as unknown as Globals;
  globals.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const route = routes.get(new URL(request.url).hostname);
    if (!route) return { statusCode: 404, headers: {}, body: "" };
    return route(request);
  });
  // Excel.run ends with a request releasing the objects it kept; wait for it, so a test sees every
  // request of a batch by the time runExcel returns. (The request itself is the same either way.)
  globals.OfficeExtension.Utility._synchronousCleanup = true;
  loaded = globals;
  return globals;
}

/** The library's `Excel` namespace (RequestContext, run). */
export function realExcel(): typeof Excel {
  return load().Excel;
}

/** A fresh base URL whose requests go to `responder`; hand it to `new Excel.RequestContext(url)`. */
export function route(responder: Responder): string {
  load();
  const host = `host-${nextHost++}.pokaznyk.invalid`;
  routes.set(host, responder);
  return `https://${host}`;
}
