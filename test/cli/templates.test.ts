/**
 * `pokaznyk template`: every template, written by the CLI and read back by `check`, is its form
 * with nothing to say; the file carries the look, validation, highlight, print setup and form stamp.
 */
import path from "node:path";
import { chmodSync, copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { ValueType } from "exceljs";
import type { Workbook, Worksheet } from "exceljs";
import { TEMPLATE_IDS, buildTemplate, readStamp } from "../../src/core";
import type { TemplateId } from "../../src/core";
import { contentsFromBytes } from "../helpers/exceljs/load-workbook-file";
import { makeTempDir, putRows, writeWorkbook } from "../helpers/xlsx";
import { parseJsonDocument, runCli } from "./run-cli";
import { cellModels, loadWorkbook } from "./workbook-model";
import { fileFormula } from "../../src/core/edits";

const FIXTURES = path.resolve(__dirname, "../../../shared/fixtures");
const DETAILS = { organisation: "Коростенського місцевого центру з надання безоплатної правничої допомоги", year: 2025, quarter: 2 as const, responsible: "Н. В. Левченко" };
const DETAIL_ARGS = ["--org", DETAILS.organisation, "--year", "2025", "--quarter", "2", "--responsible", DETAILS.responsible];

const temp = makeTempDir("pokaznyk-template-");
afterAll(temp.cleanup);
const file = (name: string) => path.join(temp.dir, name);

async function template(id: TemplateId, output: string, ...extra: string[]) {
  return runCli(["template", id, "-o", output, ...DETAIL_ARGS, ...extra]);
}

describe.each(TEMPLATE_IDS)("template %s", (id) => {
  const output = file(`${id}.xlsx`);
  const planned = buildTemplate(id, DETAILS);
  let worksheet: Worksheet;

  beforeAll(async () => {
    const run = await template(id, output);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain(planned.name);
    worksheet = (await loadWorkbook(output)).getWorksheet(planned.name) as Worksheet;
  });

  it("is recognised by check as its form, header where the template put it, empty: only form-empty", async () => {
    const run = await runCli(["check", output, "--json"]);
    expect(run.code).toBe(0);
    const [sheet] = parseJsonDocument(run.stdout).files[0].sheets;
    expect(sheet).toMatchObject({ sheet: planned.name, form: planned.form, headerRow: planned.headerRows.last, rows: [] });
    expect(sheet.findings.map((f) => [f.rule, f.severity])).toEqual([["form-empty", "warning"]]);
  });

  it("records its form in a defined name that readStamp reads back", async () => {
    const { definedNames } = await contentsFromBytes(readFileSync(output));
    const stamp = definedNames.find((n) => n.name === planned.stamp.name);
    expect(stamp?.ranges).toHaveLength(1);
    expect(readStamp(planned.stamp.name, stamp?.ranges[0] ?? "")).toEqual({ form: planned.form, sheet: planned.name, headerRow: planned.headerRows.last });
  });

  it("holds the planned values, and formulas with their cached results", () => {
    for (const c of planned.cells) {
      const cell = worksheet.getCell(c.row, c.col);
      if (c.formula) {
        // exceljs stores an empty-text result as no cached value; both read as a blank cell.
        expect({ at: cell.address, formula: `=${cell.formula}`, result: cell.result ?? "" }).toEqual({ at: cell.address, formula: fileFormula(c.formula), result: c.value });
      } else if (cell.type !== ValueType.Merge) {
        expect({ at: cell.address, value: cell.value ?? null }).toEqual({ at: cell.address, value: c.value === "" ? null : (c.value ?? null) });
      }
    }
  });

  it("has the merges, widths, frozen header and print setup of the plan", () => {
    const merges = worksheet.model.merges.slice().sort();
    const expected = planned.merges.map((m) => `${worksheet.getCell(m.top, m.left).address}:${worksheet.getCell(m.bottom, m.right).address}`).sort();
    expect(merges).toEqual(expected);
    planned.columnWidths.forEach((width, k) => expect(worksheet.getColumn(k + 1).width).toBeCloseTo(width, 1));
    expect(worksheet.views[0]).toMatchObject({ state: "frozen", ySplit: planned.freezeRows });
    expect(worksheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(worksheet.pageSetup.printTitlesRow).toBe(`${planned.print.repeatRows.first}:${planned.print.repeatRows.last}`);
  });

  it("styles each kind of cell", () => {
    for (const c of planned.cells) {
      const { font, fill, border, alignment, numFmt } = worksheet.getCell(c.row, c.col).style;
      const at = worksheet.getCell(c.row, c.col).address;
      if (c.style === "title") expect({ at, bold: font?.bold, big: (font?.size ?? 0) > 12 }).toEqual({ at, bold: true, big: true });
      if (c.style === "header") {
        expect({ at, bold: font?.bold, wrap: alignment?.wrapText, centre: alignment?.horizontal, fill: fill?.type, border: border?.left?.style })
          .toEqual({ at, bold: true, wrap: true, centre: "center", fill: "pattern", border: "thin" });
      }
      if (c.style === "column-number") expect({ at, centre: alignment?.horizontal, small: (font?.size ?? 11) < 11 }).toEqual({ at, centre: "center", small: true });
      if (c.style === "section") expect({ at, bold: font?.bold, fill: fill?.type }).toEqual({ at, bold: true, fill: "pattern" });
      if (c.style === "value" || c.style === "percent") expect({ at, right: alignment?.horizontal, border: border?.bottom?.style }).toEqual({ at, right: "right", border: "thin" });
      if (c.style === "percent") expect({ at, numFmt }).toEqual({ at, numFmt: "0.0%" });
      if (c.style === "text") expect({ at, border: border?.top?.style }).toEqual({ at, border: "thin" });
    }
  });

  it("validates value cells and highlights a shortfall without a note, as planned", () => {
    const model = (worksheet as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[]; error?: string; prompt?: string; errorStyle?: string; showErrorMessage?: boolean }> } }).dataValidations.model;
    for (const v of planned.validations) {
      for (let row = v.range.top; row <= v.range.bottom; row++) {
        const found = model[worksheet.getCell(row, v.range.left).address];
        expect(found).toMatchObject({ type: "custom", formulae: [v.formula.slice(1)], error: v.message, prompt: v.prompt, errorStyle: v.alert, showErrorMessage: true });
      }
    }
    const formats = (worksheet as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[] }).conditionalFormattings;
    expect(formats.map((f) => ({ ref: f.ref, type: f.rules[0].type, formula: f.rules[0].formulae[0] }))).toEqual(
      planned.highlights.map((h) => ({
        ref: `${worksheet.getCell(h.range.top, h.range.left).address}:${worksheet.getCell(h.range.bottom, h.range.right).address}`,
        type: "expression",
        formula: h.formula.slice(1),
      })),
    );
  });
});

describe("template into an existing workbook", () => {
  it("adds a sheet under a fresh name and a fresh form stamp, changing nothing already there", async () => {
    const output = file("twice.xlsx");
    expect((await template("annual-plan", output)).code).toBe(0);
    const before = cellModels((await loadWorkbook(output)).worksheets[0]);
    const second = await template("annual-plan", output);
    expect(second.code).toBe(0);

    const workbook = await loadWorkbook(output);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["План 2025", "План 2025 (2)"]);
    expect(cellModels(workbook.worksheets[0])).toEqual(before);
    const run = await runCli(["check", output, "--json"]);
    const sheets = parseJsonDocument(run.stdout).files[0].sheets;
    expect(sheets.map((s) => [s.form, s.findings.map((f) => f.rule)])).toEqual([["annual-plan", ["form-empty"]], ["annual-plan", ["form-empty"]]]);
    const { definedNames } = await contentsFromBytes(readFileSync(output));
    const markers = definedNames.map((n) => readStamp(n.name, n.ranges[0])).filter((m) => m !== null);
    expect(markers.map((m) => m?.sheet)).toEqual(["План 2025", "План 2025 (2)"]);
  });

  it("keeps the first sheet's validations whole after the workbook is read and saved again", async () => {
    const output = file("validations.xlsx");
    await template("quarterly-report", output);
    await template("regional-plan", output);
    const sheet = (await loadWorkbook(output)).worksheets[0];
    const planned = buildTemplate("quarterly-report", DETAILS);
    const model = (sheet as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
    // Every cell still carries the validation written for the range's corner, and only those cells do.
    const expected = planned.validations.flatMap((v) => Array.from({ length: v.range.bottom - v.range.top + 1 }, (_, k) => sheet.getCell(v.range.top + k, v.range.left).address));
    expect(Object.keys(model).sort()).toEqual(expected.sort());
  });

  it("adds a template beside an official's own sheet without touching it", async () => {
    const output = file("fixture-copy.xlsx");
    copyFileSync(path.join(FIXTURES, "report-q1-2020-kramatorsk.xlsx"), output);
    // The official's own file is writable (the shared fixtures may be read-only, which template refuses).
    chmodSync(output, 0o644);
    const before = cellModels((await loadWorkbook(output)).worksheets[0]);
    expect((await template("quarterly-report", output)).code).toBe(0);
    const workbook = await loadWorkbook(output);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Звіт I кв 2020", "Звіт II кв 2025"]);
    expect(cellModels(workbook.worksheets[0])).toEqual(before);
  });

  it("refuses a file that is not a workbook, leaving it as it was (exit 2)", async () => {
    const output = file("notes.xlsx");
    writeFileSync(output, "це не книга");
    const run = await template("annual-plan", output);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(readFileSync(output, "utf8")).toBe("це не книга");
  });

  it("says so when the file cannot be written (exit 2)", async () => {
    const run = await template("annual-plan", path.join(temp.dir, "немає-теки", "план.xlsx"), "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^pokaznyk: cannot write .*план\.xlsx \(no such folder\)\n$/);
    // The system's reason in the official's words, not its code.
    const uk = await template("annual-plan", path.join(temp.dir, "немає-теки", "план.xlsx"));
    expect(uk.stderr).toMatch(/^pokaznyk: не вдалося записати .*план\.xlsx \(такої теки немає\)\n$/);
  });
});

describe("template --list", () => {
  it("lists every template with its title", async () => {
    const run = await runCli(["template", "--list", "--lang", "en"]);
    expect(run.code).toBe(0);
    for (const id of TEMPLATE_IDS) expect(run.stdout).toMatch(new RegExp(`^  ${id} +\\S`, "m"));
  });

  it("names each template as officials call it, the annual report as an annual one", async () => {
    const run = await runCli(["template", "--list"]);
    expect(run.stdout).toMatch(/^ {2}quarterly-report +Звіт про виконання плану діяльності$/m);
    expect(run.stdout).toMatch(/^ {2}annual-plan +Річний план діяльності$/m);
    expect(run.stdout).toMatch(/^ {2}annual-report +Звіт про виконання річного плану діяльності$/m);
  });
});

describe("check honours form stamps", () => {
  it("reads the form and header row the form stamp records, not the first table that fits", async () => {
    // Last quarter's table kept above this quarter's, a layout officials do use: both tables fit.
    const output = file("marked.xlsx");
    const header = ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Найменування показників", "План", "Факт", "Примітка у разі недовиконання плану"];
    const fill = (marked: boolean) => (wb: Workbook) => {
      const sheet = wb.addWorksheet("Звіт і план");
      putRows(sheet, [
        header,
        ["1.1", "Консультування в громадах (I кв.)", "Відділ правопросвіти", "Кількість консультацій", 5, 5, null],
        [],
        [],
        header,
        ["1.1", "Консультування в громадах", "Відділ правопросвіти", "Кількість консультацій", 5, 3, null],
      ]);
      if (marked) wb.definedNames.add("'Звіт і план'!$A$5:$G$5", "Pokaznyk.quarterly_report.1");
    };
    await writeWorkbook(output, fill(false));
    const guessed = parseJsonDocument((await runCli(["check", output, "--json"])).stdout).files[0].sheets[0];
    await writeWorkbook(output, fill(true));
    const marked = parseJsonDocument((await runCli(["check", output, "--json"])).stdout).files[0].sheets[0];
    expect(guessed.headerRow).toBe(1);
    expect([marked.form, marked.headerRow]).toEqual(["quarterly-report", 5]);
    expect(marked.rows.map((r) => r.row)).toEqual([6]);
    expect(marked.findings.filter((f) => f.rule === "shortfall-unexplained").map((f) => f.row)).toEqual([6]);
  });
});
