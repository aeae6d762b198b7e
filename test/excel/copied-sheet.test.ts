/**
 * A copied template sheet keeps its form. Copying a sheet in Excel gives the copy its own,
 * sheet-scoped copy of the form stamp (pointing at the copy's header); the workbook's stamp keeps
 * pointing at the original. The task pane must read the sheet's own names as well as the
 * workbook's, and the CLI must keep both though exceljs folds same-named names into one, so that
 * both say the same about the original and the copy.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { buildTemplate, checkSheet } from "../../src/core";
import { stampedOptions } from "../../src/core/templates";
import { contentsFromBytes } from "../helpers/exceljs/load-workbook-file";
import { nameReferences } from "../helpers/exceljs/read-workbook";
import { addTemplate, newWorkbook } from "../../src/cli/xlsx/write-template";
import { insertTemplate, readSheetForCheck, runExcel } from "../../src/excel";
import { FakeExcel } from "../../src/fake-excel";
import { xlsxToJson } from "../../src/preview/fixtures/xlsx-to-json";
import { makeTempDir } from "../helpers/xlsx";

const DETAILS = { organisation: "Коростенського місцевого центру", year: 2025, quarter: 3 as const, responsible: "Н. В. Левченко" };

describe("a copied template sheet in the fake Excel", () => {
  // Failed before: the fake had no sheet-scoped names, and the pane read only the workbook's.
  it("gets its own stamp as a sheet-scoped name, and Check knows its form from it", async () => {
    const excel = FakeExcel.fromJson({ sheets: [{ name: "Титул", cells: [{ r: 1, c: 1, v: "Звіти" }] }] });
    const inserted = await runExcel(excel, (ctx) => insertTemplate(ctx, "quarterly-report", DETAILS));
    const copy = excel.copySheet(inserted.sheet);
    expect(copy.name).toBe(`${inserted.sheet} (2)`);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Титул", inserted.sheet, copy.name]);
    const template = buildTemplate("quarterly-report", DETAILS, ["Титул"], 1);
    const header = template.headerRows;

    const names = await runExcel(excel, async (ctx) => {
      const workbook = ctx.workbook.names;
      const own = ctx.workbook.worksheets.getItem(copy.name).names;
      const original = ctx.workbook.worksheets.getItem(inserted.sheet).names;
      for (const collection of [workbook, own, original]) collection.load("items/name,items/formula");
      await ctx.sync();
      return { workbook: workbook.items, own: own.items, original: original.items };
    });
    expect(names.workbook).toEqual([{ name: inserted.stamp, formula: `='${inserted.sheet}'!$A$${header.first}:$I$${header.last}` }]);
    expect(names.own).toEqual([{ name: inserted.stamp, formula: `='${copy.name}'!$A$${header.first}:$I$${header.last}` }]);
    expect(names.original).toEqual([]);

    for (const sheet of [inserted.sheet, copy.name]) {
      excel.resetStats();
      const { options } = await runExcel(excel, (ctx) => readSheetForCheck(ctx, sheet));
      expect({ sheet, options }).toEqual({ sheet, options: { form: "quarterly-report", headerRow: header.last } });
      // Still one round trip: the sheet's names go out with the read's first sync.
      expect(excel.syncs).toHaveLength(1);
    }
  });

  it("refuses a name twice in one scope, but takes it once in the workbook and once in a sheet", async () => {
    const excel = FakeExcel.fromJson({ sheets: [{ name: "A", cells: [] }] });
    await runExcel(excel, async (ctx) => {
      ctx.workbook.names.add("Межа", "=A!$A$1");
      ctx.workbook.worksheets.getItem("A").names.add("Межа", "=A!$B$1");
      await ctx.sync();
    });
    await expect(runExcel(excel, async (ctx) => {
      ctx.workbook.worksheets.getItem("A").names.add("межа", "=A!$C$1");
      await ctx.sync();
    })).rejects.toMatchObject({ kind: expect.any(String) });
    expect(excel.book.names).toEqual([{ name: "Межа", formula: "=A!$A$1" }, { name: "Межа", formula: "=A!$B$1", sheet: "A" }]);
  });
});

describe("a copied template sheet in a file: the task pane and the CLI agree", () => {
  const temp = makeTempDir("pokaznyk-copied-");
  afterAll(temp.cleanup);

  /**
   * A template and its copy as Excel saves them: the copy's stamp a sheet-scoped name
   * (localSheetId) of the same name, written before or after the workbook's.
   */
  async function savedByExcel(order: "workbook-first" | "sheet-first"): Promise<{ file: string; original: string; copy: string; headerRow: number }> {
    const workbook = newWorkbook(new Date(Date.UTC(2025, 6, 1)));
    const template = addTemplate(workbook, "quarterly-report", DETAILS);
    const original = workbook.getWorksheet(template.name)!;
    const copy = workbook.addWorksheet(`${template.name} (2)`);
    copy.model = { ...original.model, name: copy.name, id: copy.id } as typeof copy.model;
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    const stamp = (ref: string, scope = "") => `<definedName name="${template.stamp.name}"${scope}>${ref}</definedName>`;
    const global = stamp(`'${template.name}'!$A$${template.headerRows.first}:$I$${template.headerRows.last}`);
    const local = stamp(`'${copy.name}'!$A$${template.headerRows.first}:$I$${template.headerRows.last}`, ' localSheetId="1"');
    zip.file("xl/workbook.xml", xml.replace(/<definedNames>.*<\/definedNames>/s, `<definedNames>${order === "workbook-first" ? global + local : local + global}</definedNames>`));
    const file = path.join(temp.dir, `copied-${order}.xlsx`);
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    return { file, original: template.name, copy: copy.name, headerRow: template.headerRows.last };
  }

  // Failed before: exceljs kept only the last of the two names, so the CLI lost one sheet's stamp.
  it.each(["workbook-first", "sheet-first"] as const)("names written %s: both sheets stamped, in both", async (order) => {
    const { file, original, copy, headerRow } = await savedByExcel(order);
    const { grids, definedNames } = await contentsFromBytes(readFileSync(file));
    const excel = FakeExcel.fromJson(await xlsxToJson(file));
    for (const sheet of [original, copy]) {
      const cli = stampedOptions(nameReferences(definedNames), sheet);
      const pane = (await runExcel(excel, (ctx) => readSheetForCheck(ctx, sheet))).options;
      expect({ sheet, cli, pane }).toEqual({ sheet, cli: { form: "quarterly-report", headerRow }, pane: { form: "quarterly-report", headerRow } });
      const grid = grids.find((g) => g.name === sheet)!;
      expect(checkSheet(grid, cli).form).toBe("quarterly-report");
    }
  });
});
