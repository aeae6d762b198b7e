/**
 * The sender's text never drives the official's terminal: control characters and bidi overrides in
 * cell text, sheet names and file names are shown escaped in human output and on stderr, and the
 * JSON text escapes them too (same data once parsed); quoted cell text is cut at 80 characters.
 */
import path from "node:path";
import { writeFileSync } from "node:fs";
import { cutQuote, printable } from "../../src/cli/terminal-text";
import { makeTempDir, putRows, writeWorkbook } from "../helpers/xlsx";
import { parseJsonDocument, runCli, stderrLines } from "./run-cli";

const temp = makeTempDir("pokaznyk-tty-");
afterAll(temp.cleanup);

/** Raw characters that must not reach a terminal (newline and tab are ours to use). */
const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const SHEET = "Звіт\u202eйинвіт";
/** Read back by exceljs as ESC [2K (erase line), ESC ] 0;… BEL (window title), CSI 31m as one C1 character. */
const HOSTILE = "3 шт _x001B_[2K_x001B_]0;pwned_x0007_ \u009b31m";
const LONG = `1 ${"ж".repeat(300)}`;
let book: string;

beforeAll(async () => {
  book = await writeWorkbook(path.join(temp.dir, "звіт\u202exslx.xlsx"), (wb) => {
    const sheet = wb.addWorksheet(SHEET);
    putRows(sheet, [
      ["№ з/п", "Найменування завдання", "Найменування заходу", "Відповідальний виконавець", "Найменування показників результативності", "План", "Факт", "Примітка у разі недовиконання плану"],
      [1, "1.1. Доступ до правової допомоги", "1.1.1. Консультування", "Відділ", "Кількість консультацій", 5, HOSTILE, null],
      [2, "1.2. Правопросвіта", "1.2.1. Лекції", "Відділ", "Кількість лекцій", 4, LONG, null],
    ]);
  });
});

const quotes = (text: string) => [...text.matchAll(/«([^»]*)»/g)].map((m) => m[1]);

describe("check", () => {
  it("shows control characters escaped in human output and cuts a long quote", async () => {
    const run = await runCli(["check", book]);
    expect(run.stdout).not.toMatch(RAW);
    expect(run.stdout.split("\n")[0]).toBe(path.join(temp.dir, "звіт\\u202exslx.xlsx"));
    expect(run.stdout).toContain("Аркуш «Звіт\\u202eйинвіт»");
    expect(run.stdout).toContain("«3 шт \\x1b[2K\\x1b]0;pwned\\x07 \\x9b31m»");
    const long = quotes(run.stdout).find((q) => q.startsWith("1 жжж"));
    expect(long).toBe(`1 ${"ж".repeat(77)}…`);
  });

  it("keeps the data in --json, escaped in the JSON text, with the same cut", async () => {
    const run = await runCli(["check", book, "--json"]);
    expect(run.stdout).not.toMatch(RAW);
    const doc = parseJsonDocument(run.stdout);
    expect(doc.files[0].file).toBe(book);
    expect(doc.files[0].sheets[0].sheet).toBe(SHEET);
    const messages = doc.files[0].sheets[0].findings.map((f) => f.message);
    expect(messages.some((m) => m.includes("«3 шт \x1b[2K\x1b]0;pwned\x07 \u009b31m»"))).toBe(true);
    expect(messages.flatMap(quotes).filter((q) => q.startsWith("1 жжж"))).toEqual([`1 ${"ж".repeat(77)}…`]);
  });

  it("escapes file names in the one stderr line", async () => {
    const missing = path.join(temp.dir, "немає\x1b[31m\r.xlsx");
    const run = await runCli(["check", missing, "--lang", "en"]);
    expect(stderrLines(run.stderr)).toEqual([`pokaznyk: ${path.join(temp.dir, "немає\\x1b[31m\\x0d.xlsx")}: file not found`]);
    const usage = await runCli(["check", "a.xlsx", "--x\x1b]0;t\x07"]);
    expect(usage.stderr).not.toMatch(RAW);
    expect(usage.code).toBe(2);
  });
});

it("compute shows file and sheet names escaped", async () => {
  const run = await runCli(["compute", book, "-o", path.join(temp.dir, "out\x1b.xlsx"), "--add-percent-column"]);
  expect(run.stderr).toBe("");
  expect(run.stdout).not.toMatch(RAW);
  expect(run.stdout).toContain("out\\x1b.xlsx");
  expect(run.stdout).toContain("Аркуш «Звіт\\u202eйинвіт»");
});

it("template shows the file name escaped", async () => {
  const file = path.join(temp.dir, "новий\u2066.xlsx");
  const run = await runCli(["template", "annual-plan", "-o", file]);
  expect(run.stdout).toContain("новий\\u2066.xlsx");
  expect(run.stdout).not.toMatch(RAW);
});

describe("the helpers", () => {
  it("leave ordinary text, tabs and backslashed paths as they are", () => {
    const text = "Звіт за I квартал 2025\tC:\\Users\\Оля\\звіт.xlsx «Разом» 12,5 %";
    expect(printable(text)).toBe(text);
  });

  it("cut by characters, never splitting a surrogate pair", () => {
    expect(cutQuote("😀".repeat(100))).toBe(`${"😀".repeat(79)}…`);
    expect(cutQuote("😀".repeat(80))).toBe("😀".repeat(80));
    expect(cutQuote("a".repeat(81))).toBe(`${"a".repeat(79)}…`);
  });
});

it("a file name with a newline stays on one stderr line", async () => {
  const bad = path.join(temp.dir, "два\nрядки.xlsx");
  writeFileSync(bad, "не книга");
  const run = await runCli(["check", bad, "--lang", "en"]);
  expect(stderrLines(run.stderr)).toEqual([`pokaznyk: ${path.join(temp.dir, "два\\x0aрядки.xlsx")}: not an Excel workbook (.xlsx)`]);
});
