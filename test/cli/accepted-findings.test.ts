/**
 * Warnings the official accepted in the add-in travel in the workbook (a custom XML part); `check`
 * shows them as accepted and leaves them out of the counts, and a cell changed since brings the
 * warning back (issue 10, deliverable 4).
 */
import path from "node:path";
import { writeFileSync } from "node:fs";
import JSZip from "jszip";
import { acceptancesToXml } from "../../src/core";
import type { Acceptance } from "../../src/core";
import { makeTempDir, putRows, workbookBytes } from "../helpers/xlsx";
import { parseJsonDocument, runCli } from "./run-cli";

const temp = makeTempDir("pokaznyk-accepted-");
afterAll(temp.cleanup);

const ROWS = [
  ["Звіт про виконання плану діяльності"],
  ["за I квартал 2024 року"],
  [],
  ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Показник", "План", "Факт", "Примітка"],
  ["1.1", "Лекції для школярів", "Відділ", "кількість лекцій", null, 13],
  ["1.2", "Буклети", "Відділ", "кількість", 10, 10],
];

/** The report with an acceptance of the missing plan at E5, holding `value` as the cell's text then. */
async function acceptedFile(name: string, value: string): Promise<string> {
  const zip = await JSZip.loadAsync(await workbookBytes((wb) => putRows(wb.addWorksheet("Звіт"), ROWS)));
  const acceptance: Acceptance = { sheet: "Звіт", cell: "E5", rule: "plan-missing", value, reason: "Захід додано наказом у березні", at: "2024-04-02T09:00:00.000Z" };
  zip.file("customXml/item1.xml", acceptancesToXml([acceptance]));
  const file = path.join(temp.dir, name);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

it("shows an accepted warning as accepted, outside the counts, in JSON and in the listing", async () => {
  const file = await acceptedFile("accepted.xlsx", "");
  const sheet = parseJsonDocument((await runCli(["check", "--json", file])).stdout).files[0].sheets[0];
  const finding = sheet.findings.find((f) => f.rule === "plan-missing");
  expect(finding?.accepted).toEqual({ reason: "Захід додано наказом у березні", at: "2024-04-02T09:00:00.000Z" });
  expect(sheet.counts.warning).toBe(0);
  const human = await runCli(["check", file]);
  expect(human.stdout).toMatch(/прийнято: «Захід додано наказом у березні»/);
});

it("brings the warning back when the cell no longer holds what was accepted", async () => {
  const file = await acceptedFile("changed.xlsx", "5");
  const sheet = parseJsonDocument((await runCli(["check", "--json", file])).stdout).files[0].sheets[0];
  expect(sheet.findings.find((f) => f.rule === "plan-missing")?.accepted).toBeUndefined();
  expect(sheet.counts.warning).toBe(1);
});
