/**
 * The fake's custom XML parts and onChanged behave as Excel's: a part's XML is readable only
 * after the sync, malformed XML is refused, getByNamespace picks by the root's namespace, a deleted
 * part is gone; onChanged fires after the sync for writes (marked as this add-in's from 1.14) and
 * for the user's typing.
 */
import { FakeExcel, FakeSheet, FakeWorkbook } from "../../src/fake-excel";
import { readAcceptances, readWorkbookForCheck, runExcel, saveAcceptances, watchSheetChanges } from "../../src/excel";
import type { Acceptance } from "../../src/core";

function book(): FakeExcel {
  const wb = new FakeWorkbook();
  wb.addSheet(new FakeSheet("A"));
  wb.addSheet(new FakeSheet("B"));
  wb.activeSheet = "A";
  return new FakeExcel(wb);
}

const NS = "urn:test:1";

describe("fake customXmlParts", () => {
  it("adds a part, finds it by its root's namespace, and reads its XML only after the sync", async () => {
    const excel = book();
    await runExcel(excel, async (ctx) => {
      ctx.workbook.customXmlParts.add(`<?xml version="1.0"?><r xmlns="${NS}"><a/></r>`);
      ctx.workbook.customXmlParts.add(`<p:r xmlns:p="urn:other"/>`);
      await ctx.sync();
      const parts = ctx.workbook.customXmlParts.getByNamespace(NS);
      parts.load("items/id");
      await ctx.sync();
      expect(parts.items).toHaveLength(1);
      // Only what was loaded is readable, as in Excel.
      expect(() => parts.items[0].namespaceUri).toThrow(/not available/);
      parts.load("items/namespaceUri");
      await ctx.sync();
      expect(parts.items[0].namespaceUri).toBe(NS);
      const xml = parts.items[0].getXml();
      expect(() => xml.value).toThrow(/not been loaded/);
      await ctx.sync();
      expect(xml.value).toContain("<a/>");
      const other = ctx.workbook.customXmlParts.getByNamespace("urn:other").getOnlyItemOrNullObject();
      other.load("namespaceUri");
      await ctx.sync();
      expect(other.isNullObject).toBe(false);
      expect(other.namespaceUri).toBe("urn:other");
    });
  });

  it.each([["not XML", "hello"], ["an unclosed root", `<r xmlns="${NS}">`], ["an undeclared prefix", "<p:r/>"], ["two roots", "<a/><b/>"]])("refuses %s", async (_name, xml) => {
    const excel = book();
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.customXmlParts.add(xml);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(excel.book.xmlParts).toEqual([]);
  });

  it("replaces a part's XML and deletes it; a deleted part cannot be read", async () => {
    const excel = book();
    await runExcel(excel, async (ctx) => {
      const part = ctx.workbook.customXmlParts.add(`<r xmlns="${NS}"/>`);
      part.setXml(`<r xmlns="${NS}"><b/></r>`);
      await ctx.sync();
      expect(excel.book.xmlParts.map((p) => p.xml)).toEqual([`<r xmlns="${NS}"><b/></r>`]);
      part.delete();
      part.getXml();
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(excel.book.xmlParts).toEqual([]);
  });
});

describe("acceptances in the workbook (adapter)", () => {
  const a: Acceptance = { sheet: "A", cell: "G8", rule: "fact-far-above-plan", value: "53", reason: "акція <в> громаді & ін.", at: "2026-12-03T12:00:00.000Z" };

  it("saves one part, replaces it, and removes it when the list is empty", async () => {
    const excel = book();
    await expect(runExcel(excel, (ctx) => readAcceptances(ctx))).resolves.toEqual([]);
    await runExcel(excel, (ctx) => saveAcceptances(ctx, [a]));
    await runExcel(excel, (ctx) => saveAcceptances(ctx, [a, { ...a, cell: "G9" }]));
    expect(excel.book.xmlParts).toHaveLength(1);
    await expect(runExcel(excel, (ctx) => readAcceptances(ctx))).resolves.toEqual([a, { ...a, cell: "G9" }]);
    await runExcel(excel, (ctx) => saveAcceptances(ctx, []));
    expect(excel.book.xmlParts).toEqual([]);
  });

  it("leaves other add-ins' parts alone", async () => {
    const excel = book();
    excel.book.xmlParts.push({ id: "{X}", xml: `<r xmlns="urn:someone-else"/>` });
    await runExcel(excel, (ctx) => saveAcceptances(ctx, [a]));
    await runExcel(excel, (ctx) => saveAcceptances(ctx, []));
    expect(excel.book.xmlParts).toEqual([{ id: "{X}", xml: `<r xmlns="urn:someone-else"/>` }]);
  });
});

describe("fake onChanged", () => {
  it("reports the user's typing, and the add-in's writes only where Excel cannot tell them apart", async () => {
    for (const [api, ownSeen] of [["1.13", true], ["1.14", false]] as const) {
      const excel = book();
      excel.book.apiVersion = api;
      const seen: string[] = [];
      const stop = await watchSheetChanges(excel, (id) => seen.push(id));
      await runExcel(excel, async (ctx) => {
        ctx.workbook.worksheets.getItem("B").getRange("C3").values = [[5]];
        await ctx.sync();
        // Fired after the sync, never inside it.
        expect(seen).toEqual([]);
      });
      await new Promise((r) => setTimeout(r, 0));
      expect(seen).toEqual(ownSeen ? [excel.book.sheet("B")!.id] : []);
      excel.type("A", "B2", "7");
      await new Promise((r) => setTimeout(r, 0));
      expect(seen.at(-1)).toBe(excel.book.sheet("A")!.id);
      expect(excel.book.sheet("A")!.cell(2, 2)?.value).toBe(7);
      await stop();
      excel.type("A", "B2", "8");
      await new Promise((r) => setTimeout(r, 0));
      expect(seen).toHaveLength(ownSeen ? 2 : 1);
    }
  });
});

describe("reading the workbook within the budget", () => {
  it("reads the active sheet first and names the sheets over the budget instead of skipping them silently", async () => {
    const excel = book();
    const [a, b] = excel.book.sheets;
    for (let r = 1; r <= 10; r++) for (let c = 1; c <= 10; c++) b.setValue(r, c, r * c);
    a.setValue(1, 1, "x");
    excel.book.activeSheet = "B";
    const tight = await runExcel(excel, (ctx) => readWorkbookForCheck(ctx, { sheetCells: 50 }));
    expect(tight.sheets.map((s) => s.grid.name)).toEqual(["A"]);
    expect(tight.unread).toEqual([{ sheet: "B", cells: 100 }]);
    expect(tight.active).toBe("B");
    const total = await runExcel(excel, (ctx) => readWorkbookForCheck(ctx, { workbookCells: 100 }));
    // The active sheet takes the budget first; the other one is named.
    expect(total.sheets.map((s) => s.grid.name)).toEqual(["B"]);
    expect(total.unread).toEqual([{ sheet: "A", cells: 1 }]);
    const all = await runExcel(excel, (ctx) => readWorkbookForCheck(ctx));
    expect(all.sheets.map((s) => s.grid.name)).toEqual(["A", "B"]);
    expect(all.unread).toEqual([]);
  });
});
