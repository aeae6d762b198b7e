/**
 * What an official types around `mark` and `check --mark-dir`: the words accepted, -o never
 * replacing the input nor (without --force) another file, the notes in the language asked for,
 * and --mark-dir writing a marked copy of each file with findings, keeping the folders, never
 * replacing a file that is already there.
 */
import path from "node:path";
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { parseArgs } from "../../src/cli/args";
import { makeTempDir } from "../helpers/xlsx";
import { fixtureFile } from "./package/parts";
import { notesOf, sheetParts } from "./marked-workbook";
import { parseJsonDocument, runCli } from "./run-cli";

const ROOT = path.resolve(__dirname, "../..");
const temp = makeTempDir("pokaznyk-mark-options-");
afterAll(temp.cleanup);
const file = (...names: string[]) => path.join(temp.dir, ...names);

const REPORT = fixtureFile("report-q3-2021-public.xlsx");
const PLAN = fixtureFile("plan-2022-public.xlsx");
/** A workbook with no finding at all. */
const CLEAN = path.join(ROOT, "test/fixtures/action-plan-2021-pokrovsk.xlsx");

function allNotes(bytes: Uint8Array): string[] {
  return [...sheetParts(bytes).values()].flatMap((part) => [...notesOf(bytes, part).values()].map((n) => `${n.author}|${n.text}`));
}

describe("the words", () => {
  it("reads mark FILE -o OUT [--force] and check --mark-dir DIR", () => {
    expect(parseArgs(["mark", "a.xlsx", "-o", "b.xlsx", "--lang", "en"])).toEqual({ kind: "mark", file: "a.xlsx", output: "b.xlsx", lang: "en" });
    expect(parseArgs(["mark", "a.xlsx", "--force", "-o", "b.xlsx"])).toEqual({ kind: "mark", file: "a.xlsx", output: "b.xlsx", force: true, lang: "uk" });
    expect(parseArgs(["check", "a.xlsx", "b.xlsx", "--mark-dir", "out"])).toMatchObject({ kind: "check", files: ["a.xlsx", "b.xlsx"], markDir: "out" });
  });

  it("says what is missing or out of place", () => {
    expect(parseArgs(["mark", "a.xlsx"])).toMatchObject({ problem: { kind: "no-output" } });
    expect(parseArgs(["mark", "-o", "b.xlsx"])).toMatchObject({ problem: { kind: "no-files" } });
    expect(parseArgs(["mark", "a.xlsx", "c.xlsx", "-o", "b.xlsx"])).toMatchObject({ problem: { kind: "extra-words", words: ["c.xlsx"] } });
    expect(parseArgs(["mark", "a.xlsx", "-o", "b.xlsx", "--json"])).toMatchObject({ problem: { kind: "option-not-here", word: "--json" } });
    expect(parseArgs(["compute", "a.xlsx", "-o", "b.xlsx", "--mark-dir", "d"])).toMatchObject({ problem: { kind: "option-not-here", word: "--mark-dir" } });
    expect(parseArgs(["check", "a.xlsx", "--mark-dir"])).toMatchObject({ problem: { kind: "missing-value" } });
  });
});

describe("mark -o", () => {
  it("writes the notes in Ukrainian unless asked for English, from Pokaznyk", async () => {
    expect((await runCli(["mark", REPORT, "-o", file("uk.xlsx")])).stdout).toContain(`Записано до ${file("uk.xlsx")}`);
    const en = await runCli(["mark", REPORT, "-o", file("en.xlsx"), "--lang", "en"]);
    expect(en.stdout).toMatch(/Sheet "Звіт III кв 2021" — \d+ cells marked, with 7 errors and 2 tips in their notes/);
    const uk = allNotes(readFileSync(file("uk.xlsx")));
    const english = allNotes(readFileSync(file("en.xlsx")));
    expect(uk.length).toBeGreaterThan(0);
    expect(english.length).toBe(uk.length);
    expect(uk.every((n) => n.startsWith("Pokaznyk|") && /Помилка: |Порада: /.test(n))).toBe(true);
    expect(english.every((n) => n.startsWith("Pokaznyk|") && /Error: |Tip: /.test(n) && !/[а-яіїє]{4}/i.test(n.replace(/«[^»]*»|"[^"]*"/g, "")))).toBe(true);
  });

  it("never writes over the input, even with --force", async () => {
    const input = file("own.xlsx");
    copyFileSync(REPORT, input);
    const before = readFileSync(input);
    for (const words of [[], ["--force"]]) {
      const run = await runCli(["mark", input, "-o", input, ...words, "--lang", "en"]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("is the input file");
      expect(readFileSync(input).equals(before)).toBe(true);
    }
  });

  it("replaces another existing file only with --force", async () => {
    const target = file("exists.xlsx");
    writeFileSync(target, "kept");
    const refused = await runCli(["mark", REPORT, "-o", target, "--lang", "en"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("already exists");
    expect(readFileSync(target, "utf8")).toBe("kept");
    const forced = await runCli(["mark", REPORT, "-o", target, "--force"]);
    expect(forced.code).toBe(1);
    expect(allNotes(readFileSync(target)).length).toBeGreaterThan(0);
  });

  it("refuses a name of the wrong kind and a file it cannot read, writing nothing", async () => {
    const wrong = await runCli(["mark", REPORT, "-o", file("wrong.xlsm"), "--lang", "en"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(".xlsx extension");
    expect(existsSync(file("wrong.xlsm"))).toBe(false);
    writeFileSync(file("not.xlsx"), "not a workbook");
    const unreadable = await runCli(["mark", file("not.xlsx"), "-o", file("never.xlsx")]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain(file("not.xlsx"));
    expect(existsSync(file("never.xlsx"))).toBe(false);
  });

  it("writes a copy of a workbook without findings, saying nothing was marked", async () => {
    const run = await runCli(["mark", CLEAN, "-o", file("clean-copy.xlsx"), "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("no findings, nothing marked");
    expect(allNotes(readFileSync(file("clean-copy.xlsx")))).toEqual([]);
  });
});

describe("check --mark-dir", () => {
  const inbox = file("inbox");
  const out = file("marked");
  beforeAll(() => {
    for (const folder of ["north", "south"]) mkdirSync(path.join(inbox, folder), { recursive: true });
    copyFileSync(REPORT, path.join(inbox, "north", "центр-1.xlsx"));
    copyFileSync(PLAN, path.join(inbox, "south", "центр-2.xlsx"));
    copyFileSync(CLEAN, path.join(inbox, "south", "чистий.xlsx"));
  });
  const inputs = () => [path.join(inbox, "north", "центр-1.xlsx"), path.join(inbox, "south", "центр-2.xlsx"), path.join(inbox, "south", "чистий.xlsx")];

  it("writes a marked copy of each file with findings, in the same folders", async () => {
    const plain = await runCli(["check", ...inputs(), "--lang", "en"]);
    const run = await runCli(["check", ...inputs(), "--mark-dir", out, "--lang", "en"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(plain.code);
    expect(run.stdout).toBe(`${plain.stdout}Copies with the problem cells marked: 2 files in ${out}\n`);
    expect(allNotes(readFileSync(path.join(out, "north", "центр-1.xlsx"))).length).toBeGreaterThan(0);
    expect(allNotes(readFileSync(path.join(out, "south", "центр-2.xlsx"))).length).toBeGreaterThan(0);
    expect(existsSync(path.join(out, "south", "чистий.xlsx"))).toBe(false);
  });

  it("never replaces a copy already there, and says so", async () => {
    const copy = path.join(out, "north", "центр-1.xlsx");
    const before = readFileSync(copy);
    const modified = statSync(copy).mtimeMs;
    const run = await runCli(["check", ...inputs(), "--mark-dir", out, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n").filter((l) => l.includes("already exists; name another file with --mark-dir (or add --force to replace it)"))).toHaveLength(2);
    expect(readFileSync(copy).equals(before)).toBe(true);
    expect(statSync(copy).mtimeMs).toBe(modified);
  });

  it("replaces an earlier run's copies with --force, but never a checked file, even with --force", async () => {
    const copy = path.join(out, "north", "центр-1.xlsx");
    writeFileSync(copy, "an earlier, stale copy");
    const again = await runCli(["check", ...inputs(), "--mark-dir", out, "--force", "--lang", "en"]);
    expect(again.stderr).toBe("");
    expect(allNotes(readFileSync(copy)).length).toBeGreaterThan(0);
    // The mark folder is the inbox itself: the copies would land on the files checked.
    const original = readFileSync(path.join(inbox, "north", "центр-1.xlsx"));
    const over = await runCli(["check", path.join(inbox, "north", "центр-1.xlsx"), "--mark-dir", path.join(inbox, "north"), "--force", "--lang", "en"]);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain("центр-1.xlsx: this is an input file and was not replaced; name another place with --mark-dir");
    expect(readFileSync(path.join(inbox, "north", "центр-1.xlsx")).equals(original)).toBe(true);
  });

  it("refuses a --mark-dir that names a file, before checking or writing anything", async () => {
    const named = path.join(inbox, "north", "центр-1.xlsx");
    const original = readFileSync(named);
    const run = await runCli(["check", inbox, "--mark-dir", named, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`pokaznyk: ${named}: --mark-dir must be a folder (the marked copies go there), and this is a file; nothing was checked\n`);
    expect(readFileSync(named).equals(original)).toBe(true);
  });

  it("keeps --json output one JSON document", async () => {
    const run = await runCli(["check", path.join(inbox, "north", "центр-1.xlsx"), "--json", "--mark-dir", file("json-marked")]);
    expect(run.code).toBe(1);
    expect(parseJsonDocument(run.stdout).files).toHaveLength(1);
    // One file: its copy goes straight into the folder.
    expect(existsSync(file("json-marked", "центр-1.xlsx"))).toBe(true);
  });
});
