/**
 * A new workbook written as it is made (exceljs's streaming writer), for `consolidate`: each
 * centre's copy is drawn and committed as soon as its file is read, so a thousand centres never
 * sit in memory together; the summary, drawn last with the templates' own drawing
 * (addBuiltTemplate), is the sheet Excel opens on. The compressed bytes wait in a spool (memory,
 * then a temporary file) and are written through safe-output like every other -o.
 */
import { PassThrough } from "node:stream";
import { stream } from "exceljs";
import type { Workbook, Worksheet } from "exceljs";
import type { CellValue } from "../../core";
import { cellAddress } from "../../core/address";
import { isCellError } from "../../core/grid";
import type { SheetGrid } from "../../core/grid";
import type { LinkCell, LinkSheetRow, ListSheet } from "../../core/consolidate";
import { fileFormula } from "../../core/edits";
import type { TemplateSheet } from "../../core/templates";
import { PERCENT_FORMAT } from "../../core/edits/formulas";
import { ByteSpool } from "../byte-spool";
import { addBuiltTemplate } from "./write-template";
import type { SheetBuilder } from "./write-template";

/** Bytes the compressor may have waiting before the next row of links is written. */
const BACKLOG_BYTES = 1 << 20;

export class StreamBook {
  private readonly spool = new ByteSpool();
  /** Why the spool could not take the bytes (a full disk): said when they are asked for. */
  private failed: unknown = null;
  private readonly out = new PassThrough();
  private readonly book: stream.xlsx.WorkbookWriter;
  private readonly names: string[] = [];

  constructor(today: Date) {
    this.out.on("data", (chunk: Buffer) => {
      if (this.failed !== null) return;
      try {
        this.spool.append(chunk);
      } catch (err) {
        this.failed = err;
        this.spool.discard();
      }
    });
    this.book = new stream.xlsx.WorkbookWriter({ stream: this.out, useStyles: true, useSharedStrings: false });
    this.book.creator = "Pokaznyk";
    this.book.created = today;
  }

  /**
   * A centre's table as read: values where they stood, merges kept, nothing else. Resolves once
   * the zip has taken it: the writer has no back-pressure, and a sheet written while the zip is
   * still busy with earlier ones waits in memory whole.
   */
  async addCopy(grid: SheetGrid, name: string): Promise<void> {
    const sheet = this.book.addWorksheet(name);
    this.names.push(name);
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) sheet.getCell(grid.top + r, grid.left + c).value = excelValue(value);
      }),
    );
    for (const m of grid.merges) sheet.mergeCells(m.top, m.left, m.bottom, m.right);
    await this.committed(sheet);
  }

  /**
   * The summary, drawn as every template is and committed at once (the zip writes sheets in the
   * order they were added, so one left open holds back every sheet after it); Excel opens the
   * workbook on it.
   */
  async addSummary(build: SheetBuilder): Promise<TemplateSheet> {
    const book = this.book;
    const names = this.names;
    let drawn: Worksheet | null = null;
    // The template drawing asks the workbook for its sheets' names and merges without restyling:
    // the streaming writer has neither, so it gets them here (its mergeCells copies the corner's look, which the cells already have).
    const shim = {
      definedNames: book.definedNames,
      get worksheets() {
        return names.map((name) => ({ name }));
      },
      addWorksheet(name: string, options: object) {
        const sheet = book.addWorksheet(name, options) as Worksheet & { mergeCellsWithoutStyle?: Worksheet["mergeCells"] };
        sheet.mergeCellsWithoutStyle = sheet.mergeCells.bind(sheet);
        drawn = sheet;
        return sheet;
      },
    } as unknown as Workbook;
    const template = addBuiltTemplate(shim, build);
    this.book.views = [{ activeTab: this.names.length, firstSheet: 0, x: 0, y: 0, width: 20000, height: 12000, visibility: "visible" }];
    this.names.push(template.name);
    if (drawn) await this.committed(drawn);
    return template;
  }

  /**
   * The centres' links beside the summary, row by row as the engine makes them, each row's cells
   * written as XML straight into the sheet's part. A row is as wide as there are centres (twice):
   * through exceljs's cells a row of a thousand centres' links made ~5 MB of objects and strings,
   * and the peak grew with the centres; as text in pieces it is a few kilobytes at a time. The zip
   * compresses what was written only when the event loop turns, hence the pauses.
   */
  async addLinkSheet(name: string, rows: Iterable<LinkSheetRow>, widths: { text: number; centre: number }): Promise<void> {
    const sheet = this.book.addWorksheet(name, { views: [{ state: "frozen", xSplit: 2, ySplit: 0 }] });
    this.names.push(name);
    sheet.getColumn(1).width = widths.text / 4;
    sheet.getColumn(2).width = widths.text;
    // The writer's own start of the rows (its columns, <sheetData>), as its first row would write them (exceljs 4.4, worksheet-writer).
    const writer = sheet as unknown as { startedData: boolean; _writeColumns(): void; _writeOpenSheetData(): void; stream: { write(text: string): void } };
    writer._writeColumns();
    writer._writeOpenSheetData();
    writer.startedData = true;
    for (const line of rows) {
      let xml = `<row r="${line.row}">`;
      let col = 0;
      for (const cell of line.cells) {
        xml += linkCellXml(cellAddress(line.row, ++col), cell);
        if (xml.length < PIECE_CHARS) continue;
        writer.stream.write(xml);
        xml = "";
        await this.settled(sheet);
      }
      writer.stream.write(`${xml}</row>`);
      await this.settled(sheet);
    }
    await this.committed(sheet);
  }

  /**
   * A plain list the office sorts and filters: bold header, frozen, autofilter. Written at the
   * zip's pace, as the links are: a thousand centres' shortfalls are thousands of rows.
   */
  async addList(list: ListSheet): Promise<void> {
    const sheet = this.book.addWorksheet(list.name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: list.columns.length } };
    this.names.push(list.name);
    sheet.columns = list.columns.map((c) => ({ width: c.width }));
    const header = sheet.getRow(1);
    list.columns.forEach((c, k) => {
      const cell = header.getCell(k + 1);
      cell.value = c.header;
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: "middle" };
    });
    header.commit();
    for (const [r, values] of list.rows.entries()) {
      const row = sheet.getRow(r + 2);
      values.forEach((v, k) => {
        if (v === null) return;
        const cell = row.getCell(k + 1);
        cell.value = excelValue(v);
        if (list.columns[k]?.percent) cell.numFmt = PERCENT_FORMAT;
      });
      row.commit();
      if (r % LIST_ROWS_PER_PAUSE === 0) await this.settled(sheet);
    }
    await this.committed(sheet);
  }

  /**
   * Commits a streamed sheet and waits until the zip has written it out: the writer's own
   * 'zipped' event fires when the sheet ends, however far behind the zip is.
   */
  private committed(sheet: Worksheet): Promise<void> {
    // The archive (`zip`, an archiver instance) is the streaming writer's own, not in exceljs's types.
    const zip = (this.book as unknown as { zip: NodeJS.EventEmitter }).zip;
    const part = `xl/worksheets/sheet${sheet.id}.xml`;
    const done = new Promise<void>((resolve) => {
      const onEntry = (entry: { name: string }) => {
        if (entry.name.replace(/^\//, "") !== part) return;
        zip.removeListener("entry", onEntry);
        this.release(sheet);
        resolve();
      };
      zip.on("entry", onEntry);
    });
    sheet.commit();
    return done;
  }

  /**
   * Waits until the zip has compressed what was written: the streaming writer hands it every row
   * at once whatever its pace, so a sheet of long rows would otherwise wait in memory whole.
   */
  private async settled(sheet: Worksheet): Promise<void> {
    // The sheet's stream and what it pipes into (the zip's compressor) are the writer's own, not in exceljs's types.
    // (archiver's streams are readable-stream 2, which has no writableLength: its state says the same.)
    const pipes = (sheet as unknown as { stream: { pipes?: { _writableState?: { length: number } }[] } }).stream.pipes ?? [];
    const waiting = () => pipes.reduce((sum, p) => sum + (p._writableState?.length ?? 0), 0);
    while (waiting() > BACKLOG_BYTES) await new Promise((resolve) => setImmediate(resolve));
  }

  /**
   * A sheet in the zip is still held by the writer whole (its merges, columns, streams: ~5 KB a
   * centre's copy) though all it reads of it again is what workbook.xml, its relations and
   * [Content_Types] name (exceljs 4.4, workbook-writer's commit): it keeps only that.
   */
  private release(sheet: Worksheet): void {
    const sheets = (this.book as unknown as { _worksheets: unknown[] })._worksheets;
    const { id, name, state, pageSetup } = sheet;
    sheets[id] = { id, name, state, pageSetup, committed: true };
  }

  /** The finished workbook's bytes, in pieces, once; the spool's file is gone when they are read. */
  async bytes(): Promise<AsyncIterable<Uint8Array>> {
    const ended = new Promise<void>((resolve, reject) => {
      this.out.on("end", resolve);
      this.out.on("error", reject);
    });
    await this.book.commit();
    await ended;
    if (this.failed !== null) throw this.failed;
    return this.spool.pieces();
  }

  /** Nothing is written: the temporary file goes now, not at exit. */
  discard(): void {
    this.spool.discard();
  }
}

/** List rows written between two looks at the zip's backlog. */
const LIST_ROWS_PER_PAUSE = 256;

/** Characters of a row's XML gathered before they go to the zip. */
const PIECE_CHARS = 1 << 16;

/**
 * One cell of links as exceljs writes it without shared strings: a formula with its cached result
 * (t="str" where that is text, "" included), or a value (text as t="str").
 */
function linkCellXml(ref: string, cell: LinkCell): string {
  const { value, formula } = cell;
  if (formula) {
    const number = typeof value === "number";
    return `<c r="${ref}"${number ? "" : ' t="str"'}><f>${xmlText(fileFormula(formula).slice(1))}</f><v>${number ? String(value) : xmlText(value === null ? "" : String(value))}</v></c>`;
  }
  if (value === null || value === "") return "";
  if (typeof value === "number") return `<c r="${ref}"><v>${String(value)}</v></c>`;
  return `<c r="${ref}" t="str"><v>${xmlText(String(value))}</v></c>`;
}

/** Text as XML carries it: the five escapes, and characters XML 1.0 cannot hold dropped (as exceljs drops them). */
function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] as string);
}


function excelValue(value: CellValue): import("exceljs").CellValue {
  if (value === null) return null;
  // Excel's error values are a closed set; the grid carries one of them as read.
  if (isCellError(value)) return { error: value.error } as import("exceljs").CellValue;
  return value;
}
