/**
 * The office puts --mark-dir or --report inside the folder it checks. The run's own output is no
 * centre's file: this run passes over it (and says once that marked copies there will be read
 * by a later check without --mark-dir), and a later run still knows a results table by its sheets.
 * A marked copy named by itself, or met by a run without --mark-dir, is a centre's workbook and checked.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { readWorkbookFile } from "../../src/cli/workbook-file";
import { isCheckReport } from "../../src/cli/own-output";
import { makeTempDir } from "../helpers/xlsx";
import { parseJsonDocument, runCli } from "./run-cli";

const FIXTURES = path.resolve(__dirname, "../../../shared/fixtures");
const CENTRES = ["plan-2022-public.xlsx", "report-q3-2021-public.xlsx"];
const temp = makeTempDir("pokaznyk-own-");
afterAll(temp.cleanup);

const inbox = path.join(temp.dir, "вхідні");
const marked = path.join(inbox, "позначені");
const results = path.join(inbox, "результат.xlsx");

beforeAll(() => {
  mkdirSync(inbox);
  for (const name of CENTRES) copyFileSync(path.join(FIXTURES, name), path.join(inbox, name));
});

const checkedFiles = (stdout: string) => parseJsonDocument(stdout).files.map((f) => path.basename(f.file));

it("passes over its own --mark-dir and --report inside the folder, and says once where the marked copies lie", async () => {
  const first = await runCli(["check", inbox, "--mark-dir", marked, "--report", results]);
  expect(first.stderr).toBe(`pokaznyk: позначені копії (${marked}) — у вхідній теці: цього разу їх не перевірено, але перевірка теки без --mark-dir прочитає їх як файли центрів; краще тека поза вхідною\n`);
  expect(readdirSync(marked).sort()).toEqual([...CENTRES].sort());
  expect(existsSync(results)).toBe(true);

  const again = await runCli(["check", inbox, "--mark-dir", marked, "--report", results, "--force", "--json"]);
  expect(checkedFiles(again.stdout).sort()).toEqual([...CENTRES].sort());
  expect(parseJsonDocument(again.stdout).ownOutputs.sort()).toEqual([results, ...CENTRES.map((c) => path.join(marked, c))].sort());
  expect(again.stderr.split("\n").filter((l) => l !== "")).toHaveLength(1);
});

it("knows an earlier results table by its sheets in a later run, in either language, and names it under the listing", async () => {
  const english = path.join(inbox, "results-en.xlsx");
  await runCli(["check", path.join(inbox, CENTRES[0]), "--report", english, "--lang", "en"]);
  for (const table of [results, english]) {
    const read = await readWorkbookFile(table);
    expect(read.ok && isCheckReport(read.grids)).toBe(true);
  }
  const run = await runCli(["check", inbox]);
  expect(run.stdout).toContain(`Не перевірено власних результатів Pokaznyk (таблиць результатів, позначених копій): 2 (${path.join(inbox, "results-en.xlsx")}, ${results})`);
  expect(run.stdout).not.toMatch(/^○ .*результат\.xlsx/m);
});

it("checks marked copies met without --mark-dir, or named by themselves: they are the centres' own workbooks", async () => {
  const withoutMarkDir = checkedFiles((await runCli(["check", inbox, "--json"])).stdout);
  expect(withoutMarkDir.filter((f) => CENTRES.includes(f))).toHaveLength(CENTRES.length * 2);
  const named = await runCli(["check", path.join(marked, CENTRES[0]), "--mark-dir", marked, "--json"]);
  expect(checkedFiles(named.stdout)).toEqual([CENTRES[0]]);
});

it("takes no centre's form for a results table", async () => {
  for (const name of CENTRES) {
    const read = await readWorkbookFile(path.join(FIXTURES, name));
    expect(read.ok && isCheckReport(read.grids)).toBe(false);
  }
});
