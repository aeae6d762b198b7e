/**
 * The names of a zip's entries, read from its central directory alone (nothing is inflated), so
 * the CLI can tell a workbook from a Word document or a macro-enabled workbook before any
 * unpacking. Anything unusual (zip64, a damaged directory) gives null: the unpacker then decides.
 */
import { TextDecoder } from "node:util";

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** Entry names in directory order, or null when the directory cannot be read plainly. */
export function zipEntryNames(data: Uint8Array): string[] | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const end = findEndRecord(view);
  if (end === null) return null;
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  // 0xFFFF / 0xFFFFFFFF mean "see the zip64 record": left to the unpacker.
  if (count === 0xffff || offset === 0xffffffff || offset + size > end) return null;
  const names: string[] = [];
  const decoder = new TextDecoder();
  let at = offset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > offset + size || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > offset + size) return null;
    names.push(decoder.decode(data.subarray(at + 46, at + 46 + nameLength)));
    at = next;
  }
  return names;
}

/** The end-of-central-directory record sits in the last 22 bytes plus at most a 64 KiB comment. */
function findEndRecord(view: DataView): number | null {
  const last = view.byteLength - END_RECORD_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY && at + END_RECORD_SIZE + view.getUint16(at + 20, true) === view.byteLength) return at;
  }
  return null;
}
