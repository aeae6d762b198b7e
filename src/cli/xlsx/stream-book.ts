/**
 * A new workbook written as it is made (exceljs's streaming writer), for `consolidate`: each
 * centre's copy is drawn and committed as soon as its file is read, so a thousand centres never
 * sit in memory together; the summary, drawn last with the templates' own drawing
 * (addBuiltTemplate), is the sheet Excel opens on. The compressed bytes gather in memory and are
 * written through safe-output like every other -o.
 */
import { PassThrough } from "node:stream";
import { stream } from "exceljs";
import type { Workbook, Worksheet } from "exceljs";
import type { CellValue } from "../../core";
import { isCellError } from "../../core/grid";
import type { SheetGrid } from "../../core/grid";
import type { ListSheet } from "../../core/consolidate";
import type { TemplateSheet } from "../../core/templates";
import { PERCENT_FORMAT } from "../../core/edits/formulas";
import { addBuiltTemplate } from "./write-template";
import type { SheetBuilder } from "./write-template";

export class StreamBook {
  private readonly chunks: Buffer[] = [];
  private readonly out = new PassThrough();
  private readonly book: stream.xlsx.WorkbookWriter;
  private readonly names: string[] = [];

  constructor(today: Date) {
    this.out.on("data", (chunk: Buffer) => this.chunks.push(chunk));
    this.book = new stream.xlsx.WorkbookWriter({ stream: this.out, useStyles: true, useSharedStrings: false });
    this.book.creator = "Pokaznyk";
    this.book.created = today;
  }

  /** A centre's table as read: values where they stood, merges kept, nothing else. */
  addCopy(grid: SheetGrid, name: string): void {
    const sheet = this.book.addWorksheet(name);
    this.names.push(name);
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) sheet.getCell(grid.top + r, grid.left + c).value = excelValue(value);
      }),
    );
    for (const m of grid.merges) sheet.mergeCells(m.top, m.left, m.bottom, m.right);
    sheet.commit();
  }

  /** The summary, drawn as every template is; Excel opens the workbook on it. */
  addSummary(build: SheetBuilder): TemplateSheet {
    const book = this.book;
    const names = this.names;
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
        return sheet;
      },
    } as unknown as Workbook;
    const template = addBuiltTemplate(shim, build);
    this.book.views = [{ activeTab: this.names.length, firstSheet: 0, x: 0, y: 0, width: 20000, height: 12000, visibility: "visible" }];
    this.names.push(template.name);
    return template;
  }

  /** A plain list the office sorts and filters: bold header, frozen, autofilter. */
  addList(list: ListSheet): void {
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
    list.rows.forEach((values, r) => {
      const row = sheet.getRow(r + 2);
      values.forEach((v, k) => {
        if (v === null) return;
        const cell = row.getCell(k + 1);
        cell.value = excelValue(v);
        if (list.columns[k]?.percent) cell.numFmt = PERCENT_FORMAT;
      });
      row.commit();
    });
    sheet.commit();
  }

  async bytes(): Promise<Uint8Array> {
    const ended = new Promise<void>((resolve, reject) => {
      this.out.on("end", resolve);
      this.out.on("error", reject);
    });
    await this.book.commit();
    await ended;
    return new Uint8Array(Buffer.concat(this.chunks));
  }
}

function excelValue(value: CellValue): import("exceljs").CellValue {
  if (value === null) return null;
  // Excel's error values are a closed set; the grid carries one of them as read.
  if (isCellError(value)) return { error: value.error } as import("exceljs").CellValue;
  return value;
}
