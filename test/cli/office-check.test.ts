/**
 * Issue 11's acceptance, as a receiving office meets it: forty centres' files from the fixtures
 * in a folder tree (with a covering letter and a note that are no workbooks), checked by naming
 * the folder. The office sees one line per file first, in path order; filters narrow the listing
 * but not the counts; the JSON says whose each file is and for what period; and --report writes a
 * workbook whose summary has a row per sheet and whose findings sheet holds what --json lists.
 */
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { readWorkbook } from "../../src/cli/workbook-file";
import type { JsonDocument } from "../../src/cli/json-output";
import type { CellValue, SheetGrid } from "../../src/core";
import { makeTempDir } from "../helpers/xlsx";
import { parseJsonDocument, runCli } from "./run-cli";

const FIXTURES = [path.resolve(__dirname, "../../../shared/fixtures"), path.resolve(__dirname, "../fixtures")];
const CENTRES = 40;

const temp = makeTempDir("pokaznyk-office-");
const home = process.cwd();
let made: string[] = [];

/** Forty workbooks cycled from the fixtures, spread over four districts' folders; paths relative to the office's folder. */
function makeInbox(): string[] {
  const sources = FIXTURES.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(dir, f)));
  const files: string[] = [];
  for (let k = 0; k < CENTRES; k++) {
    const source = sources[k % sources.length];
    const file = path.join("вхідні", `район-${k % 4}`, `центр-${String(k).padStart(2, "0")}-${path.basename(source)}`);
    mkdirSync(path.dirname(file), { recursive: true });
    copyFileSync(source, file);
    files.push(file);
  }
  writeFileSync(path.join("вхідні", "супровідний лист.docx"), "PK not really a letter");
  writeFileSync(path.join("вхідні", "район-1", "примітка.txt"), "Звіти за квартал");
  return files;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

let json: JsonDocument;
let human: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  process.chdir(temp.dir);
  made = makeInbox();
  const run = await runCli(["check", "вхідні", "--json"]);
  json = parseJsonDocument(run.stdout);
  human = await runCli(["check", "вхідні", "--report", "результат.xlsx"]);
}, 120_000);

afterAll(() => {
  process.chdir(home);
  temp.cleanup();
});

const allFindings = () => json.files.flatMap((f) => f.sheets.flatMap((s) => s.findings.map((finding) => ({ file: f.file, sheet: s.sheet, ...finding }))));

describe("a folder of forty centres' files", () => {
  it("checks every workbook in it, subfolders too, in path order, and counts the two that are not workbooks", () => {
    expect(json.files.map((f) => f.file)).toEqual([...made].sort(byCodeUnit));
    expect(json.skipped).toBe(2);
    expect(human.stdout).toContain("Пропущено файлів, що не є книгами Excel (.xlsx): 2");
  });

  it("starts the human output with one line per file, in the same order, each with its verdict, organisation and counts", () => {
    const lines = human.stdout.split("\n");
    const table = lines.slice(0, CENTRES);
    expect(lines[CENTRES]).toBe("");
    const mark = { ready: "✔", fix: "✘", nothing: "○" } as const;
    table.forEach((line, k) => {
      const file = json.files[k];
      expect(line.startsWith(`${mark[file.verdict ?? "nothing"]} `)).toBe(true);
      // A long path keeps its end (the file's own name), cut at the front.
      const shown = line.slice(2).split("  ")[0].trimEnd();
      expect(shown === file.file || (shown.startsWith("…") && file.file.endsWith(shown.slice(1)))).toBe(true);
      if (file.organisation) expect(line).toContain(file.organisation.slice(0, 30));
      const errors = file.counts?.error ?? 0;
      expect(line).toMatch(new RegExp(`  ${errors} помил`));
    });
    // The details follow: each file's own block starts with its name.
    expect(lines[CENTRES + 1]).toBe(json.files[0].file);
  });

  it("exits as the findings say: 1 when any file has errors", () => {
    const anyErrors = json.files.some((f) => f.verdict === "fix");
    expect(human.code).toBe(anyErrors ? 1 : 0);
  });
});

describe("organisation and period in the JSON", () => {
  /** The sheet's title rows as text (everything above its header), read from the workbook itself. */
  function titleText(file: string, sheet: string, headerRow: number | null): string {
    const read = readWorkbook(readFileSync(file));
    if (!read.ok) throw new Error(file);
    const grid = read.grids.find((g) => g.name === sheet) as SheetGrid;
    const rows = grid.values.slice(0, (headerRow ?? 20) - grid.top + 1);
    return rows.flatMap((r: CellValue[]) => r.filter((v) => typeof v === "string")).join(" ").replace(/\s+/g, " ");
  }

  it("names, for each sheet that has one, an organisation written in its own title", () => {
    const named = json.files.flatMap((f) => f.sheets.filter((s) => s.organisation !== null).map((s) => ({ file: f.file, sheet: s })));
    expect(named.length).toBeGreaterThan(CENTRES / 2);
    for (const { file, sheet } of named) expect(titleText(file, sheet.sheet, sheet.headerRow)).toContain(sheet.organisation);
  });

  it("finds the organisation of every report titled «…плану діяльності <whose> за…»", () => {
    for (const f of json.files) {
      for (const s of f.sheets.filter((sheet) => sheet.form === "quarterly-report")) {
        if (/плану діяльності:? \S+ (місцев|бюро)/i.test(titleText(f.file, s.sheet, s.headerRow))) expect(s.organisation).not.toBeNull();
      }
    }
  });

  it("gives each report its year and quarter, as its title or sheet name says them, and a plan its year", () => {
    for (const f of json.files) {
      for (const s of f.sheets) {
        if (s.period === null) continue;
        const said = `${titleText(f.file, s.sheet, s.headerRow)} ${s.sheet}`;
        if (s.period.year !== null) expect(said).toContain(String(s.period.year));
        if (s.form !== "quarterly-report") expect(s.period.quarter).toBeNull();
      }
      const reports = f.sheets.filter((s) => s.form === "quarterly-report" && /кв/.test(s.sheet));
      for (const s of reports) expect(s.period?.quarter).not.toBeNull();
    }
  });

  it("gives each file its verdict, the counts of its sheets added up, and its first form's organisation and period", () => {
    for (const f of json.files) {
      const sum = { error: 0, warning: 0, info: 0 };
      for (const s of f.sheets) for (const k of ["error", "warning", "info"] as const) sum[k] += s.counts[k];
      expect(f.counts).toEqual(sum);
      const forms = f.sheets.filter((s) => s.form !== null);
      const first = forms.find((s) => s.organisation !== null);
      if (first) expect(f.organisation).toBe(first.organisation);
      expect(f.period).toEqual(forms.find((s) => s.period !== null)?.period ?? null);
    }
  });
});

describe("filters narrow the listing, never the counts", () => {
  it("--errors-only lists only errors, says how many it hid, and keeps the table, the summary and the exit status", async () => {
    const run = await runCli(["check", "вхідні", "--errors-only"]);
    const severities = run.stdout.split("\n").flatMap((line) => /^ {4}\S.*? {2}(помилка|попередження|порада) {2}/.exec(line)?.[1] ?? []);
    expect(severities.length).toBeGreaterThan(0);
    expect(new Set(severities)).toEqual(new Set(["помилка"]));
    const hidden = allFindings().filter((f) => f.severity !== "error").length;
    expect(run.stdout).toMatch(new RegExp(`Фільтр приховав ${hidden} зауваж`));
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, CENTRES)).toEqual(human.stdout.split("\n").slice(0, CENTRES));
    expect(lines.filter((l) => l.startsWith("Підсумок:"))).toEqual(human.stdout.split("\n").filter((l) => l.startsWith("Підсумок:")));
    expect(run.code).toBe(human.code);
  });

  it("--rule in JSON keeps only that rule's findings and every count as it was", async () => {
    const rule = allFindings()[0].rule;
    const filtered = parseJsonDocument((await runCli(["check", "вхідні", "--json", "--rule", rule])).stdout);
    const kept = filtered.files.flatMap((f) => f.sheets.flatMap((s) => s.findings));
    expect(kept.length).toBe(allFindings().filter((f) => f.rule === rule).length);
    expect(kept.every((f) => f.rule === rule)).toBe(true);
    expect(filtered.hidden).toBe(allFindings().length - kept.length);
    expect(filtered.files.map((f) => [f.verdict, f.counts])).toEqual(json.files.map((f) => [f.verdict, f.counts]));
  });

  it("--severity warning shows errors and warnings, not tips", async () => {
    const filtered = parseJsonDocument((await runCli(["check", "вхідні", "--json", "--severity", "warning"])).stdout);
    const kept = filtered.files.flatMap((f) => f.sheets.flatMap((s) => s.findings));
    expect(kept.length).toBe(allFindings().filter((f) => f.severity !== "info").length);
  });
});

describe("--report RESULT.xlsx", () => {
  const report = () => {
    const read = readWorkbook(readFileSync("результат.xlsx"));
    if (!read.ok) throw new Error(read.problem.kind);
    return read;
  };
  const dataRows = (grid: SheetGrid) => grid.values.slice(1 - grid.top + 1).filter((r) => r.some((v) => v !== null));

  it("has a summary row per file and sheet, with its counts and a link to its first finding", () => {
    const [summary, findings] = report().grids;
    expect([summary.name, findings.name]).toEqual(["Підсумок", "Зауваження"]);
    const rows = dataRows(summary);
    const sheets = json.files.flatMap((f) => f.sheets.map((s) => ({ file: f.file, ...s })));
    expect(rows).toHaveLength(sheets.length);
    rows.forEach((row, k) => {
      const s = sheets[k];
      expect(row.slice(0, 2)).toEqual([s.file, s.sheet]);
      expect(row.slice(6, 9)).toEqual([s.counts.error, s.counts.warning, s.counts.info]);
      // The sheet's own state, never the file's go-ahead: a clean sheet of a file with errors is only «без помилок».
      expect(row[5]).toBe(s.counts.error > 0 ? "є помилки" : s.form === null || s.findings.some((f) => f.rule === "form-empty") ? "не перевірявся" : "без помилок");
      const formula = summary.formulas?.[k + 1]?.[10] ?? null;
      if (s.findings.length === 0) {
        expect(formula).toBeNull();
        return;
      }
      const target = Number(/!A(\d+)/.exec(formula ?? "")?.[1]);
      const linked = findings.values[target - findings.top];
      expect(linked.slice(0, 4)).toEqual([s.file, s.sheet, s.findings[0].cell, s.findings[0].row]);
    });
  });

  it("lists every finding --json lists, in the same order, with its rule and message", () => {
    const rows = dataRows(report().grids[1]).map((r) => [r[0], r[1], r[2], r[3], r[4], r[6]]);
    expect(rows).toEqual(allFindings().map((f) => [f.file, f.sheet, f.cell, f.row, f.rule, f.message]));
  });

  it("is made to sort, filter and print: frozen header, autofilter, landscape one page wide with the header on each page", async () => {
    const zip = await JSZip.loadAsync(readFileSync("результат.xlsx"));
    for (const part of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
      const xml = (await zip.file(part)?.async("string")) ?? "";
      expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      expect(xml).toMatch(/<autoFilter ref="A1:[A-Z]+\d+"/);
      expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1"/);
      expect(xml).toContain('fitToPage="1"');
    }
    const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(workbook.match(/_xlnm\.Print_Titles/g)).toHaveLength(2);
  });

  it("colours each verdict: red to fix, green ready", async () => {
    const zip = await JSZip.loadAsync(readFileSync("результат.xlsx"));
    const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
    expect(styles).toContain("FFFFC7CE");
    expect(styles).toContain("FFC6EFCE");
  });

  it("refuses to replace an existing file unless --force, and never loses it", async () => {
    const before = readFileSync("результат.xlsx");
    const refused = await runCli(["check", "вхідні", "--report", "результат.xlsx", "--errors-only"]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain("результат.xlsx");
    expect(readFileSync("результат.xlsx").equals(before)).toBe(true);
    const forced = await runCli(["check", path.join("вхідні", "район-0"), "--report", "результат.xlsx", "--force", "--lang", "en"]);
    expect(forced.code).toBeLessThan(2);
    const read = report();
    expect(read.grids.map((g) => g.name)).toEqual(["Summary", "Findings"]);
    expect(statSync("результат.xlsx").size).not.toBe(before.length);
  });

  it("replaces with --force only an earlier results table, never a centre's workbook named by mistake", async () => {
    const centre = path.join("вхідні", "район-0", readdirSync(path.join("вхідні", "район-0")).sort()[0]);
    // Writable, as a centre's file in the office's folder is (the fixtures are copied read-only).
    chmodSync(centre, 0o644);
    const before = readFileSync(centre);
    const refused = await runCli(["check", "вхідні", "--report", centre, "--force", "--lang", "en"]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toBe(`pokaznyk: ${centre}: this is no Pokaznyk results table — --report with --force replaces only one; name another file for --report. Nothing was checked\n`);
    expect(readFileSync(centre).equals(before)).toBe(true);
  });
});

describe("progress", () => {
  async function withTerminal(args: string[]) {
    let stderr = "";
    let stdout = "";
    const code = await main(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t), isTTY: true } });
    return { code, stdout, stderr };
  }

  it("shows on a terminal's stderr and is wiped at the end, never on stdout", async () => {
    const run = await withTerminal(["check", path.join("вхідні", "район-2")]);
    expect(run.stderr).toMatch(/^\r\[1\/10\] .*район-2/);
    expect(run.stderr.endsWith("\r\x1b[K")).toBe(true);
    expect(run.stdout).not.toContain("\r");
  });

  it("stays off with --json and when stderr is not a terminal", async () => {
    expect((await withTerminal(["check", path.join("вхідні", "район-2"), "--json"])).stderr).toBe("");
    expect((await runCli(["check", path.join("вхідні", "район-2")])).stderr).toBe("");
  });
});

describe("names that hold nothing to check", () => {
  it("a pattern matching nothing gets one line on stderr and its line in the table, as a missing file does; the rest are checked", async () => {
    const run = await runCli(["check", path.join("вхідні", "район-3"), "вхідні/*.ods"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("pokaznyk: вхідні/*.ods: жоден файл не відповідає шаблону\n");
    const table = run.stdout.split("\n\n")[0].split("\n");
    expect(table).toHaveLength(11);
    expect(table[10]).toMatch(/^! вхідні\/\*\.ods +не прочитано: жоден файл не відповідає шаблону$/);
  });
});
