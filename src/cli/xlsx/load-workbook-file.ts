/**
 * From a path on disk (or the bytes read from it) to a loaded exceljs workbook, turning every way
 * a file can be unreadable into a ReadProblem. The only place exceljs loads a package; reading the
 * loaded workbook as grids is read-workbook.ts's, called once, never calling back.
 */
import { readFile } from "node:fs/promises";
import { Workbook } from "exceljs";
import type { SheetGrid } from "../../core/grid";
import { contentsOf, keepNameScopes } from "./read-workbook";
import type { WorkbookContents } from "./read-workbook";
import { UnreadableFileError, errnoCode, messageOf } from "../read-problem";
import type { ReadProblem } from "../read-problem";

/** Any readable .xlsx, empty or not (a template may be added to an empty workbook), or why not. */
export type WorkbookFromFile = { ok: true; workbook: Workbook } | { ok: false; problem: ReadProblem };
/** A workbook with something to check, its sheets already read as grids, or why not. */
export type CheckableWorkbook = ({ ok: true; workbook: Workbook } & WorkbookContents) | { ok: false; problem: ReadProblem };

/** An empty workbook is a problem here, as `check` and `compute` report it. */
export async function checkableWorkbookFromFile(file: string): Promise<CheckableWorkbook> {
  const opened = await workbookFromFile(file);
  if (!opened.ok) return opened;
  let contents: WorkbookContents;
  try {
    contents = contentsOf(opened.workbook);
  } catch (err) {
    return { ok: false, problem: { kind: "corrupt", detail: messageOf(err) } };
  }
  const { grids } = contents;
  if (grids.length === 0 || grids.every(isBlankGrid)) return { ok: false, problem: { kind: "empty-workbook" } };
  return { ok: true, workbook: opened.workbook, ...contents };
}

export async function workbookFromFile(file: string): Promise<WorkbookFromFile> {
  try {
    const data = await readBytes(file);
    sniffFormat(data);
    return { ok: true, workbook: await unpack(data) };
  } catch (err) {
    if (err instanceof UnreadableFileError) return { ok: false, problem: err.problem };
    throw err;
  }
}

/** The exceljs workbook in an .xlsx's bytes. Throws whatever exceljs throws on a bad file. */
export async function workbookFromBytes(data: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  keepNameScopes(workbook);
  // exceljs types its input as its own ArrayBuffer-like `Buffer`; a fresh ArrayBuffer satisfies it.
  await workbook.xlsx.load(new Uint8Array(data).buffer);
  return workbook;
}

/** Every sheet of an .xlsx's bytes as a grid, and its names. Throws whatever exceljs throws on a bad file. */
export async function contentsFromBytes(data: Buffer): Promise<WorkbookContents> {
  return contentsOf(await workbookFromBytes(data));
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
    return await workbookFromBytes(data);
  } catch (err) {
    // exceljs/JSZip messages ("End of data reached", "Corrupted zip") are short and help a support call.
    throw new UnreadableFileError({ kind: "corrupt", detail: messageOf(err) });
  }
}

/** True when no cell of the grid shows anything (merges alone do not make a sheet non-empty). */
function isBlankGrid(grid: SheetGrid): boolean {
  return grid.values.every((row) => row.every((v) => v === null));
}
