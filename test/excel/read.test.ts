import { readSheet, runExcel, ExcelFailure, SYNC_BUDGET_BYTES, PAYLOAD_LIMIT_BYTES, type ExcelHost } from "../../src/excel";
import { FakeExcel } from "../../src/fake-excel";
import { columnLetter, parseArea } from "../../src/core/address";
import { checkSheet } from "../../src/core";
import { mergeBlocks } from "../../src/excel/read-loads";
import { isDateFormat } from "../../src/excel/dates";
import { jsonBytes } from "../../src/excel/payload";
import { bigReport, expectedGrid, fixtureExcel, fixtureJson } from "./helpers";

const read = (excel: FakeExcel, sheet?: string, options = {}) => runExcel(excel, (ctx) => readSheet(ctx, sheet, options));

function maxBytes(excel: FakeExcel) {
  return {
    request: Math.max(...excel.syncs.map((s) => s.requestBytes)),
    response: Math.max(...excel.syncs.map((s) => s.responseBytes)),
  };
}

describe("readSheet on the fixtures", () => {
  it("reads the Kramatorsk report as Excel shows it, in one sync", async () => {
    const json = await fixtureJson("report-q1-2020-kramatorsk");
    const excel = FakeExcel.fromJson(json);
    const grid = await read(excel);
    const expected = expectedGrid(json.sheets[0]);
    expect(grid.name).toBe("Звіт I кв 2020");
    expect([grid.top, grid.left]).toEqual([expected.top, expected.left]);
    expect(grid.values).toEqual(expected.values);
    expect(grid.formulas).toBeUndefined();
    // No formulas on the sheet: the first sync (shape, sample, merges) is all it takes.
    expect(excel.syncs).toHaveLength(1);
  });

  it("keeps merged cells blank except the top-left one, and lists every merged area", async () => {
    const json = await fixtureJson("report-q1-2020-kramatorsk");
    const grid = await read(FakeExcel.fromJson(json));
    const at = (row: number, col: number) => grid.values[row - grid.top][col - grid.left];
    expect(at(3, 6)).toMatch(/Значення показників/);
    expect(at(3, 7)).toBeNull(); // F3:G3 merged
    expect(at(4, 6)).toBe("План");
    const key = (m: { top: number; left: number; bottom: number; right: number }) => `${m.top},${m.left},${m.bottom},${m.right}`;
    expect(grid.merges.map(key).sort()).toEqual(
      json.sheets[0].merges!.map((a) => {
        const [tl, br] = a.split(":");
        const p = (x: string) => ({ col: x.charCodeAt(0) - 64, row: Number(x.slice(1)) });
        return `${p(tl).row},${p(tl).col},${p(br).row},${p(br).col}`;
      }).sort(),
    );
  });

  it("turns Excel error values into {error} and reads formulas", async () => {
    const excel = await fixtureExcel("report-q3-2021-public");
    const grid = await read(excel);
    const r = 42 - grid.top;
    const c = 7 - grid.left;
    expect(grid.values[r][c]).toEqual({ error: "#REF!" });
    expect(grid.formulas?.[r][c]).toBe("=SUM(#REF!)");
    expect(grid.formulas?.[r][c - 1]).toBeNull();
    // The formulas are all within the sample of the top 200 rows: still one sync.
    expect(excel.syncs).toHaveLength(1);
  });

  it("reads a sheet by name, and without merges when asked", async () => {
    const excel = await fixtureExcel("plan-2022-public");
    const grid = await read(excel, "Примітки", { merges: false });
    expect(grid.name).toBe("Примітки");
    expect(grid.merges).toEqual([]);
  });

  it("reads a blank sheet as one empty cell", async () => {
    const excel = FakeExcel.fromJson({ sheets: [{ name: "Порожній", cells: [] }] });
    const grid = await read(excel);
    expect(grid).toMatchObject({ top: 1, left: 1, values: [[null]], merges: [] });
  });

  it("fails with a clear kind when the user is editing a cell", async () => {
    const excel = await fixtureExcel("report-q1-2020-kramatorsk");
    excel.book.cellEditMode = true;
    await expect(read(excel)).rejects.toMatchObject({ kind: "cell-edit" });
    await expect(read(excel)).rejects.toBeInstanceOf(ExcelFailure);
  });

  it("fails when the sheet named is gone", async () => {
    const excel = await fixtureExcel("report-q1-2020-kramatorsk");
    await expect(read(excel, "Немає такого")).rejects.toMatchObject({ kind: "not-found" });
  });
});

describe("readSheet on large sheets: syncs and payload", () => {
  it("reads 20,000 rows of short entries in a few syncs, each well under 5 MB", async () => {
    const excel = FakeExcel.fromJson(bigReport({ rows: 20000, measureWords: 3, mergeEvery: 10, formulaEvery: 1 }));
    const grid = await read(excel);
    const total = excel.syncs.reduce((n, s) => n + s.responseBytes, 0);
    // What "short entries" means here: about 150 bytes a row on the wire in UTF-8, and the number
    // formats of the three number columns (dates are numbers with a date format) ~30 more; the
    // fake counts Cyrillic as Excel would send it escaped (\uXXXX), about twice that.
    expect(total / 20000).toBeGreaterThan(300);
    expect(total / 20000).toBeLessThan(450);
    expect(excel.syncs.length).toBeLessThanOrEqual(5);
    const bytes = maxBytes(excel);
    expect(bytes.response).toBeLessThan(SYNC_BUDGET_BYTES);
    expect(bytes.request).toBeLessThan(100_000);
    expect(grid.values).toHaveLength(20001);
    expect(grid.values[20000][0]).toBe("1.200.100");
    expect(grid.values[20000][5]).toBe(((19999 % 9) + 1));
    expect(grid.merges).toHaveLength(2000);
    expect(grid.formulas?.[1][8]).toBe("=G2/F2");
    expect(grid.formulas?.[20000][8]).toBe("=G20001/F20001");
    expect(grid.formulas?.[2][7]).toBeNull();
  });

  it("reads text-heavy sheets in more syncs, each under the budget", async () => {
    const excel = FakeExcel.fromJson(bigReport({ rows: 20000, measureWords: 40 }));
    const grid = await read(excel);
    const bytes = maxBytes(excel);
    expect(excel.syncs.length).toBeGreaterThan(2);
    expect(bytes.response).toBeLessThan(SYNC_BUDGET_BYTES);
    expect(grid.values).toHaveLength(20001);
    expect(String(grid.values[19999][2]).split(" ")).toHaveLength(40);
  });

  it("re-reads in smaller chunks when Excel refuses a payload anyway", async () => {
    const excel = FakeExcel.fromJson(bigReport({ rows: 20000, measureWords: 40 }));
    // A budget far above the limit: the plan is wrong on purpose and Excel (the fake) refuses.
    const grid = await read(excel, undefined, { budgetBytes: 40 * 1024 * 1024 });
    expect(excel.syncs.some((s) => s.responseBytes > PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(grid.values).toHaveLength(20001);
    expect(grid.values.every((row) => row && row.length === 9)).toBe(true);
  });

  /** Excel as older web builds behave: an overflow (or anything, with `always`) comes back as GeneralException. */
  function generalExceptions(excel: FakeExcel, always = false): ExcelHost {
    return {
      isSetSupported: (name, version) => excel.isSetSupported(name, version),
      run: (batch) =>
        excel.run((ctx) => {
          const sync = ctx.sync.bind(ctx);
          ctx.sync = async () => {
            try {
              if (always) throw { code: "GeneralException" };
              return await sync();
            } catch {
              throw Object.assign(new Error("An internal error has occurred."), { code: "GeneralException" });
            }
          };
          return batch(ctx);
        }),
    };
  }

  it("re-reads in smaller pieces when an older Excel on the web reports the overflow as a GeneralException", async () => {
    const excel = FakeExcel.fromJson(bigReport({ rows: 20000, measureWords: 40 }));
    // A plan wrong by under twice the limit: one split into halves cures it.
    const grid = await runExcel(generalExceptions(excel), (ctx) => readSheet(ctx, undefined, { budgetBytes: 9 * 1024 * 1024 }));
    expect(grid.values).toHaveLength(20001);
    expect(grid.values.every((row) => row && row.length === 9)).toBe(true);
  });

  it("splits only once for a GeneralException that smaller pieces do not cure, then says so", async () => {
    const excel = FakeExcel.fromJson(bigReport({ rows: 2000 }));
    let syncs = 0;
    const host = generalExceptions(excel, true);
    const failure = await runExcel(host, (ctx) => readSheet(ctx), { onStats: (s) => (syncs = s.syncs) }).catch((e) => e);
    expect(failure).toBeInstanceOf(ExcelFailure);
    expect(failure.kind).toBe("general");
    // The first sync, then one try per piece of the first group: no cascade down to single rows.
    expect(syncs).toBeLessThan(10);
  });

  it("reads 100,000 rows in chunks, none over the budget", async () => {
    const excel = FakeExcel.fromJson(bigReport({ rows: 100000 }));
    const grid = await read(excel);
    expect(grid.values).toHaveLength(100001);
    expect(maxBytes(excel).response).toBeLessThan(SYNC_BUDGET_BYTES);
    expect(excel.syncs.length).toBeGreaterThan(2);
  });
});

describe("readSheet: details", () => {
  it("finds scattered formulas below the sample without one load per cell", async () => {
    const excel = FakeExcel.fromJson(bigReport({ rows: 3000, formulaEvery: 3 }));
    const grid = await read(excel, undefined, { merges: false });
    expect(grid.formulas?.[1 + 2997][8]).toBe("=G2999/F2999");
    expect(grid.formulas?.[1 + 2998][8]).toBeNull();
    expect(excel.syncs.reduce((n, s) => n + s.commands, 0)).toBeLessThan(200);
  });

  it("tells an error value from text that only looks like one", async () => {
    const excel = FakeExcel.fromJson({
      sheets: [{ name: "S", cells: [{ r: 1, c: 1, v: { error: "#N/A" } }, { r: 1, c: 2, v: "#N/A" }, { r: 1, c: 3, v: 0 }] }],
    });
    const grid = await read(excel);
    expect(grid.values).toEqual([[{ error: "#N/A" }, "#N/A", 0]]);
  });

  it("reports a used range that does not start at A1", async () => {
    const excel = FakeExcel.fromJson({ sheets: [{ name: "S", cells: [{ r: 5, c: 3, v: "x" }, { r: 7, c: 4, v: 2 }] }] });
    const grid = await read(excel);
    expect(grid).toMatchObject({ top: 5, left: 3, values: [["x", null], [null, null], [null, 2]] });
  });
});

/** A sheet of `rows` rows by `columns` columns of short text, with the merges listed (A1 areas). */
function mergedSheet(rows: number, columns: number, merges: string[]) {
  const cells = [];
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= columns; c++) cells.push({ r, c, v: `${r}.${c}` });
  return FakeExcel.fromJson({ sheets: [{ name: "Звіт", cells, merges }] });
}

describe("readSheet: merged areas, 512 at most per call", () => {
  const key = (m: { top: number; left: number; bottom: number; right: number }) => `${m.top},${m.left},${m.bottom},${m.right}`;

  // Failed before: 100-row blocks of six merges a row asked Excel for 600 merged areas at once.
  it("reads all 1,800 merges of 300 rows with six merges a row (a table pasted from Word)", async () => {
    const merges: string[] = [];
    for (let r = 1; r <= 300; r++) for (let k = 0; k < 6; k++) merges.push(`${columnLetter(2 * k + 1)}${r}:${columnLetter(2 * k + 2)}${r}`);
    const grid = await read(mergedSheet(300, 12, merges));
    expect(grid.merges).toHaveLength(1800);
    expect(grid.merges.map(key).sort()).toEqual(merges.map((a) => key(parseArea(a))).sort());
  });

  it("reads two-row merges down every column, where a block sized by columns / 2 would pass 512", async () => {
    const merges: string[] = [];
    for (let r = 1; r < 400; r += 2) for (let c = 1; c <= 9; c++) merges.push(`${columnLetter(c)}${r}:${columnLetter(c)}${r + 1}`);
    // 128 rows (512 / floor(9 / 2)) would start 64 x 9 = 576 of them.
    const grid = await read(mergedSheet(400, 9, merges));
    expect(grid.merges).toHaveLength(1800);
  });

  it("reads merges right of the first 64 columns in the sample rows too", async () => {
    const grid = await read(mergedSheet(10, 100, ["A1:C1", "BZ2:CB2", "CU9:CV10"]));
    expect(grid.merges.map(key).sort()).toEqual(["1,1,1,3", "2,78,2,80", "9,99,10,100"].sort());
  });

  it("keeps no block over 512 cells, whatever the width", () => {
    for (const width of [1, 9, 12, 64, 300, 600, 2000]) {
      const blocks = mergeBlocks(0, 1000, 0, width);
      expect(Math.max(...blocks.map((b) => b.rows * b.columns))).toBeLessThanOrEqual(512);
      expect(blocks.reduce((n, b) => n + b.rows * b.columns, 0)).toBe(1000 * width);
    }
  });

  it("reads a title merged over whole rows, which Excel reports as 5:5", async () => {
    const excel = FakeExcel.fromJson({
      sheets: [{ name: "Звіт", cells: [{ r: 1, c: 1, v: "Звіт" }, { r: 3, c: 1, v: "№" }, { r: 3, c: 2, v: "x" }], merges: ["A1:XFD1", "A2:XFD2"] }],
    });
    const grid = await read(excel);
    expect(grid.merges.map(key).sort()).toEqual(["1,1,1,16384", "2,1,2,16384"]);
    expect(() => checkSheet(grid)).not.toThrow();
  });
});

describe("readSheet: dates, as Excel hands them over (serial numbers with a date format)", () => {
  const DATE = { numFmt: "dd.mm.yyyy" };
  const at = (grid: { values: unknown[][]; top: number; left: number }, row: number, col: number) => grid.values[row - grid.top][col - grid.left];

  // Failed before: the pane passed 44561 on as a number, the CLI (exceljs) gives a Date.
  it("turns a date-formatted serial into the Date exceljs gives the CLI, and leaves other numbers alone", async () => {
    const excel = FakeExcel.fromJson({
      sheets: [
        {
          name: "S",
          styles: [DATE, { numFmt: "dd.mm.yyyy h:mm" }, { numFmt: '0.0 "дн."' }, { numFmt: "0.0%" }],
          cells: [
            { r: 1, c: 1, v: 44561, s: 0 },
            { r: 1, c: 2, v: 44561.5, s: 1 },
            { r: 1, c: 3, v: 44562, f: "=A1+1", s: 0 },
            { r: 2, c: 1, v: 5 },
            { r: 2, c: 2, v: 12.5, s: 2 },
            { r: 2, c: 3, v: 0.5, s: 3 },
            { r: 3, c: 1, v: "31.12.2021", s: 0 },
          ],
        },
      ],
    });
    const grid = await read(excel);
    expect(at(grid, 1, 1)).toEqual(new Date(Date.UTC(2021, 11, 31)));
    expect(at(grid, 1, 2)).toEqual(new Date(Date.UTC(2021, 11, 31, 12)));
    expect(at(grid, 1, 3)).toEqual(new Date(Date.UTC(2022, 0, 1)));
    expect([at(grid, 2, 1), at(grid, 2, 2), at(grid, 2, 3)]).toEqual([5, 12.5, 0.5]);
    // Text stays text, whatever its format.
    expect(at(grid, 3, 1)).toBe("31.12.2021");
  });

  it("finds dates below the sample, loading number formats only where numbers are", async () => {
    const cells = [];
    for (let r = 1; r <= 400; r++) cells.push({ r, c: 1, v: `Захід ${r}` }, { r, c: 2, v: r }, { r, c: 3, v: "текст" });
    cells.push({ r: 399, c: 2, v: 44561, s: 0 });
    const excel = FakeExcel.fromJson({ sheets: [{ name: "S", styles: [DATE], cells }] });
    const grid = await read(excel, undefined, { sampleRows: 50 });
    expect(at(grid, 399, 2)).toEqual(new Date(Date.UTC(2021, 11, 31)));
    expect(at(grid, 398, 2)).toBe(398);
    // Below the sample: 350 formats of the number column (~10 bytes each), none of the text columns.
    const formats = excel.syncs.slice(1).reduce((n, s) => n + s.responseBytes, 0) - jsonBytes(grid.values.slice(50));
    expect(formats).toBeLessThan(350 * 16);
  });

  it("counts from 1.1.1904 in a workbook in the 1904 date system, as exceljs does", async () => {
    const excel = FakeExcel.fromJson({ date1904: true, sheets: [{ name: "S", styles: [DATE], cells: [{ r: 1, c: 1, v: 43099, s: 0 }] }] });
    const grid = await read(excel);
    expect(at(grid, 1, 1)).toEqual(new Date(Date.UTC(2021, 11, 31)));
  });

  it("uses exceljs's rule for which formats are dates", () => {
    for (const format of ["dd.mm.yyyy", "m/d/yyyy", "mm-dd-yy", "h:mm", "[$-422]d mmmm yyyy", "yyyy"]) expect([format, isDateFormat(format)]).toEqual([format, true]);
    for (const format of ["General", "0.0%", "# ##0,00", '0 "днів"', "[Red]0.00", "@", null, ""]) expect([format, isDateFormat(format)]).toEqual([format, false]);
  });
});
