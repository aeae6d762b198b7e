/**
 * `check` of a workbook `consolidate` wrote: its lists (centres, unexplained shortfalls, measures
 * not in every centre) are the consolidation's own sheets, not forms half-made, so no «Схоже на …»
 * line sends the office to rename their columns. A centre's sheet of the same name that nearly is
 * a form still hears what it lacks.
 */
import { copyFileSync } from "node:fs";
import path from "node:path";
import { Consolidation, LIST_NAMES, partialList } from "../../src/core/consolidate";
import { gridFromRows } from "../../src/core/grid";
import { isConsolidationList } from "../../src/core/consolidation-lists";
import { makeTempDir } from "../helpers/xlsx";
import { parseJsonDocument, runCli } from "./run-cli";

const REPORT = path.resolve(__dirname, "../../../shared/fixtures/report-q3-2021-public.xlsx");
const temp = makeTempDir("pokaznyk-lists-");
afterAll(temp.cleanup);
const region = path.join(temp.dir, "область.xlsx");

beforeAll(async () => {
  const centres = ["центр_1.xlsx", "центр_2.xlsx"].map((name) => path.join(temp.dir, name));
  for (const centre of centres) copyFileSync(REPORT, centre);
  const made = await runCli(["consolidate", ...centres, "-o", region]);
  expect(made.code).toBe(0);
}, 60_000);

it("says of the consolidation's lists only that they are not forms, in the listing and the JSON", async () => {
  const human = await runCli(["check", region]);
  expect(human.stdout).not.toContain("Схоже на");
  for (const name of Object.values(LIST_NAMES)) expect(human.stdout).toContain(`Аркуш «${name}» — не є формою, не перевірявся`);
  const sheets = parseJsonDocument((await runCli(["check", region, "--json"])).stdout).files[0].sheets;
  const lists = sheets.filter((s) => (Object.values(LIST_NAMES) as string[]).includes(s.sheet));
  expect(lists).toHaveLength(3);
  for (const list of lists) {
    expect(list.form).toBeNull();
    expect(list).not.toHaveProperty("nearly");
  }
  // The summary itself is still read as the form it is.
  expect(sheets.filter((s) => s.form === "quarterly-report").length).toBeGreaterThanOrEqual(3);
});

it("takes a sheet for a list only by its name and its header row both", () => {
  const header = partialList(new Consolidation("quarterly-report")).columns.map((c) => c.header);
  expect(isConsolidationList(gridFromRows(LIST_NAMES.partial, [header]))).toBe(true);
  expect(isConsolidationList(gridFromRows("Аркуш1", [header]))).toBe(false);
  expect(isConsolidationList(gridFromRows(LIST_NAMES.partial, [["№ з/п", "Назва заходу", "Відповідальний виконавець", "Індикатори"]]))).toBe(false);
});
