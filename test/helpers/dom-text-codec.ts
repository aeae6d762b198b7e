/**
 * jsdom leaves out TextDecoder, TextEncoder and structuredClone, which every browser and Node
 * have; the xlsx reader (src/xlsx) and the CLI's kept reports use them, and the dom tests run the
 * CLI and the pane in-process. Node's own are put where the code expects them.
 */
import { TextDecoder, TextEncoder } from "node:util";
import { deserialize, serialize } from "node:v8";

const scope = globalThis as unknown as Record<string, unknown>;
scope.TextDecoder ??= TextDecoder;
scope.TextEncoder ??= TextEncoder;
// The structured clone algorithm, as Node's v8 serializer implements it for plain data.
scope.structuredClone ??= (value: unknown) => deserialize(serialize(value)) as unknown;
