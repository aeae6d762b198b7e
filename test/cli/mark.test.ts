/**
 * `pokaznyk mark FILE -o MARKED.xlsx` on the fixtures and on the rich workbooks of the compute
 * tests (chart, picture, pivot, notes, protection, names, macros): every finding's cell shows the
 * add-in's colour for its worst finding, its note says every finding's message, values stay, every
 * other part is copied byte for byte, and `check` of the marked copy says what it said before.
 * LibreOffice, when installed, opens each copy and shows the same values as the original.
 */
import path from "node:path";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { MARK_STYLE } from "../../src/excel/marks";
import { MARK_FILLS } from "../../src/cli/package/mark";
import { parseAddress } from "../../src/core/address";
import type { Severity } from "../../src/core/types";
import type { JsonDocument, JsonFinding } from "../../src/cli/json-output";
import { makeTempDir } from "../helpers/xlsx";
import { cellMap, diffPackages, figures, outsideSheetData, partText } from "./package/diff";
import { fixtureFile, unpack } from "./package/parts";
import { richPlan, richReport } from "./package/rich-workbook";
import { cellFill, cellXf, noteBoxes, notesOf, sheetParts, withoutFill } from "./marked-workbook";
import { parseJsonDocument, runCli } from "./run-cli";

const ROOT = path.resolve(__dirname, "../..");
const temp = makeTempDir("pokaznyk-mark-");
afterAll(temp.cleanup);
const file = (name: string) => path.join(temp.dir, name);

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Workbooks to mark: [label, path]. Shared fixtures, test fixtures of other layouts, the rich ones. */
function workbooks(): [string, string][] {
  writeFileSync(file("rich-plan.xlsx"), richPlan());
  writeFileSync(file("rich-report.xlsx"), richReport());
  writeFileSync(file("rich-plan-macros.xlsm"), richPlan({ macros: true }));
  return [
    ...["plan-2022-public", "plan-2023-zhytomyr", "report-q1-2020-kramatorsk", "report-q3-2021-public"].map((n): [string, string] => [n, fixtureFile(`${n}.xlsx`)]),
    ...["report-q1-2022-multisheet", "report-q3-2024-error-values", "plan-2024-text-numbers", "report-q2-2021-probes", "report-2022-word-merges", "action-plan-2021-pokrovsk"].map((n): [string, string] => [n, path.join(ROOT, "test/fixtures", `${n}.xlsx`)]),
    ["rich-plan", file("rich-plan.xlsx")],
    ["rich-report", file("rich-report.xlsx")],
    ["rich-plan-macros", file("rich-plan-macros.xlsm")],
  ];
}

const WORKBOOKS = workbooks();

async function checkJson(input: string, lang = "en"): Promise<{ code: number; doc: JsonDocument }> {
  const run = await runCli(["check", input, "--json", "--lang", lang]);
  return { code: run.code, doc: parseJsonDocument(run.stdout) };
}

/** The merged areas of a sheet part, for where a finding on a covered cell is shown. */
function mergedAreas(sheetXml: string) {
  return [...sheetXml.matchAll(/<mergeCell\b[^>]*\bref="([A-Z]+\d+):([A-Z]+\d+)"/g)].map((m) => {
    const a = parseAddress(m[1]);
    const b = parseAddress(m[2]);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col, ref: m[1] };
  });
}

interface Expected {
  severity: Severity;
  messages: string[];
}

/** What each cell of a sheet should show: the worst severity, and every message, by the cell Excel shows. */
function expectedMarks(findings: JsonFinding[], sheetXml: string): Map<string, Expected> {
  const areas = mergedAreas(sheetXml);
  const cells = new Map<string, Expected>();
  for (const f of findings.filter((f) => !f.accepted)) {
    const { row, col } = parseAddress(f.cell);
    const ref = areas.find((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right)?.ref ?? f.cell;
    const severity = f.severity as Severity;
    const cell: Expected = cells.get(ref) ?? { severity, messages: [] };
    if (RANK[severity] > RANK[cell.severity]) cell.severity = severity;
    cell.messages.push(f.message);
    cells.set(ref, cell);
  }
  return cells;
}

const withoutStyle = (cell: string) => cell.replace(/\ss="\d+"/, "");

it("uses the add-in's mark colours", () => {
  for (const severity of ["error", "warning", "info"] as const) expect(`#${MARK_FILLS[severity]}`).toBe(MARK_STYLE[severity].fill);
});

describe.each(WORKBOOKS)("mark %s", (label, input) => {
  const output = file(`marked-${label}${path.extname(input)}`);
  let before: { code: number; doc: JsonDocument };
  let original: Uint8Array;
  let marked: Uint8Array;

  beforeAll(async () => {
    before = await checkJson(input);
    const run = await runCli(["mark", input, "-o", output, "--lang", "en"]);
    expect(run.stderr).toBe("");
    // The exit status is check's: 1 when the file has errors.
    expect(run.code).toBe(before.code);
    original = readFileSync(input);
    marked = readFileSync(output);
  });

  it("colours each finding's cell for its worst finding and notes every message there", () => {
    const parts = sheetParts(marked);
    let cells = 0;
    for (const sheet of before.doc.files[0].sheets) {
      const part = parts.get(sheet.sheet) as string;
      const expected = expectedMarks(sheet.findings, partText(original, part));
      const notes = notesOf(marked, part);
      const boxes = new Set(noteBoxes(marked, part).map((b) => b.cell));
      for (const [ref, want] of expected) {
        cells++;
        expect([ref, cellFill(marked, part, ref)]).toEqual([ref, MARK_FILLS[want.severity]]);
        const note = notes.get(ref);
        for (const message of want.messages) expect(note?.text).toContain(message);
        expect(boxes.has(ref)).toBe(true);
        // Everything of the cell's look but its fill is as it was.
        const was = cellXf(original, part, ref);
        if (was !== null) expect(withoutFill(cellXf(marked, part, ref))).toBe(withoutFill(was));
      }
    }
    // A workbook without findings is left as it was (checked below); the others must show some.
    expect(cells > 0).toBe(before.doc.files[0].sheets.some((s) => s.findings.some((f) => !f.accepted)));
  });

  it("changes no value, formula or other cell, and no other part", () => {
    const parts = sheetParts(marked);
    const markedSheets = new Set<string>();
    for (const sheet of before.doc.files[0].sheets) {
      const part = parts.get(sheet.sheet) as string;
      const was = partText(original, part);
      const now = partText(marked, part);
      const expected = expectedMarks(sheet.findings, was);
      if (expected.size > 0) markedSheets.add(part);
      const a = cellMap(was);
      const b = cellMap(now);
      const changed = [...new Set([...a.keys(), ...b.keys()])].filter((ref) => a.get(ref) !== b.get(ref));
      expect(changed.sort()).toEqual([...expected.keys()].sort());
      for (const ref of changed) {
        const cell = b.get(ref) as string;
        // A cell that was not in the file comes in empty: a style and nothing else.
        expect(withoutStyle(cell)).toBe(a.has(ref) ? withoutStyle(a.get(ref) as string) : `<c r="${ref}"/>`);
      }
      // Outside the cells: at most the dimension grown and the note drawing named.
      const strip = (xml: string) => outsideSheetData(xml).replace(/<dimension\b[^>]*\/>/, "").replace(/<legacyDrawing\b[^>]*\/>/, "");
      expect(strip(now)).toBe(strip(was));
    }
    const diff = diffPackages(original, marked);
    console.log(figures(`mark ${label}`, diff));
    const allowed = (name: string) =>
      markedSheets.has(name) || name === "xl/styles.xml" || name === "[Content_Types].xml" || [...markedSheets].some((p) => name === p.replace(/([^/]+)$/, "_rels/$1.rels")) || /^xl\/(comments\d+\.xml|drawings\/vmlDrawing\d+\.vml)$/.test(name);
    expect(diff.changed.filter((n) => !allowed(n))).toEqual([]);
    expect(diff.added.filter((n) => !allowed(n))).toEqual([]);
    expect(diff.removed).toEqual([]);
    if (markedSheets.size === 0) expect([...diff.changed, ...diff.added]).toEqual([]);
    expect(diff.sameOrder).toBe(true);
    expect(diff.identical.length).toBe(diff.total - diff.changed.length);
  });

  it("checks the same as the original", async () => {
    const after = await checkJson(output);
    expect(after.code).toBe(before.code);
    expect(after.doc.files[0].sheets).toEqual(before.doc.files[0].sheets);
  });
});

describe("mark on workbooks that already have notes", () => {
  it("keeps the rich report's own note and box and adds the new ones beside them", () => {
    const original = readFileSync(file("rich-report.xlsx"));
    const marked = readFileSync(file("marked-rich-report.xlsx"));
    const part = sheetParts(marked).get("Звіт III кв 2021") as string;
    const notes = notesOf(marked, part);
    expect(notes.get("C6")).toEqual(notesOf(original, part).get("C6"));
    expect(notes.size).toBeGreaterThan(1);
    for (const [ref, note] of notes) if (ref !== "C6") expect(note.author).toBe("Pokaznyk");
    // One comments part and one drawing still: the sheet's own, added to.
    const names = [...unpack(marked).keys()];
    expect(names.filter((n) => /^xl\/comments\d+\.xml$/.test(n))).toEqual(["xl/comments1.xml"]);
    expect(names.filter((n) => /\.vml$/.test(n))).toEqual(["xl/drawings/vmlDrawing1.vml"]);
    const boxes = noteBoxes(marked, part);
    expect(boxes.map((b) => b.cell).sort()).toEqual([...notes.keys()].sort());
    expect(new Set(boxes.map((b) => b.id)).size).toBe(boxes.length);
  });

  it("keeps an .xlsm's macros and kind", () => {
    const diff = diffPackages(readFileSync(file("rich-plan-macros.xlsm")), readFileSync(file("marked-rich-plan-macros.xlsm")));
    expect(diff.identical).toContain("xl/vbaProject.bin");
  });
});

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

(hasSoffice ? it : it.skip)("opens in LibreOffice, every sheet's values as in the original", () => {
  const profile = file("lo-profile");
  cpSync(path.resolve(ROOT, "../shared/tools/lo-recalc-profile"), profile, { recursive: true });
  const pairs = WORKBOOKS.filter(([label]) => !label.startsWith("rich")).map(([label, input]) => {
    const copy = file(`original-${label}.xlsx`);
    cpSync(input, copy);
    return [label, copy, file(`marked-${label}.xlsx`)] as const;
  });
  const outdir = file("csv");
  const run = spawnSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", outdir, ...pairs.flatMap(([, a, b]) => [a, b])], {
    encoding: "utf8",
    timeout: 180_000,
  });
  expect(run.status).toBe(0);
  for (const [label] of pairs) {
    const sheets = (prefix: string) =>
      readdirSync(outdir)
        .filter((name) => name.startsWith(`${prefix}-${label}`))
        .sort()
        .map((name) => readFileSync(path.join(outdir, name), "utf8"));
    const was = sheets("original");
    expect(was.length).toBeGreaterThan(0);
    expect(sheets("marked")).toEqual(was);
  }
  expect(existsSync(outdir)).toBe(true);
}, 240_000);
