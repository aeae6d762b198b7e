/**
 * The reader against exceljs, cell by cell: every fixture, workbooks exceljs writes with the
 * cell kinds officials' files have, generated forms, and fixtures re-saved by LibreOffice.
 * Values (dates to the millisecond), used-range offsets, merges (in order), formula presence
 * and text, and the defined names the CLI uses must be identical; the CLI's readWorkbook is
 * what the new reader replaces, so any difference here would change a finding.
 */
import path from "node:path";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import type { Workbook } from "exceljs";
import { contentsFromBytes as readWorkbook } from "../helpers/exceljs/load-workbook-file";
import type { WorkbookContents } from "../helpers/exceljs/read-workbook";
import type { CellValue } from "../../src/core/grid";
import type { XlsxContents } from "../../src/xlsx";
import { annualPlan, quarterlyReport } from "../../bench/generate";
import { gridsToXlsx } from "../../bench/workbook-files";
import { makeTempDir, putRows, workbookBytes } from "../helpers/xlsx";
import { readOk } from "./helpers";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURE_DIRS = [path.resolve(ROOT, "../shared/fixtures"), path.join(ROOT, "test/fixtures")];
const fixtures = FIXTURE_DIRS.flatMap((dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(dir, f)) : []));

function show(value: CellValue | undefined): string {
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? "invalid" : value.toISOString()})`;
  return JSON.stringify(value);
}

function same(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) return JSON.stringify(a) === JSON.stringify(b);
  return Object.is(a, b);
}

/** Every difference between the two readings, as lines ("Звіт!B12: value 5 vs "5""); [] when identical. */
function differences(ours: XlsxContents, theirs: WorkbookContents): string[] {
  const out: string[] = [];
  const names = (c: { grids: { name: string }[] }) => c.grids.map((g) => g.name).join(", ");
  if (names(ours) !== names(theirs)) return [`sheets: ${names(ours)} vs ${names(theirs)}`];
  ours.grids.forEach((a, k) => {
    const b = theirs.grids[k];
    const where = `${a.name}`;
    if (a.top !== b.top || a.left !== b.left || a.values.length !== b.values.length || (a.values[0]?.length ?? 0) !== (b.values[0]?.length ?? 0)) {
      out.push(`${where}: grid at ${a.top},${a.left} ${a.values.length}×${a.values[0]?.length ?? 0} vs ${b.top},${b.left} ${b.values.length}×${b.values[0]?.length ?? 0}`);
      return;
    }
    for (let i = 0; i < a.values.length; i++) {
      for (let j = 0; j < a.values[i].length; j++) {
        if (!same(a.values[i][j], b.values[i][j])) out.push(`${where}!R${a.top + i}C${a.left + j}: value ${show(a.values[i][j])} vs ${show(b.values[i][j])}`);
        const fa = a.formulas?.[i][j] ?? null;
        const fb = b.formulas?.[i][j] ?? null;
        if (fa !== fb) out.push(`${where}!R${a.top + i}C${a.left + j}: formula ${fa} vs ${fb}`);
      }
    }
    if ((a.formulas === undefined) !== (b.formulas === undefined)) out.push(`${where}: formulas grid ${a.formulas ? "present" : "absent"} vs ${b.formulas ? "present" : "absent"}`);
    if (JSON.stringify(a.merges) !== JSON.stringify(b.merges)) out.push(`${where}: merges ${JSON.stringify(a.merges).slice(0, 300)} vs ${JSON.stringify(b.merges).slice(0, 300)}`);
  });
  // exceljs keeps names that are references (and leaves out print areas and titles, merged into
  // the sheets' page setup); every one of them must be ours too, with the same ranges.
  // A name is its scope and its text: a copied sheet's stamp has its original's name, scoped to the copy.
  const scoped = (name: string, sheet: string | undefined) => (sheet === undefined ? name : `${sheet}!${name}`);
  const ourNames = new Map(ours.definedNames.filter((n) => n.ranges.length > 0).map((n) => [scoped(n.name, n.localSheet), n.ranges]));
  for (const n of theirs.definedNames) {
    const key = scoped(n.name, (n as { sheet?: string }).sheet);
    // 'Звіт'!$A$1 and Звіт!$A$1 are one reference: files and exceljs differ in whether they quote a plain name.
    const plain = (ranges: string[] | undefined) => JSON.stringify(ranges?.map((r) => r.replace(/^'((?:[^']|'')+)'!/, (_m, sheet: string) => `${sheet.replace(/''/g, "'")}!`)));
    if (plain(ourNames.get(key)) !== plain(n.ranges)) out.push(`name ${key}: ${JSON.stringify(ourNames.get(key))} vs ${JSON.stringify(n.ranges)}`);
  }
  for (const [key] of ourNames) {
    if (!/(^|!)_xlnm\.Print_/.test(key) && !theirs.definedNames.some((n) => scoped(n.name, (n as { sheet?: string }).sheet) === key)) out.push(`name ${key}: ours only`);
  }
  return out.slice(0, 25);
}

async function expectSame(bytes: Buffer): Promise<void> {
  const theirs = await readWorkbook(bytes);
  const ours = readOk(bytes);
  expect(differences(ours, theirs)).toEqual([]);
}

describe("grid diff: every fixture", () => {
  it("finds the fixtures, and notices a changed cell, merge, formula or name", async () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(14);
    const bytes = await workbookBytes(fillTricky);
    const theirs = await readWorkbook(bytes);
    const changed = (edit: (c: XlsxContents) => void) => {
      const ours = readOk(bytes);
      edit(ours);
      return differences(ours, theirs).length;
    };
    expect(changed(() => undefined)).toBe(0);
    expect(changed((c) => (c.grids[0].values[0][1] = 12.6))).toBe(1);
    expect(changed((c) => (c.grids[0].values[4][0] = new Date(0)))).toBe(1);
    expect(changed((c) => c.grids[0].merges.reverse())).toBe(1);
    expect(changed((c) => (c.grids[0].formulas![7][0] = "=SUM(B9:C9)"))).toBe(1);
    expect(changed((c) => (c.definedNames[0].ranges = ["'Різне'!$A$1:$F$6"]))).toBe(1);
  });
  it.each(fixtures.map((f) => [path.relative(path.resolve(ROOT, ".."), f), f]))("%s", async (_, file) => {
    await expectSame(readFileSync(file));
  });
});

/** The cell kinds officials' files hold, written by exceljs. */
function fillTricky(workbook: Workbook): void {
  const sheet = workbook.addWorksheet("Різне");
  putRows(sheet, [
    ["текст", 12.5, -3, 0, true, false],
    [{ richText: [{ text: "жирний ", font: { bold: true } }, { text: "і звичайний" }] }, { text: "посилання", hyperlink: "https://example.org" }, { error: "#N/A" }, { error: "#DIV/0!" }],
    [{ formula: "B1*2", result: 25 }, { formula: "B1-B1", result: 0 }, { formula: 'IF(B1>0,"","x")', result: "" }, { formula: 'B1&" грн"', result: "12.5 грн" }, { formula: "B1>100", result: false }, { formula: "1/0", result: { error: "#DIV/0!" } }],
    [{ formula: "NOW()" }, "рядок 1\r\nрядок 2", "текст з _x000D_ екрануванням", "  пробіли  ", "", "A & B < C"],
    [new Date(Date.UTC(2024, 2, 31)), new Date(Date.UTC(2024, 11, 31, 13, 45, 30)), 45000, 0.25, 1e308, 123456789012],
  ]);
  sheet.getCell("C5").numFmt = "dd.mm.yyyy";
  sheet.getCell("D5").numFmt = "0.0%";
  sheet.getCell("E5").numFmt = '#,##0 "грн"';
  sheet.getCell("A8").value = { formula: "SUM(B8:C8)", result: 7, shareType: "shared", ref: "A8:A10" } as never;
  sheet.getCell("A9").value = { sharedFormula: "A8", result: 8 } as never;
  sheet.getCell("A10").value = { sharedFormula: "A8", result: 9 } as never;
  putRows(sheet, [[1, 2, 3], [4, 5, 6]], 12, 2);
  sheet.mergeCells("B12:D12");
  sheet.mergeCells("F12:F14");
  sheet.mergeCells("H2:J4");
  sheet.getCell("H2").value = "злите";
  const hidden = workbook.addWorksheet("Прихований", { state: "hidden" });
  putRows(hidden, [["прихований аркуш", 1]], 3, 3);
  workbook.addWorksheet("Порожній");
  workbook.definedNames.add("'Різне'!$A$1:$F$5", "Pokaznyk.quarterly_report.1");
  workbook.definedNames.add("'Прихований'!$C$3", "Одна_клітинка");
}

describe("grid diff: workbooks written by exceljs", () => {
  it("rich text, hyperlinks, formulas with cached 0/''/false/text/errors, shared formulas, dates, merges, names", async () => {
    await expectSame(await workbookBytes(fillTricky));
  });

  it("the 1904 date system", async () => {
    await expectSame(
      await workbookBytes((wb) => {
        wb.properties.date1904 = true;
        const sheet = wb.addWorksheet("1904");
        putRows(sheet, [[new Date(Date.UTC(2020, 0, 15)), new Date(Date.UTC(1999, 11, 31, 23, 59, 59))]]);
      }),
    );
  });

  it("a sheet that starts far from A1, and generated 1,000-row forms", async () => {
    await expectSame(
      await workbookBytes((wb) => {
        putRows(wb.addWorksheet("Зсув"), [["з D7"], [null, 1, 2]], 7, 4);
      }),
    );
    await expectSame(await gridsToXlsx([quarterlyReport(1000), annualPlan(1000)]));
  });
});

const hasSoffice = existsSync("/usr/bin/soffice") || spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
const LIBREOFFICE_INPUTS = ["report-q3-2021-public.xlsx", "plan-2022-public.xlsx"].map((f) => path.resolve(ROOT, "../shared/fixtures", f));

describe("grid diff: files re-saved by LibreOffice", () => {
  if (!hasSoffice) {
    it.skip("skipped: soffice is not installed (apt-get install libreoffice-calc)", () => undefined);
    return;
  }
  const temp = makeTempDir("pokaznyk-reader-lo-");
  afterAll(temp.cleanup);
  let converted: string[] = [];

  beforeAll(async () => {
    const input = path.join(temp.dir, "in");
    mkdirSync(input);
    writeFileSync(path.join(input, "tricky.xlsx"), await workbookBytes(fillTricky));
    const inputs = [...LIBREOFFICE_INPUTS.filter(existsSync), path.join(input, "tricky.xlsx")];
    const out = path.join(temp.dir, "out");
    const run = spawnSync(
      "soffice",
      ["--headless", "--norestore", `-env:UserInstallation=file://${path.join(temp.dir, "profile")}`, "--convert-to", "xlsx", "--outdir", out, ...inputs],
      { encoding: "utf8", timeout: 120_000 },
    );
    if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr || run.stdout}`);
    converted = inputs.map((f) => path.join(out, path.basename(f)));
  }, 150_000);

  it("reads what LibreOffice writes (t=\"str\", shared strings, its styles) as exceljs does", async () => {
    expect(converted.length).toBe(3);
    for (const file of converted) {
      const bytes = readFileSync(file);
      const theirs = await readWorkbook(bytes);
      expect([path.basename(file), ...differences(readOk(bytes), theirs)]).toEqual([path.basename(file)]);
    }
  });
});

describe("grid diff: files written by SheetJS", () => {
  it.skip("skipped: SheetJS (xlsx) is not installed; add it as a dev dependency to diff its files too", () => undefined);
});
