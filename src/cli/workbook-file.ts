/**
 * A workbook file named on the command line, read for checking with src/xlsx's reader: the file
 * read safely (input-file.ts), then unzipped with node:zlib under the reader's limits (each
 * part's size and ratio capped before it is inflated, CRCs verified), and every way that fails
 * turned into the CLI's one-line ReadProblem. No exceljs on this path: `check` starts and reads
 * fast, and a stray cell or a zip bomb costs milliseconds, not gigabytes.
 */
import * as zlib from "node:zlib";
import type { SheetGrid } from "../core/grid";
import { openZip, readWorkbookBytes } from "../xlsx";
import type { DefinedName, Inflate, XlsxContents, XlsxProblem } from "../xlsx";
import { workbookBytesFromFile } from "./input-file";
import { releaseGarbageAfterReading } from "./memory";
import type { ReadProblem } from "./read-problem";

/** node:zlib's raw inflate, never producing more than the zip directory declared for the part. */
export const nodeInflate: Inflate = (data, maxOutputLength) => zlib.inflateRawSync(data, { maxOutputLength });

/** node:zlib's native CRC-32 (Node 20.15 and later); older Nodes use the reader's own. */
const nativeCrc32 = typeof zlib.crc32 === "function" ? (data: Uint8Array) => zlib.crc32(data) : undefined;

/** A workbook read: its bytes (compute and template patch them) and what the reader found in them. */
export type ReadWorkbook = ({ ok: true; bytes: Uint8Array } & XlsxContents) | { ok: false; problem: ReadProblem };

/**
 * The file read as a workbook. An empty workbook (no sheet shows anything) is a problem unless
 * `allowEmpty`: `check` and `compute` have nothing to do with one, `template` adds to it.
 */
export async function readWorkbookFile(file: string, options: { allowEmpty?: boolean } = {}): Promise<ReadWorkbook> {
  const read = await workbookBytesFromFile(file);
  if (!read.ok) return read;
  return readWorkbook(read.bytes, options);
}

export function readWorkbook(bytes: Uint8Array, options: { allowEmpty?: boolean } = {}): ReadWorkbook {
  const result = readWorkbookBytes(bytes, { inflate: nodeInflate, crc32: nativeCrc32 });
  // The parts' bytes and XML text are garbage now; the check that comes next should reuse their memory.
  releaseGarbageAfterReading(bytes.length);
  if (!result.ok) return { ok: false, problem: readProblemOf(result.problem, bytes) };
  if (!options.allowEmpty && result.grids.every(isBlankGrid)) return { ok: false, problem: { kind: "empty-workbook" } };
  return { ...result, bytes };
}

/** The reader's reason as the CLI words it; kinds both know keep their name. */
function readProblemOf(problem: XlsxProblem, bytes: Uint8Array): ReadProblem {
  const { detail } = problem;
  const withDetail = (kind: ReadProblem["kind"]): ReadProblem => (detail ? { kind, detail } : { kind });
  switch (problem.kind) {
    case "zero-bytes":
    case "legacy-or-encrypted":
    case "not-xlsx":
    case "ods":
      return { kind: problem.kind };
    case "corrupt":
    case "crc":
    case "unsupported":
    case "sheet-too-large":
      return withDetail(problem.kind);
    case "too-large":
      // A part (or all of them) inflating past the limits: a zip bomb, not a big file on disk.
      return withDetail("unpacks-too-large");
    case "not-a-workbook":
      return otherPackage(detail, bytes);
  }
}

/** A .docx or .pptx is named for what it is, whether its content types say so or only its parts. */
function otherPackage(detail: string | undefined, bytes: Uint8Array): ReadProblem {
  const names = entryNames(bytes);
  if (detail === "a Word document" || names.includes("word/document.xml")) return { kind: "word-document" };
  if (detail === "a PowerPoint presentation" || names.includes("ppt/presentation.xml")) return { kind: "presentation" };
  // Parts under xl/ but no workbook: a damaged workbook rather than some other archive.
  if (names.some((n) => n.startsWith("xl/"))) return detail ? { kind: "corrupt", detail } : { kind: "corrupt" };
  return { kind: "not-workbook" };
}

function entryNames(bytes: Uint8Array): string[] {
  try {
    return openZip(bytes).entries.map((e) => e.name.toLowerCase());
  } catch {
    return [];
  }
}

/** True when no cell of the grid shows anything (merges alone do not make a sheet non-empty). */
function isBlankGrid(grid: SheetGrid): boolean {
  return grid.values.every((row) => row.every((v) => v === null));
}

/**
 * Each defined name with the first range it covers, as the form stamps are read
 * (core/templates/stamp.ts): sheets' own names first, as inside its sheet a sheet's name wins
 * over the workbook's, and as the task pane reads them (a sheet's names, then the workbook's).
 * Excel's own names (_xlnm.*) and names that are no reference (a constant, a formula) are no stamp.
 */
export function nameReferences(names: DefinedName[]): { name: string; reference: string }[] {
  const usable = names.filter((n) => !n.name.startsWith("_xlnm.") && n.ranges.length > 0);
  // A stamp is one rectangle; the first range is its header even if a tool split it.
  const ordered = [...usable.filter((n) => n.localSheet !== undefined), ...usable.filter((n) => n.localSheet === undefined)];
  return ordered.map(({ name, ranges }) => ({ name, reference: ranges[0] }));
}


