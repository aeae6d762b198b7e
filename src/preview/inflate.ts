/**
 * Raw deflate in the browser with its own DecompressionStream("deflate-raw") (Chrome 80+, Firefox
 * 113+, Safari 16.4+, and Node 20's globals): no library in the bundle. The output is capped at the
 * size the zip directory declares, as the reader's Inflate contract asks: a part that inflates
 * further is cut off there and refused, so a lying header cannot fill the tab's memory.
 */
import type { AsyncInflate } from "../xlsx";

type Decompressor = new (format: "deflate-raw") => { readable: ReadableStream<Uint8Array>; writable: WritableStream<BufferSource> };

/** `Decompression`: the browser's own unless given; null stands for a browser that has none. */
export function streamInflate(Decompression: Decompressor | null = (globalThis.DecompressionStream as Decompressor | undefined) ?? null): AsyncInflate {
  return async (compressed, maxOutputLength) => {
    if (!Decompression) throw new Error("this browser cannot unpack .xlsx files (no DecompressionStream); use a current Chrome, Edge or Firefox");
    // A copy: Blob wants its own ArrayBuffer-backed bytes, and the caller's view must stay untouched.
    const input = new Blob([compressed.slice()]).stream().pipeThrough(new Decompression("deflate-raw"));
    const reader = input.getReader();
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > maxOutputLength) {
        await reader.cancel();
        throw new Error(`inflates past its declared ${maxOutputLength} bytes`);
      }
      chunks.push(value);
    }
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  };
}
