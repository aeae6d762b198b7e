/**
 * The files that once broke `check` (issue 8), each run through the built CLI in one call with a
 * good workbook after it: each gets a correct answer or a one-line reason naming the file, and
 * the good workbook is still checked. Each run's peak memory (the CLI process's own maxRSS) must
 * stay under 200 MB; its wall time is printed for the record but not asserted (the machine is
 * shared and noisy).
 */
import path from "node:path";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { JsonDocument, JsonFile } from "../../src/cli/json-output";
import { measure, reportGrid } from "../helpers/sheets";
import { makeTempDir, putRows, workbookBytes } from "../helpers/xlsx";
import { BIN, ensureBuilt } from "./built-cli";
import { FIXTURE_NAME, crcMismatch, openpyxlWithChart, prefixedWorkbook, strayCellWorkbook, wholeSheetMerge, zipBomb } from "./hostile-workbooks";

const GOOD = path.resolve(__dirname, "../../../shared/fixtures", FIXTURE_NAME);
const MB = 1000 * 1000;

const temp = makeTempDir("pokaznyk-hostile-");
afterAll(temp.cleanup);
const inTemp = (name: string) => path.join(temp.dir, name);
/** Records the process's peak resident memory when it exits (maxRSS, in KiB). */
const PRELOAD = inTemp("measure.js");

beforeAll(() => {
  ensureBuilt();
  // VmHWM, not getrusage's maxRSS: that survives exec on Linux, so a CLI spawned from a big jest
  // worker reported the worker's size (235 MB in CI) rather than its own.
  writeFileSync(
    PRELOAD,
    `const fs = require("fs");
    process.on("exit", () => {
      let kib = process.resourceUsage().maxRSS;
      try { kib = Number(/^VmHWM:\\s*(\\d+)/m.exec(fs.readFileSync("/proc/self/status", "utf8"))[1]); } catch {}
      fs.writeFileSync(process.env.POKAZNYK_MEASURE, String(kib));
    });`,
  );
}, 180_000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  peakBytes: number;
  wallMs: number;
}

function pokaznyk(label: string, ...args: string[]): Run {
  const measured = inTemp(`${label}.rss`);
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["-r", PRELOAD, BIN, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1", POKAZNYK_MEASURE: measured } });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const peakBytes = Number(readFileSync(measured, "utf8")) * 1024;
  // For the record (issue 8 asks within 2 s and 200 MB); not asserted on a shared machine.
  console.log(`${label}: ${wallMs.toFixed(0)} ms wall, ${(peakBytes / MB).toFixed(0)} MB peak RSS`);
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, peakBytes, wallMs };
}

function write(name: string, bytes: Uint8Array): string {
  writeFileSync(inTemp(name), bytes);
  return inTemp(name);
}

/** `check FILE GOOD --json`: the document, with the good workbook's entry checked. */
function checkBeside(label: string, file: string): { run: Run; hostile: JsonFile; good: JsonFile } {
  const run = pokaznyk(label, "check", file, GOOD, "--json");
  expect(run.peakBytes).toBeLessThan(200 * MB);
  const doc = JSON.parse(run.stdout) as JsonDocument;
  expect(doc.files.map((f) => f.file)).toEqual([file, GOOD]);
  expect(doc.files[1].error).toBeUndefined();
  expect(doc.files[1].sheets.length).toBeGreaterThan(0);
  return { run, hostile: doc.files[0], good: doc.files[1] };
}

/** The sheets as the answer compares them: the additive ignoredCells apart. */
const answer = (file: JsonFile) =>
  file.sheets.map((sheet) => {
    const copy = { ...sheet };
    delete copy.ignoredCells;
    return copy;
  });

it("a stray value at XFD1048576: the table is checked as without it, the cell named as not checked", () => {
  const file = write("стрей.xlsx", strayCellWorkbook());
  const { run, hostile, good } = checkBeside("stray XFD1048576", file);
  expect(run.stderr).toBe("");
  expect(answer(hostile)).toEqual(answer(good));
  expect(hostile.sheets[0].ignoredCells).toEqual({ count: 1, cells: ["XFD1048576"] });
  expect(good.sheets[0].ignoredCells).toBeUndefined();
  const human = pokaznyk("stray XFD1048576, human", "check", file);
  expect(human.stdout).toContain("    за межами таблиці: 1 клітинка, XFD1048576 — не перевірялася\n");
  expect(pokaznyk("stray, English", "check", file, "--lang", "en").stdout).toContain("    outside the table: 1 cell, XFD1048576 — not checked\n");
});

it("a merge over the whole sheet (A1:XFD1048576): read as its one cell, not a form", () => {
  const { run, hostile } = checkBeside("whole-sheet merge", write("злиття.xlsx", wholeSheetMerge()));
  expect(run.stderr).toBe("");
  expect(hostile.error).toBeUndefined();
  expect(hostile.sheets).toEqual([{ sheet: "Аркуш1", form: null, headerRow: null, organisation: null, period: null, counts: { error: 0, warning: 0, info: 0 }, findings: [], rows: [] }]);
});

describe("refused with one line naming the file", () => {
  it.each([
    ["a zip bomb (3 MB unpacking to 3 GiB)", "бомба.xlsx", zipBomb, "файл розпаковується в дуже великий обсяг даних (схоже на «zip-бомбу»), його не перевірено"],
    ["a changed digit under the zip's CRC", "crc.xlsx", crcMismatch, "файл .xlsx пошкоджений: вміст не збігається з його контрольною сумою"],
  ])("%s", (label, name, make, reason) => {
    const file = write(name, make());
    const { run, hostile } = checkBeside(label, file);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n").filter(Boolean)).toEqual([expect.stringContaining(`pokaznyk: ${file}: ${reason}`)]);
    expect(hostile).toEqual({ file, error: expect.stringContaining(reason), sheets: [] });
  }, 60_000);
});

it("x:-prefixed SpreadsheetML (OpenXML SDK, ClosedXML): the same answer as the plain file", () => {
  const { run, hostile, good } = checkBeside("x:-prefixed", write("префікс.xlsx", prefixedWorkbook()));
  expect(run.stderr).toBe("");
  expect(hostile.sheets).toEqual(good.sheets);
});

it("an openpyxl file with a chart: the same answer as the same rows written by exceljs", async () => {
  const grid = reportGrid([measure("1.1.1", 10, 8), measure("1.1.2", 5, 5), measure("1.1.3", 4, null)]);
  const file = write("openpyxl.xlsx", openpyxlWithChart(grid.name, grid.values));
  const same = write("exceljs.xlsx", await workbookBytes((wb) => putRows(wb.addWorksheet(grid.name), grid.values as never)));
  const run = pokaznyk("openpyxl chart", "check", file, same, GOOD, "--json");
  expect(run.stderr).toBe("");
  expect(run.peakBytes).toBeLessThan(200 * MB);
  const [ours, theirs, good] = (JSON.parse(run.stdout) as JsonDocument).files;
  expect(ours.sheets[0].form).toBe("quarterly-report");
  expect(ours.sheets[0].findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["shortfall-unexplained", "fact-missing"]));
  expect(ours.sheets).toEqual(theirs.sheets);
  expect(good.sheets.length).toBeGreaterThan(0);
});

it("compute on the stray-cell workbook: computes the table, names the far cell as left alone, keeps it in the file", () => {
  const input = write("стрей-обчислити.xlsx", strayCellWorkbook());
  const output = inTemp("стрей-обчислено.xlsx");
  // A new column would push the far cell off the sheet: refused in one line, nothing written.
  const refused = pokaznyk("compute --add-percent-column, stray XFD1048576", "compute", input, "-o", output, "--add-percent-column", "--lang", "en");
  expect(refused.code).toBe(2);
  expect(refused.stderr).toMatch(/^pokaznyk: .*: cell XFD1048576 of "[^"]+" is in the last column and would be pushed off the sheet; clear it, or add the column in Excel\n$/);
  expect(existsSync(output)).toBe(false);
  const run = pokaznyk("compute, stray XFD1048576", "compute", input, "-o", output, "--lang", "en");
  expect(run.stderr).toBe("");
  expect(run.peakBytes).toBeLessThan(200 * MB);
  expect(run.stdout).toContain("    outside the table: 1 cell, XFD1048576 — not checked\n");
  const again = pokaznyk("check, computed stray", "check", output, "--json");
  expect((JSON.parse(again.stdout) as JsonDocument).files[0].sheets[0].ignoredCells).toEqual({ count: 1, cells: ["XFD1048576"] });
});
