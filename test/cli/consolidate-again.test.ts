/**
 * A consolidation among the files consolidated (a district's summary going up to the region, or
 * last quarter's summary left in the folder): it holds its centres twice, as copies and in its
 * summary, so only the summary stands for it. The result must equal consolidating the centres
 * themselves (from a new user's trial: every number was counted twice).
 */
import { chmodSync, copyFileSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { makeTempDir } from "../helpers/xlsx";
import { parseJsonDocument, runCli } from "./run-cli";

const REPORT = path.resolve(__dirname, "../../../shared/fixtures/report-q3-2021-public.xlsx");
const temp = makeTempDir("pokaznyk-consolidate-again-");
afterAll(temp.cleanup);
const at = (name: string) => path.join(temp.dir, name);

async function summaryRows(file: string): Promise<unknown> {
  const sheets = parseJsonDocument((await runCli(["check", file, "--json"])).stdout).files[0].sheets;
  const summary = sheets.find((s) => s.sheet.startsWith("Зведення"));
  return summary?.rows.map((r) => ("plan" in r ? [r.number, r.plan, r.fact] : null));
}

it("takes only the summary of an earlier consolidation, so the region's sums equal the centres' own", async () => {
  for (const name of ["Бахмут", "Ізюм", "Лиман"]) copyFileSync(REPORT, at(`${name}.xlsx`));
  expect((await runCli(["consolidate", at("Бахмут.xlsx"), at("Ізюм.xlsx"), "-o", at("район.xlsx")])).code).toBe(0);
  const again = await runCli(["consolidate", at("район.xlsx"), at("Лиман.xlsx"), "-o", at("область.xlsx")]);
  expect(again.code).toBe(0);
  expect(again.stderr).toContain(`${at("район.xlsx")} — уже зведення Pokaznyk: узято лише його підсумок («Зведення III кв 2021»)`);
  expect((await runCli(["consolidate", at("Бахмут.xlsx"), at("Ізюм.xlsx"), at("Лиман.xlsx"), "-o", at("усі.xlsx")])).code).toBe(0);
  const direct = await summaryRows(at("усі.xlsx"));
  expect(direct).toBeDefined();
  expect(await summaryRows(at("область.xlsx"))).toEqual(direct);
}, 120_000);

it("never writes the summary over one of the files it consolidates, even with --force", async () => {
  for (const name of ["Бахмут", "Лиман"]) {
    copyFileSync(REPORT, at(`${name}.xlsx`));
    chmodSync(at(`${name}.xlsx`), 0o644);
  }
  const before = readFileSync(at("Лиман.xlsx"));
  const run = await runCli(["consolidate", at("Бахмут.xlsx"), at("Лиман.xlsx"), "-o", at("Лиман.xlsx"), "--force", "--lang", "en"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(`pokaznyk: ${at("Лиман.xlsx")}: this is one of the files being consolidated; name another file with -o (--force replaces only an earlier summary). Nothing was written\n`);
  expect(readFileSync(at("Лиман.xlsx")).equals(before)).toBe(true);
  expect(readdirSync(temp.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
}, 60_000);
