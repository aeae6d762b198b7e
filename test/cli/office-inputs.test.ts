/**
 * What `check` reads when the office names a folder or a pattern: every workbook below a folder,
 * in the same order on every machine, other files skipped and counted, patterns expanded by the
 * CLI itself (cmd and PowerShell pass `вхідні/*.xlsx` on as it is), and a pattern or folder that
 * holds nothing said in one line.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "../../src/cli/args";
import { byPath, expandInputs } from "../../src/cli/inputs";
import { makeTempDir } from "../helpers/xlsx";

const temp = makeTempDir("pokaznyk-inputs-");
afterAll(temp.cleanup);
const at = (...parts: string[]) => path.join(temp.dir, ...parts);

/** Files with those names (content does not matter here: nothing is read). */
function put(...names: string[]): void {
  for (const name of names) {
    mkdirSync(path.dirname(at(name)), { recursive: true });
    writeFileSync(at(name), "x");
  }
}

put(
  "вхідні/Житомир.xlsx",
  "вхідні/bila.xlsx",
  "вхідні/Бердичів/звіт.XLSX",
  "вхідні/Бердичів/лист.docx",
  "вхідні/Бердичів/~$звіт.xlsx",
  "вхідні/Коростень/2/звіт.xlsm",
  "вхідні/супровідний.txt",
  "вхідні/.приховане/звіт.xlsx",
  "вхідні/__MACOSX/._звіт.xlsx",
  "вхідні/.DS_Store",
);
mkdirSync(at("порожня", "підтека"), { recursive: true });
put("порожня/підтека/readme.txt");

const files = async (...words: string[]) => (await expandInputs(words)).files.map((f) => ("problem" in f ? `${f.file} ! ${f.problem.kind}` : f.file));

it("takes every workbook below a folder, subfolders too, in path order, and counts what it skips", async () => {
  const result = await expandInputs([at("вхідні")]);
  const listed = result.files.map((f) => path.relative(temp.dir, f.file));
  // A Word letter, a text file and Excel's lock file «~$…» are not read, and named in path order; everything else is read.
  expect(result.skipped.map((f) => path.relative(temp.dir, f))).toEqual([
    path.join("вхідні", "Бердичів", "~$звіт.xlsx"),
    path.join("вхідні", "Бердичів", "лист.docx"),
    path.join("вхідні", "супровідний.txt"),
  ]);
  // Hidden names (a Mac's .DS_Store and «._» twins, a hidden folder) are the system's: not read, not counted.
  expect(listed).toHaveLength(4);
  expect([...listed].sort(byPath)).toEqual(listed);
  expect(listed).toContain(path.join("вхідні", "Бердичів", "звіт.XLSX"));
  expect(listed).toContain(path.join("вхідні", "Коростень", "2", "звіт.xlsm"));
  expect(listed.some((f) => f.includes("~$") || f.includes(`${path.sep}.`))).toBe(false);
});

it("orders names by their numbers' value, the rest code unit by code unit, the same on every machine", () => {
  const names = ["центр_10.xlsx", "центр_4.xlsx", "центр_04.xlsx", "Центр_2.xlsx", "центр_4а.xlsx", "район-2/центр_1.xlsx", "район-10/центр_1.xlsx", "центр_100.xlsx"];
  expect([...names].sort(byPath)).toEqual(["Центр_2.xlsx", "район-2/центр_1.xlsx", "район-10/центр_1.xlsx", "центр_04.xlsx", "центр_4.xlsx", "центр_4а.xlsx", "центр_10.xlsx", "центр_100.xlsx"]);
});

it("expands * and ? itself, one folder deep, matching no hidden names", async () => {
  expect(await files(at("вхідні", "*.xlsx"))).toEqual([at("вхідні", "bila.xlsx"), at("вхідні", "Житомир.xlsx")]);
  expect(await files(at("вхідні", "bil?.xlsx"))).toEqual([at("вхідні", "bila.xlsx")]);
  // A folder a pattern matches is read as a folder would be.
  expect(await files(at("вхідні", "Кор*"))).toEqual([at("вхідні", "Коростень", "2", "звіт.xlsm")]);
});

it("expands ** over any number of folders", async () => {
  const found = await files(at("вхідні", "**", "звіт.*"));
  expect(found).toEqual([at("вхідні", "Бердичів", "звіт.XLSX"), at("вхідні", "Коростень", "2", "звіт.xlsm")]);
});

it("matches names regardless of case on Windows, where the file system does, and takes \\ as a separator there", async () => {
  const pattern = `${at("вхідні")}\\ЖИТОМИР.*`;
  expect((await expandInputs([pattern], "win32")).files.map((f) => f.file)).toEqual([`${at("вхідні")}/Житомир.xlsx`]);
  expect((await expandInputs([at("вхідні", "ЖИТОМИР.*")], "linux")).files[0]).toMatchObject({ problem: { kind: "no-match" } });
});

it("says when a pattern matches nothing, or a folder holds no workbook, as one reason each", async () => {
  expect(await files(at("вхідні", "*.ods"), at("порожня"))).toEqual([`${at("вхідні", "*.ods")} ! no-match`, `${at("порожня")} ! no-workbooks`]);
});

it("says a pattern that finds only files that are no workbooks matched no workbook: a script must not read it as success", async () => {
  const found = await expandInputs([at("вхідні", "Бердичів", "*.docx")], "linux");
  expect(found.files).toEqual([{ file: at("вхідні", "Бердичів", "*.docx"), problem: { kind: "no-match" } }]);
  expect(found.skipped).toEqual([at("вхідні", "Бердичів", "лист.docx")]);
});

it("checks a file named twice once, where it first came, and keeps the words' order", async () => {
  const found = await files(at("вхідні", "Житомир.xlsx"), at("вхідні", "*.xlsx"));
  expect(found).toEqual([at("вхідні", "Житомир.xlsx"), at("вхідні", "bila.xlsx")]);
});

it("passes a plain name through for the reader to judge, even a missing one or one that is no workbook", async () => {
  expect(await files(at("вхідні", "супровідний.txt"), at("нема.xlsx"))).toEqual([at("вхідні", "супровідний.txt"), at("нема.xlsx")]);
});

it("takes a name after -- as a file, even one that looks like an option", () => {
  expect(parseArgs(["check", "--json", "--", "--all", "вхідні/*.xlsx"])).toMatchObject({ kind: "check", json: true, all: false, files: ["--all", "вхідні/*.xlsx"] });
});

describe("the filter options", () => {
  it("--errors-only is --severity error; --rule takes a comma list", () => {
    expect(parseArgs(["check", "a.xlsx", "--errors-only"])).toMatchObject({ filter: { severity: "error" } });
    expect(parseArgs(["check", "a.xlsx", "--severity", "warning", "--rule", "fact-missing,value-invalid"])).toMatchObject({
      filter: { severity: "warning", rules: ["fact-missing", "value-invalid"] },
    });
    expect(parseArgs(["check", "a.xlsx"])).not.toHaveProperty("filter");
  });

  it("refuses a severity or rule id that does not exist, rather than hide every finding", () => {
    expect(parseArgs(["check", "a.xlsx", "--severity", "errors"])).toMatchObject({ kind: "usage-error", problem: { kind: "bad-value", word: "--severity" } });
    expect(parseArgs(["check", "a.xlsx", "--rule", "fact-mising"])).toMatchObject({ kind: "usage-error", problem: { kind: "bad-value", word: "--rule" } });
  });

  it("--report takes a file and --force applies to it", () => {
    expect(parseArgs(["check", "a.xlsx", "--report", "r.xlsx", "--force"])).toMatchObject({ kind: "check", report: "r.xlsx", force: true });
  });
});

it("passes over the run's own output inside a folder, but never the folder given itself or a file named", async () => {
  const inbox = at("вхідні");
  const result = await expandInputs([inbox, at("вхідні", "Коростень", "2", "звіт.xlsm")], process.platform, [at("вхідні", "Коростень")]);
  expect(result.passed).toEqual([at("вхідні", "Коростень", "2", "звіт.xlsm")]);
  expect(result.files.map((f) => f.file)).toContain(at("вхідні", "Коростень", "2", "звіт.xlsm"));
  expect(result.passOverInside).toEqual([at("вхідні", "Коростень")]);
  // `check вхідні --mark-dir вхідні`: the folder itself is what was asked for.
  const same = await expandInputs([inbox], process.platform, [inbox]);
  expect(same.passed).toEqual([]);
  expect(same.files).toHaveLength(4);
});
