/**
 * The fake Excel: an in-memory workbook (./model, saved as ./json) behind a fake of the Excel
 * JavaScript API, one file per object it fakes (./context, ./workbook, ./worksheet, ./range,
 * ./settings, ./names, ./features, ./format) and a small formula evaluator (./calc). The adapter
 * tests and the browser preview both run the real adapter on it.
 */
import type { ExcelHost, XlContext } from "../excel/types";
import { FakeRequestContext, type SyncRecord } from "./context";
import { workbookFromJson, type WorkbookJson } from "./json";
import { parseAddress } from "../core/address";
import { recalculate } from "./calc";
import { typed } from "./cell-values";
import { copySheet } from "./copy-sheet";
import type { FakeSheet, FakeWorkbook } from "./model";
import { FakeWorkbookApi } from "./workbook";

export { FakeWorkbook, FakeSheet, CURRENT_EXCEL_API } from "./model";
export type { FakeStyle, FakeValue, FakeCell, Selection, FakeXmlPart } from "./model";
export { workbookFromJson, workbookToJson, sheetSnapshot } from "./json";
export type { WorkbookJson, SheetJson, CellJson, CellLook } from "./json";
export { FakeRequestContext, type SyncRecord } from "./context";
export { FakeExcelError } from "./error";

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** Excel.run and the requirement-set check, over a FakeWorkbook; counts every sync. */
export class FakeExcel implements ExcelHost {
  /** Every sync since construction or the last resetStats(). */
  syncs: SyncRecord[] = [];

  constructor(readonly book: FakeWorkbook) {}

  static fromJson(json: WorkbookJson): FakeExcel {
    return new FakeExcel(workbookFromJson(json));
  }

  async run<T>(batch: (context: XlContext) => Promise<T>): Promise<T> {
    const context = new FakeRequestContext(this.book, (record) => this.syncs.push(record), (ctx) => new FakeWorkbookApi(ctx));
    const result = await batch(context);
    // Like Excel.run: whatever is still queued is sent when the batch ends.
    if (context.pending) await context.sync();
    return result;
  }

  isSetSupported(name: string, minVersion: string): boolean {
    return name === "ExcelApi" && compareVersions(minVersion, this.book.apiVersion) <= 0;
  }

  /** What the user does with Move or Copy… › Create a copy: the copy goes right after the sheet (./copy-sheet). */
  copySheet(name: string): FakeSheet {
    const source = this.book.sheet(name);
    if (!source) throw new Error(`No sheet ${name}`);
    const copy = copySheet(this.book, source);
    this.book.notify();
    return copy;
  }

  /**
   * What the user does by typing into a cell and pressing Enter: Excel reads the text as typing
   * does (a number, a formula), recalculates, and raises worksheets.onChanged for the cell.
   */
  type(sheetName: string, cell: string, text: string): void {
    const sheet = this.book.sheet(sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    const { row, col } = parseAddress(cell);
    const { value, formula } = typed(text);
    sheet.setValue(row, col, value, formula);
    recalculate(this.book);
    this.book.notify();
    this.book.changed({ sheet: sheet.name, address: cell.toUpperCase(), triggerSource: "Unknown" });
  }

  resetStats(): void {
    this.syncs = [];
  }
}
