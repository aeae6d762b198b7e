/** `compute --fix …` and `--replace-percents`: the engine's fixes written with Compute's patch, each said in one line. */
import path from "node:path";
import { readFileSync, writeFileSync } from "node:fs";
import { REPORT_HEADER } from "../helpers/sheets";
import { makeTempDir, putRows, workbookBytes } from "../helpers/xlsx";
import { readWorkbook } from "../../src/cli/workbook-file";
import { parseArgs } from "../../src/cli/args";
import { runCli } from "./run-cli";

const temp = makeTempDir("pokaznyk-fixes-");
afterAll(temp.cleanup);
const inTemp = (name: string) => path.join(temp.dir, name);

const HEADER = [...REPORT_HEADER.slice(0, 7), "% виконання", REPORT_HEADER[7]];
const row = (n: string, plan: unknown, fact: unknown, percent: unknown) => ["1", "1.1. Ранній доступ", `${n}. Проведення заходів`, "Відділ", "Кількість заходів", plan, fact, percent, null];

async function report(): Promise<string> {
  const bytes = await workbookBytes((wb) =>
    putRows(wb.addWorksheet("Звіт"), [
      ["Звіт про виконання плану діяльності центру"],
      ["за I квартал 2024 року"],
      [],
      HEADER,
      ["I. Доступ до правової допомоги"],
      row("1.1.1", "10", 10, 1),
      row("1.1.2", " 4 ", 4, null),
      row("1.1.3", 5, 5, 0.5),
    ] as never),
  );
  writeFileSync(inTemp("звіт.xlsx"), bytes);
  return inTemp("звіт.xlsx");
}

function cell(file: string, address: string) {
  const read = readWorkbook(readFileSync(file));
  if (!read.ok) throw new Error(read.problem.kind);
  const grid = read.grids[0];
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  const col = letters.charCodeAt(0) - 64;
  const r = Number(digits);
  return { value: grid.values[r - grid.top]?.[col - grid.left], formula: grid.formulas?.[r - grid.top]?.[col - grid.left] ?? null };
}

it("parses --fix (comma-separated) and --replace-percents, refusing an unknown fix", () => {
  expect(parseArgs(["compute", "a.xlsx", "-o", "b.xlsx", "--fix", "numbers-as-text,trim-spaces", "--replace-percents"])).toMatchObject({ fixes: ["numbers-as-text", "trim-spaces"], replacePercents: true });
  expect(parseArgs(["compute", "a.xlsx", "-o", "b.xlsx"])).not.toHaveProperty("fixes");
  expect(parseArgs(["compute", "a.xlsx", "-o", "b.xlsx", "--fix", "everything"])).toMatchObject({ kind: "usage-error", problem: { kind: "bad-value", word: "--fix" } });
  expect(parseArgs(["check", "a.xlsx", "--fix", "trim-spaces"])).toMatchObject({ kind: "usage-error", problem: { kind: "option-not-here" } });
});

it("without the options, typed text numbers and percentages stay as they are", async () => {
  const input = await report();
  const run = await runCli(["compute", input, "-o", inTemp("без.xlsx"), "--lang", "en"]);
  expect(run.stderr).toBe("");
  expect(cell(inTemp("без.xlsx"), "F6")).toEqual({ value: "10", formula: null });
  expect(cell(inTemp("без.xlsx"), "H8")).toEqual({ value: 0.5, formula: null });
});

it("--fix numbers-as-text,trim-spaces turns text numbers into numbers, one line each", async () => {
  const input = await report();
  const run = await runCli(["compute", input, "-o", inTemp("числа.xlsx"), "--fix", "numbers-as-text,trim-spaces", "--lang", "en"]);
  expect(run.stderr).toBe("");
  expect(run.stdout).toContain("    numbers stored as text turned into numbers: 2 cells\n");
  expect(run.stdout).toContain("    stray spaces around numbers removed: 0 cells\n");
  expect(cell(inTemp("числа.xlsx"), "F6")).toEqual({ value: 10, formula: null });
  expect(cell(inTemp("числа.xlsx"), "F7")).toEqual({ value: 4, formula: null });
});

it("--replace-percents puts the live formula over a typed percentage", async () => {
  const input = await report();
  const run = await runCli(["compute", input, "-o", inTemp("відсотки.xlsx"), "--replace-percents"]);
  expect(run.stderr).toBe("");
  // Compute's own formula goes into the empty H7; the fix replaces the typed 100 % and 50 %.
  expect(run.stdout).toContain("— записано 1 формулу\n");
  expect(run.stdout).toContain("    вписані відсотки замінено живою формулою: 2 клітинки\n");
  expect(cell(inTemp("відсотки.xlsx"), "H8").formula).toMatch(/G8.*F8/);
});
