/**
 * jsdom leaves out TextDecoder and TextEncoder, which every browser and Node have; the xlsx reader
 * (src/xlsx) uses them, and the dom tests run the CLI and the pane in-process. Node's own are put
 * where the code expects them.
 */
import { TextDecoder, TextEncoder } from "node:util";

const scope = globalThis as unknown as Record<string, unknown>;
scope.TextDecoder ??= TextDecoder;
scope.TextEncoder ??= TextEncoder;
