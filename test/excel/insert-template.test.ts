/** Templates inserted through the adapter: every part lands, and Check knows the form at once. */
import { buildTemplate, checkSheet, columnLetter, TEMPLATE_IDS, type TemplateId } from "../../src/core";
import { insertTemplate, readSheetForCheck, runExcel, FEATURE_API, type ExcelHost } from "../../src/excel";
import { FakeExcel } from "../../src/fake-excel";
import { styleAreas } from "../../src/excel/insert-template";
import { fixtureExcel } from "./helpers";

const DETAILS = { organisation: "Краматорського місцевого центру", year: 2025, quarter: 2 as const, responsible: "Іваненко І. І." };

const insert = (excel: ExcelHost, id: TemplateId, supports?: (v: string) => boolean) =>
  runExcel(excel, (ctx) => insertTemplate(ctx, id, DETAILS, { supports }));

describe.each(TEMPLATE_IDS)("template %s", (id) => {
  it("becomes a new sheet that Check recognises as its form, with no errors", async () => {
    const excel = await fixtureExcel("report-q1-2020-kramatorsk");
    const before = excel.book.sheets.map((s) => s.name);
    excel.resetStats();
    const inserted = await insert(excel, id);
    expect(excel.syncs).toHaveLength(4);
    const expected = buildTemplate(id, DETAILS, before, 1);
    expect(inserted).toEqual({ sheet: expected.name, form: expected.form, stamp: expected.stamp.name, skipped: [] });
    expect(excel.book.activeSheet).toBe(expected.name);
    expect(excel.book.selection?.area.top).toBe(expected.measureRows.first);

    const { grid, options } = await runExcel(excel, (ctx) => readSheetForCheck(ctx));
    expect(options).toEqual({ form: expected.form, headerRow: expected.headerRows.last });
    const report = checkSheet(grid, options);
    expect(report.form).toBe(expected.form);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    // Without the marker the engine still recognises it by its headers.
    expect(checkSheet(grid).form).toBe(expected.form);
  });

  it("carries every part of the template", async () => {
    const excel = FakeExcel.fromJson({ sheets: [{ name: "Аркуш1", cells: [] }] });
    await insert(excel, id);
    const t = buildTemplate(id, DETAILS, ["Аркуш1"], 1);
    const sheet = excel.book.sheet(t.name)!;
    for (const cell of t.cells) {
      const got = sheet.cell(cell.row, cell.col);
      if (cell.formula) expect(got?.formula).toBe(cell.formula);
      else expect(got?.value ?? null).toEqual(cell.value === "" ? null : (cell.value ?? null));
    }
    expect(sheet.merges).toEqual(expect.arrayContaining(t.merges));
    expect(sheet.merges).toHaveLength(t.merges.length);
    expect(sheet.freezeRows).toBe(t.freezeRows);
    expect(sheet.validations.map((v) => v.formula)).toEqual(t.validations.map((v) => v.formula));
    expect(sheet.validations.every((v) => v.errorAlert?.showAlert && v.prompt?.showPrompt && v.ignoreBlanks)).toBe(true);
    // Plans take any wording without digits: the official may keep one after a warning; facts must be numbers.
    expect(sheet.validations.map((v) => v.errorAlert?.style)).toEqual(t.validations.map((v) => (v.alert === "warning" ? "Warning" : "Stop")));
    expect(sheet.conditionalFormats.map((f) => [f.formula, f.fill])).toEqual(t.highlights.map((h) => [h.formula, h.fill]));
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1 },
      centerHorizontally: true,
      printTitleRows: `$${t.print.repeatRows.first}:$${t.print.repeatRows.last}`,
      centerFooter: "Сторінка &P з &N",
    });
    const { range } = t.stamp;
    const reference = `='${t.name}'!$A$${range.top}:$${columnLetter(range.right)}$${range.bottom}`;
    expect(excel.book.names).toEqual([{ name: t.stamp.name, formula: reference }]);
    // Looks: header bold with borders; the column widths in pixels from Excel's character widths.
    const header = sheet.cell(t.headerRows.first, 1)!;
    expect(header.style).toMatchObject({ font: { bold: true, name: "Times New Roman" }, align: { wrap: true, horizontal: "center" }, fill: { color: "#DDE6F0" } });
    expect(header.style?.border).toMatchObject({ top: { style: "Continuous" }, left: { style: "Continuous" } });
    expect(sheet.columnWidths.slice(0, t.columnWidths.length)).toEqual(t.columnWidths.map((w) => w * 7 + 5));
    expect(sheet.rowHeights[t.headerRows.first]).toBeGreaterThan(20);
  });
});

describe("inserting templates", () => {
  it("never overwrites: a second insert gets a fresh sheet name and a fresh form stamp", async () => {
    const excel = FakeExcel.fromJson({ sheets: [{ name: "Аркуш1", cells: [] }] });
    const first = await insert(excel, "quarterly-report");
    const second = await insert(excel, "quarterly-report");
    expect(second.sheet).toBe(`${first.sheet} (2)`);
    expect(second.stamp).toBe("Pokaznyk.quarterly_report.2");
    const { options } = await runExcel(excel, (ctx) => readSheetForCheck(ctx, first.sheet));
    expect(options.form).toBe("quarterly-report");
  });

  it("skips what this Excel lacks and says so; the sheet still works", async () => {
    const excel = FakeExcel.fromJson({ sheets: [{ name: "Аркуш1", cells: [] }] });
    const inserted = await insert(excel, "annual-plan", (v) => Number(v.split(".")[1]) < 8);
    expect(inserted.skipped.sort()).toEqual(["fit", "print", "validation"]);
    const sheet = excel.book.sheet(inserted.sheet)!;
    expect(sheet.validations).toEqual([]);
    expect(sheet.pageLayout).toEqual({});
    expect(sheet.freezeRows).toBeGreaterThan(0);
    expect(FEATURE_API.print).toBe("1.9");
  });

  it("reports print setup as skipped when Excel claims the API set but refuses it", async () => {
    const excel = FakeExcel.fromJson({ sheets: [{ name: "Аркуш1", cells: [] }] });
    const host: ExcelHost = {
      isSetSupported: (n, v) => excel.isSetSupported(n, v),
      run: (batch) =>
        excel.run((ctx) => {
          const add = ctx.workbook.worksheets.add.bind(ctx.workbook.worksheets);
          ctx.workbook.worksheets.add = (name: string) => {
            const sheet = add(name);
            sheet.pageLayout.setPrintTitleRows = () => {
              throw Object.assign(new Error("This API is not supported"), { code: "ApiNotFound" });
            };
            return sheet;
          };
          return batch(ctx);
        }),
    };
    const inserted = await runExcel(host, (ctx) => insertTemplate(ctx, "regional-plan", DETAILS));
    expect(inserted.skipped).toEqual(["print"]);
    expect(excel.book.sheet(inserted.sheet)?.freezeRows).toBe(buildTemplate("regional-plan", DETAILS, [], 1).freezeRows);
  });

  it("keeps print titles and the footer when Excel refuses only the fit to one page wide", async () => {
    const excel = FakeExcel.fromJson({ sheets: [{ name: "Аркуш1", cells: [] }] });
    const host: ExcelHost = {
      isSetSupported: (n, v) => excel.isSetSupported(n, v),
      run: (batch) =>
        excel.run((ctx) => {
          const add = ctx.workbook.worksheets.add.bind(ctx.workbook.worksheets);
          ctx.workbook.worksheets.add = (name: string) => {
            const sheet = add(name);
            const layout = new Proxy(sheet.pageLayout, {
              set: (target, key, value) => {
                if (key === "zoom") throw Object.assign(new Error("The argument is invalid"), { code: "InvalidArgument" });
                return Reflect.set(target, key, value);
              },
            });
            return new Proxy(sheet, { get: (target, key) => (key === "pageLayout" ? layout : Reflect.get(target, key)) });
          };
          return batch(ctx);
        }),
    };
    const inserted = await runExcel(host, (ctx) => insertTemplate(ctx, "regional-plan", DETAILS));
    expect(inserted.skipped).toEqual(["fit"]);
    const t = buildTemplate("regional-plan", DETAILS, [], 1);
    expect(excel.book.sheet(inserted.sheet)?.pageLayout).toMatchObject({
      orientation: "Landscape",
      printTitleRows: `$${t.print.repeatRows.first}:$${t.print.repeatRows.last}`,
      centerFooter: "Сторінка &P з &N",
    });
  });

  it("formats a style's cells in few rectangles, not cell by cell", () => {
    const t = buildTemplate("annual-report", DETAILS, [], 1);
    const areas = styleAreas(t);
    expect(areas.length).toBeLessThan(20);
    const covered = areas.reduce((n, [a]) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);
    expect(covered).toBeGreaterThanOrEqual(t.cells.length);
  });
});
