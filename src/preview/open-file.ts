/**
 * «Відкрити файл…»: a user's own .xlsx into the fake workbook, shown as Excel's API would show it
 * to the add-in (src/xlsx/excel-view: serial dates beside their formats, error values, formulas
 * with cached values, merges, every sheet in tab order, hidden ones too, scoped names). Nothing
 * leaves the browser. A file that cannot be read gives one line saying why, never an exception.
 */
import type { Lang } from "../core/types";
import { workbookJson, type OpenedJson } from "../fake-excel/from-excel-view";
import type { AsyncInflate, ReadLimits, XlsxProblem } from "../xlsx";
import { readExcelWorkbook } from "../xlsx/excel-view";
import { streamInflate } from "./inflate";

/** What a file picker or a drop hands over (a browser File; tests build one from a fixture). */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type OpenProblem = XlsxProblem | { kind: "file-too-large"; detail: string } | { kind: "no-sheets" };

export type Opened =
  | ({ ok: true } & OpenedJson)
  | { ok: false; problem: OpenProblem };

/** Bytes read into the tab at most: the whole file is held in memory while it is unpacked. */
const MAX_FILE_BYTES = 100 * 1024 * 1024;
/**
 * The reader's bounds (a sheet's grid, a part's size and ratio), with less inflated XML in all
 * than the CLI allows: a browser tab holds the text, the grids and the fake at once.
 */
const PREVIEW_LIMITS: Partial<ReadLimits> = { maxTotalBytes: 384 * 1024 * 1024 };

export async function openWorkbookFile(file: FileLike, options: { inflate?: AsyncInflate } = {}): Promise<Opened> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: { kind: "file-too-large", detail: `${mib(file.size)} MiB` } };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return { ok: false, problem: { kind: "corrupt", detail: String((error as Error)?.message ?? error).slice(0, 120) } };
  }
  let read;
  try {
    read = await readExcelWorkbook(bytes, { inflate: options.inflate ?? streamInflate(), limits: PREVIEW_LIMITS });
  } catch (error) {
    // A bug in the reader, or the browser out of memory: still one line, not a broken page.
    return { ok: false, problem: { kind: "corrupt", detail: String((error as Error)?.message ?? error).slice(0, 120) } };
  }
  if (!read.ok) return read;
  if (read.workbook.sheets.length === 0) return { ok: false, problem: { kind: "no-sheets" } };
  return { ok: true, ...workbookJson(read.workbook, file.name) };
}

function mib(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

const REASONS: Record<Lang, Record<OpenProblem["kind"], string>> = {
  uk: {
    "zero-bytes": "Файл порожній (0 байтів): це не книга Excel.",
    "legacy-or-encrypted": "Книга у старому форматі .xls або захищена паролем: збережіть її в Excel як .xlsx без пароля.",
    "not-xlsx": "Це не книга Excel (.xlsx).",
    ods: "Це таблиця LibreOffice (.ods): збережіть її як книгу Excel (.xlsx).",
    corrupt: "Файл .xlsx пошкоджений, його не вдалося прочитати.",
    crc: "Файл .xlsx пошкоджений: частина не збігається зі своєю контрольною сумою.",
    "too-large": "Файл завеликий для попереднього перегляду.",
    "not-a-workbook": "Це не книга Excel.",
    unsupported: "Такий файл попередній перегляд не читає.",
    "sheet-too-large": "Аркуш завеликий для попереднього перегляду.",
    "file-too-large": "Файл завеликий для попереднього перегляду (понад 100 МіБ).",
    "no-sheets": "У книзі немає аркушів з клітинками.",
  },
  en: {
    "zero-bytes": "The file is empty (0 bytes): not an Excel workbook.",
    "legacy-or-encrypted": "An old .xls workbook or a password-protected one: save it in Excel as .xlsx without a password.",
    "not-xlsx": "Not an Excel workbook (.xlsx).",
    ods: "A LibreOffice spreadsheet (.ods): save it as an Excel workbook (.xlsx).",
    corrupt: "The .xlsx file is corrupt and cannot be read.",
    crc: "The .xlsx file is corrupt: a part does not match its checksum.",
    "too-large": "The file is too large for the preview.",
    "not-a-workbook": "Not an Excel workbook.",
    unsupported: "The preview cannot read this kind of file.",
    "sheet-too-large": "A sheet is too large for the preview.",
    "file-too-large": "The file is too large for the preview (over 100 MiB).",
    "no-sheets": "The workbook has no sheets with cells.",
  },
};

/** One line: the reason in the UI's language, then the reader's own detail (the part, the sheet). */
export function problemMessage(file: string, problem: OpenProblem, lang: Lang): string {
  const detail = "detail" in problem && problem.detail ? ` (${problem.detail})` : "";
  return `${file}: ${REASONS[lang][problem.kind]}${detail}`.replace(/\s+/g, " ");
}

/** The note after a file opened with far stray cells left out (the reader's bounded grid). */
export function leftOutMessage(notes: { leftOut: number; cells: string[] }, lang: Lang): string {
  const where = notes.cells.join(", ");
  return lang === "en"
    ? `${notes.leftOut} far cell(s) beyond the table were left out (${where}…).`
    : `Далекі клітинки поза таблицею не показано: ${notes.leftOut} (${where}…).`;
}
