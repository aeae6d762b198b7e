/**
 * -o through the CLI never loses a file the official did not mean to lose (issue 8, "safe
 * output"): each refusal is one line on stderr, exit 2, nothing written and no temporary file
 * left; --force replaces an existing file and keeps its permissions; `template -o` adds to an
 * existing workbook but not to a read-only file, a symbolic link, a pipe or a workbook with macros.
 */
import path from "node:path";
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { makeTempDir } from "../helpers/xlsx";
import { storedZip } from "../helpers/zip";
import { runCli, stderrLines } from "./run-cli";
import { addRel, edit, fixtureParts, pack, text, unpack } from "./package/parts";
import { VBA } from "./package/rich-workbook";
import { loadWorkbook } from "./workbook-model";

const FIXTURE = path.resolve(__dirname, "../../../shared/fixtures/plan-2023-zhytomyr.xlsx");

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir("pokaznyk-safe-")));
afterEach(() => cleanup());

const inDir = (name: string) => path.join(dir, name);
/** A writable copy of the fixture, as an official's own file is. */
function workbook(name: string, mode = 0o644): string {
  copyFileSync(FIXTURE, inDir(name));
  chmodSync(inDir(name), mode);
  return inDir(name);
}
function textFile(name: string, text = "не чіпати", mode = 0o644): string {
  writeFileSync(inDir(name), text);
  chmodSync(inDir(name), mode);
  return inDir(name);
}
const MACRO_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

/** The fixture as a macro-enabled workbook: a VBA project, its relationship and the .xlsm content type. */
function macroWorkbook(): Uint8Array {
  const parts = fixtureParts(path.basename(FIXTURE));
  parts.set("xl/vbaProject.bin", VBA);
  addRel(parts, "xl/_rels/workbook.xml.rels", "rIdVba", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin");
  edit(parts, "[Content_Types].xml", '<Default Extension="xml"', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"');
  edit(parts, "[Content_Types].xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", MACRO_TYPE);
  return pack(parts);
}
function expectMacrosKept(file: string): void {
  const parts = unpack(readFileSync(file));
  expect(Buffer.from(parts.get("xl/vbaProject.bin") as Uint8Array).equals(VBA)).toBe(true);
  expect(text(parts, "[Content_Types].xml")).toContain(MACRO_TYPE);
  expect(text(parts, "xl/_rels/workbook.xml.rels")).toContain("vbaProject.bin");
}

/** Every file in the folder with its bytes, to show that a refused run changed nothing. */
function snapshot(): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((n) => [n, existsSync(inDir(n)) && statSync(inDir(n)).isFile() ? readFileSync(inDir(n)).toString("base64") : "(not a file)"]));
}

/** Runs the command; it must be refused with exactly this line and leave the folder as it was. */
async function expectRefused(argv: string[], line: string) {
  const before = snapshot();
  const run = await runCli(argv);
  expect(stderrLines(run.stderr)).toEqual([line]);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(snapshot()).toEqual(before);
  expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
}

describe("compute -o", () => {
  it("refuses the input itself, however it is named, unless --force; --force replaces it", async () => {
    const input = workbook("план.xlsx");
    const reason = "this is the input file; name another file with -o (or add --force to replace it)";
    await expectRefused(["compute", input, "-o", input, "--lang", "en"], `pokaznyk: ${input}: ${reason}`);
    const spelled = path.join(dir, ".", "..", path.basename(dir), "план.xlsx");
    await expectRefused(["compute", input, "-o", spelled, "--lang", "en"], `pokaznyk: ${spelled}: ${reason}`);
    linkSync(input, inDir("посилання.xlsx"));
    await expectRefused(["compute", input, "-o", inDir("посилання.xlsx"), "--lang", "en"], `pokaznyk: ${inDir("посилання.xlsx")}: ${reason}`);
    await expectRefused(["compute", input, "-o", input], `pokaznyk: ${input}: це вхідний файл; вкажіть для -o інше ім'я (або додайте --force, щоб замінити його)`);

    const forced = await runCli(["compute", input, "-o", input, "--force", "--lang", "en"]);
    expect(forced.stderr).toBe("");
    expect(forced.stdout).toContain(`Written to ${input}`);
    expect(readFileSync(input).equals(readFileSync(FIXTURE))).toBe(false);
  });

  it("refuses an existing file unless --force, and keeps the replaced file's permissions", async () => {
    const input = workbook("план.xlsx");
    const other = textFile("приватний.xlsx", "старе", 0o600);
    await expectRefused(["compute", input, "-o", other, "--lang", "en"], `pokaznyk: ${other}: already exists; name another file with -o (or add --force to replace it)`);
    await expectRefused(["compute", input, "-o", other], `pokaznyk: ${other}: файл уже є; вкажіть для -o інше ім'я (або додайте --force, щоб замінити його)`);

    const forced = await runCli(["compute", input, "-o", other, "--force"]);
    expect(forced.stderr).toBe("");
    expect(statSync(other).mode & 0o777).toBe(0o600);
    expect((await loadWorkbook(other)).worksheets.length).toBeGreaterThan(0);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses, even with --force, a read-only file, a symbolic link and a folder", async () => {
    const input = workbook("план.xlsx");
    const readOnly = textFile("архів.xlsx", "старе", 0o444);
    await expectRefused(["compute", input, "-o", readOnly, "--force", "--lang", "en"], `pokaznyk: ${readOnly}: the file is read-only; it was left as it is`);
    const target = textFile("справжній.xlsx");
    symlinkSync(target, inDir("посилання.xlsx"));
    await expectRefused(["compute", input, "-o", inDir("посилання.xlsx"), "--force", "--lang", "en"], `pokaznyk: ${inDir("посилання.xlsx")}: is a symbolic link; name the file itself`);
    mkdirSync(inDir("тека.xlsx"));
    await expectRefused(["compute", input, "-o", inDir("тека.xlsx"), "--force", "--lang", "en"], `pokaznyk: ${inDir("тека.xlsx")}: not a regular file (a folder or a device)`);
  });

  it("refuses an output that is not named .xlsx", async () => {
    const input = workbook("план.xlsx");
    await expectRefused(["compute", input, "-o", inDir("план.csv"), "--lang", "en"], `pokaznyk: ${inDir("план.csv")}: the result is an Excel workbook; give the file the .xlsx extension`);
    await expectRefused(["compute", input, "-o", inDir("план.xlsm"), "--lang", "en"], `pokaznyk: ${inDir("план.xlsm")}: the result is an Excel workbook; give the file the .xlsx extension`);
  });

  it("keeps a workbook's macros: .xlsm in, .xlsm out with its VBA project byte for byte; an .xlsx name refused", async () => {
    const input = inDir("макроси.xlsm");
    writeFileSync(input, macroWorkbook());
    await expectRefused(["compute", input, "-o", inDir("out.xlsx"), "--lang", "en"], `pokaznyk: ${inDir("out.xlsx")}: the result is an Excel workbook; give the file the .xlsm extension`);
    const run = await runCli(["compute", input, "-o", inDir("out.xlsm"), "--lang", "en"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(`Written to ${inDir("out.xlsm")}`);
    expectMacrosKept(inDir("out.xlsm"));
  });

  it("gives an .xlsx package named .xlsm an .xlsx out: Excel opens a file only under its own kind's extension", async () => {
    const input = workbook("не-макроси.xlsm");
    await expectRefused(["compute", input, "-o", inDir("out.xlsm"), "--lang", "en"], `pokaznyk: ${inDir("out.xlsm")}: the result is an Excel workbook; give the file the .xlsx extension`);
    expect((await runCli(["compute", input, "-o", inDir("out.xlsx")])).stderr).toBe("");
  });

  it("writes a new file with the usual permissions and no temporary file left", async () => {
    const run = await runCli(["compute", workbook("план.xlsx"), "-o", inDir("новий.xlsx")]);
    expect(run.stderr).toBe("");
    expect(statSync(inDir("новий.xlsx")).mode & 0o777).toBe(0o666 & ~process.umask());
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});

describe("template -o", () => {
  it("adds to an existing workbook, keeping its permissions", async () => {
    const mine = workbook("мій.xlsx", 0o600);
    const run = await runCli(["template", "annual-plan", "-o", mine, "--lang", "en"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^Added sheet/);
    expect(statSync(mine).mode & 0o777).toBe(0o600);
    expect((await loadWorkbook(mine)).worksheets).toHaveLength(2);
  });

  it("refuses a read-only file, a symbolic link, a folder and a named pipe, without reading them", async () => {
    const readOnly = workbook("архів.xlsx", 0o444);
    await expectRefused(["template", "annual-plan", "-o", readOnly, "--lang", "en"], `pokaznyk: ${readOnly}: the file is read-only; it was left as it is`);
    symlinkSync(workbook("справжній.xlsx"), inDir("посилання.xlsx"));
    await expectRefused(["template", "annual-plan", "-o", inDir("посилання.xlsx"), "--lang", "en"], `pokaznyk: ${inDir("посилання.xlsx")}: is a symbolic link; name the file itself`);
    mkdirSync(inDir("тека.xlsx"));
    await expectRefused(["template", "annual-plan", "-o", inDir("тека.xlsx"), "--lang", "en"], `pokaznyk: ${inDir("тека.xlsx")}: not a regular file (a folder or a device)`);
    execFileSync("mkfifo", [inDir("канал.xlsx")]);
    await expectRefused(["template", "annual-plan", "-o", inDir("канал.xlsx"), "--lang", "en"], `pokaznyk: ${inDir("канал.xlsx")}: not a regular file (a folder or a device)`);
  });

  it("adds to a workbook with macros, keeping them; refuses a new .xlsm and a name that is no workbook's", async () => {
    const macros = inDir("макроси.xlsm");
    writeFileSync(macros, macroWorkbook());
    const run = await runCli(["template", "annual-plan", "-o", macros, "--lang", "en"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^Added sheet/);
    expectMacrosKept(macros);
    expect((await loadWorkbook(macros)).worksheets).toHaveLength(2);
    await expectRefused(["template", "annual-plan", "-o", inDir("новий.xlsm"), "--lang", "en"], `pokaznyk: ${inDir("новий.xlsm")}: the result is an Excel workbook; give the file the .xlsx extension`);
    await expectRefused(["template", "annual-plan", "-o", inDir("новий.csv"), "--lang", "en"], `pokaznyk: ${inDir("новий.csv")}: the result is an Excel workbook; give the file the .xlsx extension`);
  });

  it("refuses a Word document named .xlsx, leaving it as it was", async () => {
    writeFileSync(inDir("лист.xlsx"), storedZip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }));
    await expectRefused(["template", "annual-plan", "-o", inDir("лист.xlsx"), "--lang", "en"], `pokaznyk: ${inDir("лист.xlsx")}: not a workbook (a Word document?)`);
  });
});

it("--force belongs to compute only", async () => {
  const run = await runCli(["template", "annual-plan", "-o", inDir("a.xlsx"), "--force", "--lang", "en"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("option --force does not apply to template");
  expect(existsSync(inDir("a.xlsx"))).toBe(false);
});
