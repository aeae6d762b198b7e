/**
 * `workbook.insertWorksheetsFromBase64` (ExcelApi 1.13) in the fake, as Excel does it: the file
 * arrives as base64 inside the request (so Excel on the web's 5 MB request limit counts it, which
 * the context's sync enforces), is opened as Excel opens a file (src/xlsx/excel-view, the same
 * view «Відкрити файл…» gives the preview), and copies of the sheets asked for (all by default)
 * go in at the end or where `positionType`/`relativeTo` say. A sheet whose name is taken comes in
 * renamed as Excel names a copy («Звіт (2)»). Names scoped to a sheet, and the file's names that
 * point into it, come along as the new sheet's own. The answer is the new sheets' ids.
 *
 * Called on an Excel below 1.13 it throws at once, before any sync, as Microsoft's client does
 * (ApiNotFound from throwIfApiNotSupported). A string that is not base64, or bytes that are not a
 * workbook Excel can open, fail the sync with InvalidArgument: Excel's exact code for an unreadable
 * file is not documented, and what matters to the adapter is that the sync fails and nothing is inserted.
 */
import { sameSheet } from "../core/address";
import { tokenize } from "../core/formula";
import type { XlInsertWorksheetOptions } from "../excel/types";
import { streamInflate } from "../preview/inflate";
import { readExcelWorkbook } from "../xlsx/excel-view";
import { FakeClientResult, type FakeRequestContext } from "./context";
import { copyName, retarget } from "./copy-sheet";
import { FakeExcelError } from "./error";
import { workbookJson } from "./from-excel-view";
import { workbookFromJson } from "./json";
import type { FakeName, FakeSheet, FakeWorkbook } from "./model";

export function insertWorksheetsFromBase64(ctx: FakeRequestContext, base64File: string, options: XlInsertWorksheetOptions = {}): FakeClientResult<string[]> {
  if (compareApi(ctx.book.apiVersion, "1.13") < 0) {
    throw new FakeExcelError("ApiNotFound", "The API you are trying to use could not be found. It may be available in a newer version of Excel (Workbook.insertWorksheetsFromBase64, ExcelApi 1.13).");
  }
  const result = new FakeClientResult<string[]>();
  let source: FakeWorkbook | FakeExcelError | null = null;
  ctx.enqueue({
    request: { call: "workbook/insertWorksheetsFromBase64", base64File, options },
    prepare: async () => {
      source = await openSource(base64File);
    },
    run: () => {
      if (source === null) throw new FakeExcelError("GeneralException", "The file was not read.");
      if (source instanceof FakeExcelError) throw source;
      const ids = insertCopies(ctx.book, source, options);
      result.resolve(ids);
      return ids;
    },
    writes: true,
  });
  return result;
}

async function openSource(base64: string): Promise<FakeWorkbook | FakeExcelError> {
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  } catch {
    return new FakeExcelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  }
  const read = await readExcelWorkbook(bytes, { inflate: streamInflate() }).catch(() => null);
  if (!read?.ok) return new FakeExcelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  return workbookFromJson(workbookJson(read.workbook, "").json);
}

function insertCopies(book: FakeWorkbook, source: FakeWorkbook, options: XlInsertWorksheetOptions): string[] {
  const asked = options.sheetNamesToInsert?.length ? options.sheetNamesToInsert : null;
  for (const name of asked ?? []) if (!source.sheet(name)) throw new FakeExcelError("ItemNotFound", `The file has no sheet "${name}".`);
  // In the file's tab order, whatever order they were asked in.
  const sheets = source.sheets.filter((s) => !asked || asked.some((a) => sameSheet(a, s.name)));
  let at = insertIndex(book, options);
  const renamed = new Map<string, string>();
  for (const sheet of sheets) {
    const old = sheet.name;
    const name = book.sheets.some((s) => sameSheet(s.name, old)) ? copyName(book, old) : old;
    renamed.set(old, name);
    sheet.name = name;
    sheet.id = "";
    book.sheets.splice(at++, 0, sheet);
    book.idOf(sheet);
  }
  for (const sheet of sheets) for (const [old, name] of renamed) if (old !== name) retargetCells(sheet, old, name);
  book.names.push(...carriedNames(source.names, renamed));
  return sheets.map((s) => book.idOf(s));
}

function insertIndex(book: FakeWorkbook, options: XlInsertWorksheetOptions): number {
  const position = options.positionType ?? "End";
  if (position === "Beginning") return 0;
  if (position !== "Before" && position !== "After") return book.sheets.length;
  const anchor = options.relativeTo === undefined ? -1 : book.sheets.findIndex((s) => s.name === options.relativeTo || book.idOf(s) === options.relativeTo);
  if (anchor < 0) {
    if (options.relativeTo !== undefined) throw new FakeExcelError("ItemNotFound", `No sheet "${options.relativeTo}".`);
    return position === "Before" ? 0 : book.sheets.length;
  }
  return position === "Before" ? anchor : anchor + 1;
}

function retargetCells(sheet: FakeSheet, from: string, to: string): void {
  for (const [, cell] of sheet.entries()) if (cell.formula) cell.formula = retarget(cell.formula, from, to);
}

/** The file's names scoped to an inserted sheet, and those pointing into one, as that sheet's own. */
function carriedNames(names: FakeName[], renamed: Map<string, string>): FakeName[] {
  const carried: FakeName[] = [];
  for (const n of names) {
    const into = n.sheet ?? [...renamed.keys()].find((old) => tokenize(n.formula).some((t) => t.kind === "ref" && t.sheet !== null && sameSheet(t.sheet, old)));
    const to = into === undefined ? undefined : renamed.get(into);
    if (to === undefined) continue;
    let formula = n.formula;
    for (const [old, name] of renamed) formula = retarget(formula, old, name);
    carried.push({ name: n.name, formula, sheet: to });
  }
  return carried;
}

function compareApi(a: string, b: string): number {
  const [pa, pb] = [a.split(".").map(Number), b.split(".").map(Number)];
  return (pa[0] - pb[0]) * 1000 + ((pa[1] ?? 0) - (pb[1] ?? 0));
}
