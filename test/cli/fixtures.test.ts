/**
 * The CLI's --json output against every answer key in shared/fixtures. The keys are read at test
 * time and never copied here: a new fixture is checked by dropping its .xlsx and key in that folder.
 */
import path from "node:path";
import { readdirSync, readFileSync } from "node:fs";
import type { JsonDocument, JsonSheet } from "../../src/cli/json-output";
import { parseJsonDocument, runCli } from "./run-cli";

/** The shared fixtures, and our own made from the seeds by test/fixtures/make-fixtures.js. */
const FOLDERS = [path.resolve(__dirname, "../../../shared/fixtures"), path.resolve(__dirname, "../fixtures")];
/** SPEC: these four rules are exact; the keys list every row they apply to and no other. */
const EXACT_RULES = new Set(["shortfall-unexplained", "value-invalid", "total-mismatch", "fact-missing"]);
const PERCENT_TOLERANCE = 0.05;

interface KeySheet {
  sheet: string;
  form: string | null;
  headerRow: number | null;
  measureRows: number[];
  findings: { row: number; rule: string }[];
  percents: { row: number; plan: number; fact: number; percent: number }[];
  totals: { row: number; quarters: (number | null)[]; total: number }[];
}

interface AnswerKey {
  file: string;
  sheets: KeySheet[];
}

const ascending = (rows: number[]): number[] => [...rows].sort((a, b) => a - b);

const keyFiles = FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith(".expected.json"))
    .sort()
    .map((name) => path.join(folder, name)),
);

test("the fixtures folder has answer keys", () => {
  expect(keyFiles.length).toBeGreaterThan(0);
});

describe.each(keyFiles)("%s", (keyFile) => {
  const key = JSON.parse(readFileSync(keyFile, "utf8")) as AnswerKey;
  const workbook = path.join(path.dirname(keyFile), key.file);
  let code: number;
  let doc: JsonDocument;

  beforeAll(async () => {
    const run = await runCli(["check", workbook, "--json"]);
    code = run.code;
    doc = parseJsonDocument(run.stdout);
  });

  const sheetOf = (name: string): JsonSheet => {
    const found = doc.files[0].sheets.find((s) => s.sheet === name);
    if (!found) throw new Error(`sheet "${name}" missing from the output`);
    return found;
  };

  it("reads the file and reports every sheet of the key, with the exit status matching the findings", () => {
    expect(doc.files).toHaveLength(1);
    expect(doc.files[0].file).toBe(workbook);
    expect(doc.files[0].error).toBeUndefined();
    expect(doc.files[0].sheets.map((s) => s.sheet).sort()).toEqual(key.sheets.map((s) => s.sheet).sort());
    const anyError = doc.files[0].sheets.some((s) => s.findings.some((f) => f.severity === "error"));
    expect(code).toBe(anyError ? 1 : 0);
  });

  describe.each(key.sheets.map((s) => [s.sheet, s] as const))("sheet %s", (name, expected) => {
    it("recognises the form and its header row", () => {
      const sheet = sheetOf(name);
      expect(sheet.form).toBe(expected.form);
      if (expected.form !== null) expect(sheet.headerRow).toBe(expected.headerRow);
    });

    it("lists exactly the measure rows", () => {
      expect(ascending(sheetOf(name).rows.map((r) => r.row))).toEqual(ascending(expected.measureRows));
    });

    it("finds exactly the key's rows for the four exact rules", () => {
      const pairs = (items: { row: number; rule: string }[]) =>
        [...new Set(items.filter((f) => EXACT_RULES.has(f.rule)).map((f) => `${f.row} ${f.rule}`))].sort();
      expect(pairs(sheetOf(name).findings)).toEqual(pairs(expected.findings));
    });

    it("gives every finding a cell on its row and a message", () => {
      for (const f of sheetOf(name).findings) {
        expect(f.cell).toMatch(new RegExp(`^[A-Z]{1,3}${f.row}$`));
        expect(f.message.trim()).not.toBe("");
      }
    });

    it("computes every execution percentage of the key, and no other", () => {
      const rows = new Map(sheetOf(name).rows.map((r) => [r.row, r as Record<string, unknown>]));
      for (const p of expected.percents) {
        const row = rows.get(p.row);
        expect({ row: p.row, plan: row?.plan, fact: row?.fact }).toEqual({ row: p.row, plan: p.plan, fact: p.fact });
        expect(typeof row?.percent).toBe("number");
        expect(Math.abs((row?.percent as number) - p.percent)).toBeLessThanOrEqual(PERCENT_TOLERANCE);
      }
      const withPercent = [...rows.values()].filter((r) => typeof r.percent === "number").map((r) => r.row as number);
      expect(ascending(withPercent)).toEqual(ascending(expected.percents.map((p) => p.row)));
    });

    it("computes every quarterly total of the key, and no other", () => {
      const rows = new Map(sheetOf(name).rows.map((r) => [r.row, r as Record<string, unknown>]));
      for (const t of expected.totals) {
        const row = rows.get(t.row);
        expect({ row: t.row, quarters: row?.quarters, total: row?.total }).toEqual(t);
      }
      const withTotal = [...rows.values()].filter((r) => typeof r.total === "number").map((r) => r.row as number);
      expect(ascending(withTotal)).toEqual(ascending(expected.totals.map((t) => t.row)));
    });
  });
});
