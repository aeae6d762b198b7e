/**
 * The bytes of a workbook file named on the command line, read safely: only a regular file is
 * opened (a named pipe would wait forever for a writer, /dev/zero never ends), nothing larger than
 * MAX_INPUT_BYTES is read, and the first bytes and the zip's directory say what the file is before
 * anything is unpacked: an .xls, an .ods, a Word document, a macro-enabled workbook.
 */
import { constants } from "node:fs";
import { open, stat } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { extname } from "node:path";
import { UnreadableFileError, errnoCode, messageOf } from "./read-problem";
import type { ReadProblem } from "./read-problem";
import { zipEntryNames } from "./zip-directory";

/** Far above any real plan or report (a 100,000-row report is ~5 MB): a larger file is refused unread. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/** A file that looks like an Excel workbook: its bytes, and whether it carries macros. */
export interface WorkbookPackage {
  bytes: Buffer;
  /** Named .xlsm/.xltm/.xlam or holding a VBA project: exceljs would drop the macros on writing. */
  macroEnabled: boolean;
}

export type PackageFromFile = { ok: true; package: WorkbookPackage } | { ok: false; problem: ReadProblem };

export async function workbookPackageFromFile(file: string): Promise<PackageFromFile> {
  try {
    const bytes = await readInputFile(file);
    sniffFormat(bytes);
    const names = zipEntryNames(bytes);
    if (names !== null) refuseOtherPackages(names);
    return { ok: true, package: { bytes, macroEnabled: isMacroEnabled(file, names ?? []) } };
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

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE2 compound file: Excel 97-2003 .xls, and also what Excel writes for a password-protected .xlsx. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Looks at the first bytes so a renamed text file or an .xls gets a precise reason, not a zip error. */
function sniffFormat(data: Buffer): void {
  if (data.length === 0) throw new UnreadableFileError({ kind: "zero-bytes" });
  if (data.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) throw new UnreadableFileError({ kind: "legacy-or-encrypted" });
  if (!data.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) throw new UnreadableFileError({ kind: "not-xlsx" });
  // OpenDocument keeps its type uncompressed in the zip's first entry, "mimetype".
  if (data.subarray(0, 120).toString("latin1").includes("application/vnd.oasis.opendocument")) throw new UnreadableFileError({ kind: "ods" });
}

/**
 * A zip with nothing under xl/ is no workbook, whatever its name: said so, naming Word or
 * PowerPoint when it is one of theirs, rather than "empty workbook". Anything with an xl/ part is
 * left to the unpacker.
 */
function refuseOtherPackages(names: string[]): void {
  const lower = names.map((n) => n.toLowerCase());
  if (lower.some((n) => n.startsWith("xl/"))) return;
  if (lower.includes("word/document.xml")) throw new UnreadableFileError({ kind: "word-document" });
  if (lower.includes("ppt/presentation.xml")) throw new UnreadableFileError({ kind: "presentation" });
  throw new UnreadableFileError({ kind: "not-workbook" });
}

const MACRO_EXTENSIONS = [".xlsm", ".xltm", ".xlam"];

function isMacroEnabled(file: string, names: string[]): boolean {
  return MACRO_EXTENSIONS.includes(extname(file).toLowerCase()) || names.some((n) => /(^|\/)vbaproject\.bin$/i.test(n));
}
