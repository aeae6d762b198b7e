/**
 * Files in a folder that are not workbooks are skipped: the office must see which, so a report a
 * centre sent as .xls or .ods is not lost among the covering letters. The first three are named
 * under the listing, the rest counted; the JSON names every one.
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { makeTempDir } from "../helpers/xlsx";
import { parseJsonDocument, runCli } from "./run-cli";

const REPORT = path.resolve(__dirname, "../../../shared/fixtures/report-q1-2020-kramatorsk.xlsx");
const temp = makeTempDir("pokaznyk-skipped-");
afterAll(temp.cleanup);

function folderWith(name: string, others: string[]): string {
  const folder = path.join(temp.dir, name);
  mkdirSync(folder, { recursive: true });
  copyFileSync(REPORT, path.join(folder, "центр_1.xlsx"));
  for (const other of others) writeFileSync(path.join(folder, other), "not a workbook");
  return folder;
}

it("names the first three skipped files and counts the rest, in Ukrainian and English", async () => {
  const folder = folderWith("п'ять", ["лист.docx", "звіт_2.xls", "скан.pdf", "опис.txt", "звіт_3.ods"]);
  const uk = await runCli(["check", folder]);
  const names = ["звіт_2.xls", "звіт_3.ods", "лист.docx"].map((f) => path.join(folder, f));
  expect(uk.stdout).toContain(`Пропущено файлів, що не є книгами Excel (.xlsx): 5 (${names.join(", ")} і ще 2)`);
  const en = await runCli(["check", folder, "--lang", "en"]);
  expect(en.stdout).toContain(`Files skipped as not Excel workbooks (.xlsx): 5 (${names.join(", ")} and 2 more)`);
});

it("names them all when there are three or fewer", async () => {
  const folder = folderWith("два", ["лист.docx", "звіт_2.xls"]);
  const run = await runCli(["check", folder]);
  expect(run.stdout).toContain(`: 2 (${path.join(folder, "звіт_2.xls")}, ${path.join(folder, "лист.docx")})\n`);
  expect(run.stdout).not.toContain("і ще");
});

it("lists every skipped file in the JSON beside the count", async () => {
  const others = ["a.docx", "b.xls", "c.pdf", "d.txt", "e.ods"];
  const folder = folderWith("json", others);
  const doc = parseJsonDocument((await runCli(["check", folder, "--json"])).stdout);
  expect(doc.skipped).toBe(5);
  expect(doc.skippedFiles).toEqual(others.map((f) => path.join(folder, f)));
});
