/** From a path on disk to sheet grids, turning every way a file can be unreadable into a ReadProblem. */
import { readFile } from "node:fs/promises";
import type { Workbook } from "exceljs";
import { isBlankGrid, openWorkbook, readContents } from "./read-workbook";
import type { WorkbookContents } from "./read-workbook";
import { UnreadableFileError } from "../read-problem";
import type { ReadProblem } from "../read-problem";

export type OpenedWorkbook = { ok: true; workbook: Workbook } | { ok: false; problem: ReadProblem };
export type LoadedWorkbook = ({ ok: true; workbook: Workbook } & WorkbookContents) | { ok: false; problem: ReadProblem };

/** A workbook with something to check: an empty one is a problem here, as `check` reports it. */
export async function loadWorkbookFile(file: string): Promise<LoadedWorkbook> {
  const opened = await openWorkbookFile(file);
  if (!opened.ok) return opened;
  let contents: WorkbookContents;
  try {
    contents = readContents(opened.workbook);
  } catch (err) {
    return { ok: false, problem: { kind: "corrupt", detail: messageOf(err) } };
  }
  const { grids } = contents;
  if (grids.length === 0 || grids.every(isBlankGrid)) return { ok: false, problem: { kind: "empty-workbook" } };
  return { ok: true, workbook: opened.workbook, ...contents };
}

/** Any readable .xlsx, empty or not (a template may be added to an empty workbook). */
export async function openWorkbookFile(file: string): Promise<OpenedWorkbook> {
  try {
    const data = await readBytes(file);
    sniffFormat(data);
    return { ok: true, workbook: await unpack(data) };
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
  // OpenDocument keeps its type uncompressed in the zip's first entry, "mimetype".
  if (data.subarray(0, 120).toString("latin1").includes("application/vnd.oasis.opendocument")) throw new UnreadableFileError({ kind: "ods" });
}

async function unpack(data: Buffer): Promise<Workbook> {
  try {
    return await openWorkbook(data);
  } catch (err) {
    // exceljs/JSZip messages ("End of data reached", "Corrupted zip") are short and help a support call.
    throw new UnreadableFileError({ kind: "corrupt", detail: messageOf(err) });
  }
}

/** For a one-line message: the errno code ("EACCES") when there is one, else the first line of the message. */
export function errorDetail(err: unknown): string {
  return errnoCode(err) ?? messageOf(err);
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
