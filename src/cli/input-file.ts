/**
 * The bytes of a workbook file named on the command line, read safely: only a regular file is
 * opened (a named pipe would wait forever for a writer, /dev/zero never ends), and nothing larger
 * than MAX_INPUT_BYTES is read.
 */
import { constants } from "node:fs";
import { open, stat } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { UnreadableFileError, errnoCode, messageOf } from "./read-problem";
import type { ReadProblem } from "./read-problem";

/** Far above any real plan or report (a 100,000-row report is ~5 MB): a larger file is refused unread. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

export type BytesFromFile = { ok: true; bytes: Buffer } | { ok: false; problem: ReadProblem };

/** The file's bytes, or why it cannot be read; what they hold is the reader's to say (workbook-file.ts). */
export async function workbookBytesFromFile(file: string): Promise<BytesFromFile> {
  try {
    const bytes = await readInputFile(file);
    refuseOpenDocument(bytes);
    return { ok: true, bytes };
  } catch (err) {
    if (err instanceof UnreadableFileError) return { ok: false, problem: err.problem };
    throw err;
  }
}

/** The whole file, if it is a regular file of at most MAX_INPUT_BYTES; else an UnreadableFileError. */
export async function readInputFile(file: string): Promise<Buffer> {
  let handle: FileHandle | null = null;
  try {
    // Looked at before opening: opening a FIFO waits for a writer, opening a device may do anything.
    refuseUnlessFile(await stat(file));
    // O_NONBLOCK: should the name become a FIFO after the stat, opening it still returns at once.
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = await handle.stat();
    refuseUnlessFile(info);
    return await readUpTo(handle, info.size);
  } catch (err) {
    if (err instanceof UnreadableFileError) throw err;
    const code = errnoCode(err);
    if (code === "ENOENT" || code === "ENOTDIR") throw new UnreadableFileError({ kind: "not-found" });
    if (code === "EISDIR") throw new UnreadableFileError({ kind: "directory" });
    if (code === "EACCES" || code === "EPERM") throw new UnreadableFileError({ kind: "no-permission" });
    throw new UnreadableFileError({ kind: "io", detail: code ?? messageOf(err) });
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function refuseUnlessFile(info: { isFile(): boolean; isDirectory(): boolean; size: number }): void {
  if (info.isDirectory()) throw new UnreadableFileError({ kind: "directory" });
  if (!info.isFile()) throw new UnreadableFileError({ kind: "not-a-file" });
  if (info.size > MAX_INPUT_BYTES) throw new UnreadableFileError({ kind: "too-large" });
}

/** At most `size` bytes (the size seen when opening): a file growing meanwhile is not read on. */
async function readUpTo(handle: FileHandle, size: number): Promise<Buffer> {
  const buffer = Buffer.alloc(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await handle.read(buffer, filled, size - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

/**
 * OpenDocument keeps its type uncompressed at the start, in the zip's first entry "mimetype":
 * seen here, an .ods is named even when its zip is cut short. Every other kind of file (an .xls,
 * a Word document, a renamed text file) is told apart by the reader from the package itself.
 */
function refuseOpenDocument(data: Buffer): void {
  if (data.subarray(0, 120).toString("latin1").includes("application/vnd.oasis.opendocument")) throw new UnreadableFileError({ kind: "ods" });
}
