/** From a path on disk to sheet grids, turning every way a file can be unreadable into a ReadProblem. */
import { readFile } from "node:fs/promises";
import type { SheetGrid } from "../core/grid";
import { isBlankGrid, readWorkbook } from "./read-workbook";
import { UnreadableFileError } from "./read-problem";
import type { ReadProblem } from "./read-problem";

export type LoadedWorkbook = { ok: true; grids: SheetGrid[] } | { ok: false; problem: ReadProblem };

export async function loadWorkbookFile(file: string): Promise<LoadedWorkbook> {
  try {
    const data = await readBytes(file);
    sniffFormat(data);
    const grids = await unpack(data);
    if (grids.length === 0 || grids.every(isBlankGrid)) return { ok: false, problem: { kind: "empty-workbook" } };
    return { ok: true, grids };
  } catch (err) {
    if (err instanceof UnreadableFileError) return { ok: false, problem: err.problem };
    throw err;
  }
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (err) {
    const code = errnoCode(err);
    if (code === "ENOENT" || code === "ENOTDIR") throw new UnreadableFileError({ kind: "not-found" });
    if (code === "EISDIR") throw new UnreadableFileError({ kind: "directory" });
    if (code === "EACCES" || code === "EPERM") throw new UnreadableFileError({ kind: "no-permission" });
    throw new UnreadableFileError({ kind: "io", detail: code ?? messageOf(err) });
  }
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE2 compound file: Excel 97-2003 .xls, and also what Excel writes for a password-protected .xlsx. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Looks at the first bytes so a renamed text file or an .xls gets a precise reason, not a zip error. */
function sniffFormat(data: Buffer): void {
  if (data.length === 0) throw new UnreadableFileError({ kind: "zero-bytes" });
  if (data.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) throw new UnreadableFileError({ kind: "legacy-or-encrypted" });
  if (!data.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) throw new UnreadableFileError({ kind: "not-xlsx" });
}

async function unpack(data: Buffer): Promise<SheetGrid[]> {
  try {
    return await readWorkbook(data);
  } catch (err) {
    // exceljs/JSZip messages ("End of data reached", "Corrupted zip") are short and help a support call.
    throw new UnreadableFileError({ kind: "corrupt", detail: messageOf(err) });
  }
}

function errnoCode(err: unknown): string | undefined {
  if (typeof err === "object" && err !== null && "code" in err && typeof err.code === "string") return err.code;
  return undefined;
}

export function messageOf(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const firstLine = message.split(/\r?\n/)[0].trim();
  return firstLine.length > 120 ? `${firstLine.slice(0, 117)}…` : firstLine;
}
