/**
 * A workbook reader made for checking: .xlsx bytes in, the engine's sheet grids and the
 * workbook's defined names out, or one typed reason why not. Pure TypeScript with no Node
 * imports (the browser preview can use it); decompression is injected:
 *
 *   readWorkbookBytes(bytes, { inflate: (d, max) => zlib.inflateRawSync(d, { maxOutputLength: max }) })
 *
 * It reads only what checking needs: [Content_Types].xml, the relationships, workbook.xml,
 * styles.xml (date formats), sharedStrings.xml and each worksheet once. Everything is bounded:
 * part sizes and ratios before inflating (zip.ts), grids by the area their cells occupy (layout.ts).
 */
import type { SheetGrid } from "../core/grid";
import { definedNames } from "./defined-names";
import type { DefinedName } from "./defined-names";
import { DEFAULT_LAYOUT_LIMITS, boundedGrid } from "./layout";
import type { LayoutLimits, StrayCells } from "./layout";
import { contentTypeOf, parseContentTypes, parseRelationships, relsPartOf, resolveTarget } from "./package";
import type { ContentTypes, Relationship } from "./package";
import { XlsxError, fail } from "./problem";
import type { XlsxProblem } from "./problem";
import { readSheet } from "./sheet";
import { parseSharedStrings } from "./strings";
import { parseDateStyles } from "./styles";
import { parseWorkbook } from "./workbook";
import type { SheetState } from "./workbook";
import { xmlText } from "./xml";
import { DEFAULT_ZIP_LIMITS, checkAfterInflating, checkBeforeInflating, findEntry, inflateEntry, openZip, rawEntryData } from "./zip";
import type { Inflate, ZipArchive, ZipEntry, ZipLimits } from "./zip";

export type { DefinedName } from "./defined-names";
export type { StrayCells, LayoutLimits } from "./layout";
export type { XlsxProblem, XlsxProblemKind } from "./problem";
export type { Inflate, ZipLimits, ZipEntry, ZipArchive } from "./zip";
export type { SheetState } from "./workbook";
export { openZip, findEntry, rawEntryData, readEntry } from "./zip";

export type ReadLimits = ZipLimits & LayoutLimits;
export const DEFAULT_READ_LIMITS: ReadLimits = { ...DEFAULT_ZIP_LIMITS, ...DEFAULT_LAYOUT_LIMITS };

export interface ReadOptions {
  inflate: Inflate;
  /** A faster CRC-32 (zip's, as node:zlib's crc32) than the reader's own, where there is one. */
  crc32?: (data: Uint8Array) => number;
  limits?: Partial<ReadLimits>;
}

/** Like Inflate, for decompressors that answer later (a browser's DecompressionStream). */
export type AsyncInflate = (compressed: Uint8Array, maxOutputLength: number) => Uint8Array | Promise<Uint8Array>;

export interface SheetInfo {
  name: string;
  state: SheetState;
  /** The worksheet's part ("xl/worksheets/sheet1.xml"). */
  part: string;
}

export interface XlsxContents {
  /** Every worksheet in tab order (chart sheets left out), as src/cli/read-workbook.ts gives them. */
  grids: SheetGrid[];
  /** Every defined name, in the order written; `ranges` as the CLI's DefinedName has them. */
  definedNames: DefinedName[];
  /** The worksheets behind `grids`, same order. */
  sheets: SheetInfo[];
  /** Far cells left out of a grid, one entry per sheet that had any. */
  strays: StrayCells[];
  date1904: boolean;
  /** The workbook part is macro-enabled (.xlsm/.xltm). */
  macroEnabled: boolean;
}

export type XlsxReadResult = ({ ok: true } & XlsxContents) | { ok: false; problem: XlsxProblem };

/** Reads a workbook; never throws for anything a file can do (a bug in the reader still throws). */
export function readWorkbookBytes(bytes: Uint8Array, options: ReadOptions): XlsxReadResult {
  try {
    const limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
    const zip = openPackage(bytes);
    const reading = readPackage(zip, limits);
    for (let step = reading.next(); ; ) {
      if (step.done) return { ok: true, ...step.value };
      const entry = step.value;
      checkBeforeInflating(zip, entry, limits);
      const raw = rawEntryData(zip, entry);
      step = reading.next(checkAfterInflating(zip, entry, entry.method === 0 ? raw : inflateEntry(entry, raw, options.inflate), options.crc32));
    }
  } catch (err) {
    return { ok: false, problem: problemOf(err) };
  }
}

/** The same, with a decompressor that may answer asynchronously. */
export async function readWorkbookBytesAsync(bytes: Uint8Array, options: { inflate: AsyncInflate; limits?: Partial<ReadLimits> }): Promise<XlsxReadResult> {
  try {
    const limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
    const zip = openPackage(bytes);
    const reading = readPackage(zip, limits);
    for (let step = reading.next(); ; ) {
      if (step.done) return { ok: true, ...step.value };
      const entry = step.value;
      checkBeforeInflating(zip, entry, limits);
      const raw = rawEntryData(zip, entry);
      let data = raw;
      if (entry.method !== 0 && entry.uncompressedSize > 0) {
        try {
          data = await options.inflate(raw, entry.uncompressedSize);
        } catch (err) {
          fail("corrupt", `cannot inflate ${entry.name}: ${err instanceof Error ? err.message : String(err)}`);
        }
      } else if (entry.method !== 0) data = new Uint8Array(0);
      step = reading.next(checkAfterInflating(zip, entry, data));
    }
  } catch (err) {
    return { ok: false, problem: problemOf(err) };
  }
}

function problemOf(err: unknown): XlsxProblem {
  if (err instanceof XlsxError) return err.problem;
  // V8's own limits (a string or array too long for memory) on input that passed ours.
  if (err instanceof RangeError) return { kind: "too-large", detail: err.message.split("\n")[0].slice(0, 120) };
  throw err;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The first bytes tell an .xls, a password-protected workbook or a renamed text file from a zip. */
function openPackage(bytes: Uint8Array): ZipArchive {
  if (bytes.length === 0) fail("zero-bytes");
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) fail("legacy-or-encrypted");
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) fail("not-xlsx");
  return openZip(bytes);
}

/**
 * The reading itself, as a generator that yields each zip entry it needs and is resumed with
 * the entry's verified bytes: one pipeline for synchronous and asynchronous inflate alike.
 */
function* readPackage(zip: ZipArchive, limits: ReadLimits): Generator<ZipEntry, XlsxContents, Uint8Array> {
  function* part(name: string): Generator<ZipEntry, string | null, Uint8Array> {
    const entry = findEntry(zip, name);
    if (!entry) return null;
    return xmlText(yield entry);
  }

  const mimetype = findEntry(zip, "mimetype");
  if (mimetype && mimetype.uncompressedSize < 200) {
    const text = new TextDecoder().decode(yield mimetype);
    if (text.startsWith("application/vnd.oasis.opendocument")) fail("ods");
  }
  const typesText = yield* part("[Content_Types].xml");
  const types = typesText === null ? null : parseContentTypes(typesText);
  const rootRelsText = yield* part("_rels/.rels");
  const rootRels = rootRelsText === null ? [] : parseRelationships(rootRelsText, "_rels/.rels", "");
  const main = rootRels.find((r) => r.type === "officeDocument" && !r.external)?.target ?? "xl/workbook.xml";
  checkMainPart(zip, main, types);

  const workbook = parseWorkbook((yield* part(main)) as string, main);
  const relsText = yield* part(relsPartOf(main));
  const rels = relsText === null ? [] : parseRelationships(relsText, relsPartOf(main), main);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const partOf = (type: string, conventional: string): string => rels.find((r) => r.type === type && !r.external)?.target ?? resolveTarget(main, conventional);

  const stylesText = yield* part(partOf("styles", "styles.xml"));
  const dateStyles = stylesText === null ? new Uint8Array(0) : parseDateStyles(stylesText, partOf("styles", "styles.xml"));
  const stringsText = yield* part(partOf("sharedStrings", "sharedStrings.xml"));
  const strings = stringsText === null ? [] : parseSharedStrings(stringsText, partOf("sharedStrings", "sharedStrings.xml"));

  const grids: SheetGrid[] = [];
  const sheets: SheetInfo[] = [];
  const strays: StrayCells[] = [];
  for (const sheet of workbook.sheets) {
    const rel: Relationship | undefined = byId.get(sheet.relId);
    // Chart sheets, dialog and macro sheets have no cells to check; exceljs leaves them out too.
    if (!rel || rel.external || rel.type !== "worksheet") continue;
    const text = yield* part(rel.target);
    if (text === null) fail("corrupt", `sheet "${sheet.name}": its part ${rel.target} is missing`);
    const cells = readSheet(text, rel.target, { name: sheet.name, strings, dateStyles, date1904: workbook.date1904 });
    const laid = boundedGrid(sheet.name, cells, limits);
    grids.push(laid.grid);
    sheets.push({ name: sheet.name, state: sheet.state, part: rel.target });
    if (laid.strays) strays.push(laid.strays);
  }
  const mainType = types ? (contentTypeOf(types, main) ?? "") : "";
  return {
    grids,
    definedNames: definedNames(workbook.names, workbook.sheets),
    sheets,
    strays,
    date1904: workbook.date1904,
    macroEnabled: /macroEnabled/i.test(mainType),
  };
}

/** The package's main part must be a workbook in XML: a .docx, .pptx or .xlsb is named as such. */
function checkMainPart(zip: ZipArchive, main: string, types: ContentTypes | null): void {
  const type = types ? (contentTypeOf(types, main) ?? "") : "";
  if (/sheet\.binary|\.bin$/i.test(type) || /\.bin$/i.test(main)) fail("unsupported", "a binary workbook (.xlsb); save it as .xlsx");
  if (/wordprocessingml/.test(type)) fail("not-a-workbook", "a Word document");
  if (/presentationml/.test(type)) fail("not-a-workbook", "a PowerPoint presentation");
  if (type !== "" && !/spreadsheetml|ms-excel/.test(type)) fail("not-a-workbook", `its main part is ${type.slice(0, 80)}`);
  if (!findEntry(zip, main)) fail("not-a-workbook", `no ${main} in the package`);
}
