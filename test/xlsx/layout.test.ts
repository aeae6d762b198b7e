/** Bounded grids: far stray cells, whole-sheet merges and sheets too big to lay out. */
import path from "node:path";
import { readFileSync } from "node:fs";
import { Workbook } from "exceljs";
import { contentsFromBytes as readWorkbook } from "../helpers/exceljs/load-workbook-file";
import type { CellValue, MergedArea } from "../../src/core/grid";
import { boundedGrid } from "../../src/xlsx/layout";
import type { SheetCells } from "../../src/xlsx/sheet";
import { openZip, readEntry } from "../../src/xlsx/zip";
import { nodeInflate, read, readOk, xlsxOf, zipOf } from "./helpers";

const REPORT = path.resolve(__dirname, "../../../shared/fixtures/report-q3-2021-public.xlsx");

function cells(list: [number, number, CellValue][], merges: MergedArea[] = []): SheetCells {
  return { rows: list.map((c) => c[0]), cols: list.map((c) => c[1]), values: list.map((c) => c[2]), formulas: list.map(() => null), formulaCount: 0, merges };
}

/** A dense block of `rows` × `cols` numbers from A1. */
function block(rows: number, cols: number): [number, number, CellValue][] {
  const out: [number, number, CellValue][] = [];
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) out.push([r, c, r * 100 + c]);
  return out;
}

async function withExtraCells(fill: (sheet: import("exceljs").Worksheet) => void): Promise<Buffer> {
  const workbook = new Workbook();
  await workbook.xlsx.load(new Uint8Array(readFileSync(REPORT)).buffer);
  fill(workbook.worksheets[0]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("a far stray cell beside a real report", () => {
  it("gives the report's grid exactly as without it, and names the stray cell", async () => {
    const original = await readWorkbook(readFileSync(REPORT));
    const bytes = await withExtraCells((sheet) => {
      sheet.getCell("XFD1048576").value = "x";
    });
    const contents = readOk(bytes);
    expect(contents.grids[0]).toEqual(original.grids[0]);
    expect(contents.strays).toEqual([{ sheet: original.grids[0].name, count: 1, cells: ["XFD1048576"] }]);
  });

  it("leaves out a few far cells together (a far row, a far column), refuses a second table as big as the first", () => {
    const report = block(50, 8);
    // Beside a 50-row report XFD3 alone would fit the default limit (as exceljs would read it); a smaller one shows both axes.
    const laid = boundedGrid("A", cells([...report, [1048576, 1, "a"], [1048576, 2, "b"], [3, 16384, "c"]]), { maxCells: 10_000, maxStrays: 10 });
    expect(laid.grid.values.length).toBe(50);
    expect(laid.grid.values[0].length).toBe(8);
    expect(laid.strays).toEqual({ sheet: "A", count: 3, cells: ["XFD3", "A1048576", "B1048576"] });
    const twoTables = cells([...report, ...report.map(([r, c, v]): [number, number, CellValue] => [r + 1_000_000, c, v])]);
    expect(() => boundedGrid("A", twoTables, { maxCells: 10_000, maxStrays: 1000 })).toThrow(/sheet "A": its 800 filled cells span A1:H1000050/);
  });

  it("drops the far cell of two lone ones (A1 and XFD1048576)", () => {
    const laid = boundedGrid("A", cells([[1, 1, "a"], [1048576, 16384, "z"]]));
    expect(laid.grid).toEqual({ name: "A", values: [["a"]], top: 1, left: 1, merges: [] });
    expect(laid.strays?.cells).toEqual(["XFD1048576"]);
  });

  it("keeps a big area when it fits the limit, as exceljs would (A1 + A1048576 is one column)", () => {
    const laid = boundedGrid("A", cells([[1, 1, "a"], [1048576, 1, "z"]]));
    expect(laid.strays).toBeNull();
    expect(laid.grid.values.length).toBe(1048576);
  });

  it("refuses a sheet whose cells really fill more than the limit, rather than dropping data", () => {
    expect(() => boundedGrid("Big", cells(block(30, 10)), { maxCells: 200, maxStrays: 1000 })).toThrow(/sheet "Big": its 300 filled cells span A1:J30 \(300 cells\), over the 200/);
  });
});

describe("merges beyond the cells", () => {
  it("clips a whole-sheet merge to the cells, which then show only its top-left value, as Excel does", () => {
    const result = readOk(xlsxOf({ sheets: [{ name: "A", xml: '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells><sheetData>' }] }));
    expect(result.grids[0]).toEqual({ name: "A", values: [[1, null], [null, null]], top: 1, left: 1, merges: [{ top: 1, left: 1, bottom: 2, right: 2 }] });
    expect(result.strays).toEqual([]);
  });

  it("reads a whole-sheet merge over the real report quickly and within bounds", async () => {
    const bytes = await withExtraCells((sheet) => {
      sheet.unMergeCells("A1:H1");
      for (const range of Object.keys((sheet as unknown as { _merges: Record<string, unknown> })._merges)) sheet.unMergeCells(range);
    });
    // Add the merge by editing the XML: exceljs itself cannot hold it in memory.
    const zip = openZip(bytes);
    const entries = zip.entries.map((e) => ({ name: e.name, data: Buffer.from(readEntry(zip, e, nodeInflate)) as Uint8Array }));
    const sheet = entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    sheet.data = Buffer.from(Buffer.from(sheet.data).toString("utf8").replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'));
    const contents = readOk(zipOf(entries));
    const grid = contents.grids[0];
    expect(grid.merges).toEqual([{ top: grid.top, left: grid.left, bottom: grid.top + grid.values.length - 1, right: grid.left + grid.values[0].length - 1 }]);
    expect(grid.values.flat().filter((v) => v !== null)).toEqual([grid.values[0][0]]);
  });

  it("shows nothing in a clipped merge whose top-left cell was left out, and drops merges wholly outside", () => {
    const merges = [{ top: 9, left: 3, bottom: 1048576, right: 16384 }, { top: 2000, left: 1, bottom: 2001, right: 1 }, { top: 1, left: 1, bottom: 1, right: 2 }];
    const laid = boundedGrid("A", cells([...block(10, 4), [1048576, 16384, "far"]], merges), { maxCells: 1000, maxStrays: 10 });
    expect(laid.grid.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }, { top: 9, left: 3, bottom: 10, right: 4 }]);
    expect(laid.grid.values[8]).toEqual([901, 902, 903, null]);
    expect(laid.grid.values[0]).toEqual([101, null, 103, 104]);
    expect(laid.strays?.cells).toEqual(["XFD1048576"]);
  });

  it("refuses overlapping merges, as Excel and exceljs do", () => {
    expect(() => boundedGrid("A", cells([[1, 1, 1]], [{ top: 1, left: 1, bottom: 2, right: 2 }, { top: 2, left: 2, bottom: 3, right: 3 }]))).toThrow(/merged areas A1:B2 and B2:C3 overlap/);
  });

  it("orders merges as the exceljs reading does (by their first covered cell)", () => {
    const laid = boundedGrid("A", cells([[1, 1, 1]], [{ top: 5, left: 1, bottom: 5, right: 3 }, { top: 1, left: 2, bottom: 4, right: 2 }, { top: 1, left: 4, bottom: 1, right: 5 }]));
    expect(laid.grid.merges).toEqual([{ top: 1, left: 4, bottom: 1, right: 5 }, { top: 1, left: 2, bottom: 4, right: 2 }, { top: 5, left: 1, bottom: 5, right: 3 }]);
  });

  it("gives an empty grid for a sheet with nothing, and one cell for a sheet that is only a whole-sheet merge", () => {
    expect(boundedGrid("A", cells([])).grid).toEqual({ name: "A", values: [], top: 1, left: 1, merges: [] });
    expect(boundedGrid("A", cells([], [{ top: 1, left: 1, bottom: 1048576, right: 16384 }])).grid).toEqual({ name: "A", values: [[null]], top: 1, left: 1, merges: [] });
  });

  it("reports a sheet too large to lay out as a problem naming it", () => {
    const result = read(xlsxOf({ sheets: [{ name: "Великий", xml: Array.from({ length: 30 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 10 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>1</v></c>`).join("")}</row>`).join("") }] }), { maxCells: 200 });
    expect(result).toEqual({ ok: false, problem: { kind: "sheet-too-large", detail: 'sheet "Великий": its 300 filled cells span A1:J30 (300 cells), over the 200 a sheet may span' } });
  });
});
