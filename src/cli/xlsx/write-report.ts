/**
 * `check --report RESULT.xlsx` drawn with exceljs (loaded only for this, from its own chunk): a
 * summary sheet, one row per file and sheet with its verdict coloured and a link to its first
 * finding, and a findings sheet. Both are made to be sorted and filtered in Excel: one header row,
 * frozen, with an autofilter; printed landscape, fit to the page's width, the header on each page.
 * Written with exceljs's streaming writer, each row committed as it is added: a thousand files'
 * findings as exceljs's cell objects were most of the run's memory (~80 MB at 1,000 files).
 */
import { PassThrough } from "node:stream";
import { stream } from "exceljs";
import type { Fill, Font, Workbook, Worksheet } from "exceljs";
import type { ReportText } from "../office-text";
import type { ReportRowSource, ReportVerdict } from "../report-rows";

/** Excel's own "Good", "Neutral" and "Bad" cell styles, and a grey for what was not checked. */
const VERDICT_LOOK: Record<ReportVerdict, { fill: string; font: string }> = {
  ready: { fill: "FFC6EFCE", font: "FF006100" },
  "ready-with-warnings": { fill: "FFFFEB9C", font: "FF9C5700" },
  fix: { fill: "FFFFC7CE", font: "FF9C0006" },
  nothing: { fill: "FFD9D9D9", font: "FF3F3F3F" },
  unreadable: { fill: "FFD9D9D9", font: "FF3F3F3F" },
};

/** Rows of the findings sheet written between two turns of the event loop, which the zip needs to compress them. */
const ROWS_BETWEEN_PAUSES = 200;

const HEADER_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

export async function reportWorkbook(rows: ReportRowSource, text: ReportText, today: Date): Promise<Uint8Array> {
  // The streaming writer's zip (archiver) makes its parts' text into Buffers with `new Buffer()`, which
  // Node warns of on stderr once the code is bundled outside node_modules: stderr is for the official's
  // reasons only, and the call is archiver's, not ours to change. Quiet while the report is written.
  const node = process as NodeJS.Process & { noDeprecation?: boolean };
  const warned = node.noDeprecation;
  node.noDeprecation = true;
  try {
    return await drawnWorkbook(rows, text, today);
  } finally {
    node.noDeprecation = warned;
  }
}

async function drawnWorkbook(rows: ReportRowSource, text: ReportText, today: Date): Promise<Uint8Array> {
  const output = new PassThrough();
  const pieces: Buffer[] = [];
  output.on("data", (piece: Buffer) => pieces.push(piece));
  // The zip is small (compressed, ~1 KB a file); what is worth not holding is exceljs's model of it.
  const workbook = new stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  workbook.creator = "Pokaznyk";
  workbook.created = today;
  workbook.modified = today;
  const h = text.summaryHeaders;
  const summary = tableSheet(workbook, text.summarySheet, [
    [h.file, 34],
    [h.sheet, 20],
    [h.organisation, 40],
    [h.form, 14],
    [h.period, 12],
    [h.verdict, 18],
    [h.errors, 10],
    [h.warnings, 13],
    [h.info, 10],
    [h.execution, 12],
    [h.details, 14],
    [h.note, 40],
  ]);
  summary.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(rows.summary.length + 1, 1), column: 12 } };
  for (const r of rows.summary) {
    const row = summary.addRow([
      r.file,
      r.sheet,
      r.organisation,
      r.form,
      r.period,
      r.verdictText,
      r.errors,
      r.warnings,
      r.info,
      r.execution,
      r.firstFinding === null ? text.noDetails : { formula: linkFormula(text.findingsSheet, r.firstFinding, text.toDetails(r.firstFinding)), result: text.toDetails(r.firstFinding) },
      r.note,
    ]);
    const look = VERDICT_LOOK[r.verdict];
    const verdictCell = row.getCell(6);
    verdictCell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: look.fill } };
    verdictCell.font = { color: { argb: look.font } };
    row.getCell(10).numFmt = "0.0";
    if (r.firstFinding !== null) row.getCell(11).font = { color: { argb: "FF0563C1" }, underline: true };
    row.commit();
  }
  summary.commit();

  const f = text.findingsHeaders;
  const findings = tableSheet(workbook, text.findingsSheet, [
    [f.file, 34],
    [f.sheet, 20],
    [f.cell, 10],
    [f.row, 8],
    [f.rule, 26],
    [f.severity, 14],
    [f.message, 90],
    [f.accepted, 30],
  ]);
  // The message column wraps, its header too, as the whole column's style said when set after the rows.
  const wrapped = { wrapText: true, vertical: "top" } as const;
  findings.getColumn(7).alignment = wrapped;
  findings.getCell(1, 7).alignment = wrapped;
  findings.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(rows.findingCount + 1, 1), column: 8 } };
  findings.getRow(1).commit();
  let written = 0;
  for await (const r of rows.findings()) {
    findings.addRow([r.file, r.sheet, r.cell, r.row, r.rule, r.severity, r.message, r.accepted]).commit();
    // The rows' XML is handed to the zip without waiting for it to be compressed: let it catch up now and then.
    if (++written % ROWS_BETWEEN_PAUSES === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  findings.commit();

  await workbook.commit();
  return new Uint8Array(Buffer.concat(pieces));
}

/** A sheet with one bold header row, frozen, repeated on each printed page; landscape, one page wide. */
function tableSheet(workbook: Workbook, name: string, columns: [string, number][]): Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages down as the rows need
      printTitlesRow: "1:1",
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columns = columns.map(([header, width]) => ({ header, width }));
  const bold: Partial<Font> = { bold: true };
  const header = sheet.getRow(1);
  header.font = bold;
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  return sheet;
}

/** `=HYPERLINK("#'Зауваження'!A5", "→ рядок 5")`: a link within the workbook that Excel and LibreOffice both follow. */
function linkFormula(sheet: string, row: number, label: string): string {
  const target = `#'${sheet.replace(/'/g, "''")}'!A${row}`;
  return `HYPERLINK("${target.replace(/"/g, '""')}","${label.replace(/"/g, '""')}")`;
}
