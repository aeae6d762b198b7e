/** The patcher's compression in Node: raw deflate and inflate from node:zlib. */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { Codec } from "./package";

export const nodeCodec: Codec = {
  inflate: (data, maxOutputLength) => inflateRawSync(data, { maxOutputLength }),
  deflate: (data) => deflateRawSync(data, { level: 6 }),
};
