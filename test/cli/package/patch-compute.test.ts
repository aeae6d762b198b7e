/**
 * `compute` as a package patch on the rich workbook (issue 8, deliverable 2's acceptance): every
 * part other than the sheet the plan writes into is copied byte for byte (its zip entry's stored
 * bytes, CRC and sizes), and the sheet differs only in the planned cells.
 */
import { enginePlans } from "../compute-check";
import type { ComputedSheet } from "../compute-check";
import { patchCompute } from "../../../src/cli/package/compute";
import type { PatchedCompute } from "../../../src/cli/package/compute";
import { nodeCodec } from "../../../src/cli/package/node-codec";
import { cellAddress } from "../../../src/core/address";
import { fileFormula } from "../../../src/core/edits";
import { richPlan, VBA } from "./rich-workbook";
import { fixtureFile, unpack } from "./parts";
import { cellMap, diffPackages, figures, outsideSheetData, partText, rowTags } from "./diff";

const FORM = "xl/worksheets/sheet1.xml";
let computed: ComputedSheet;

beforeAll(async () => {
  // The rich workbook's form sheet has the public plan's cells: the engine plans on those.
  const sheets = await enginePlans(fixtureFile("plan-2022-public.xlsx"), { replaceTotals: true });
  computed = sheets.find((s) => s.plan.writes.length + s.accepted.length > 0) as ComputedSheet;
});

function patched(bytes: Uint8Array): PatchedCompute {
  const out = patchCompute(bytes, computed.name, computed.plan, computed.accepted, nodeCodec);
  if ("refusal" in out) throw new Error(`refused: ${JSON.stringify(out.refusal)}`);
  return out;
}

/** The `<f>` text and `<v>` of a written cell. */
function formulaAndValue(cell: string | undefined): { formula: string | null; value: string | null; t: string | null } {
  return {
    formula: /<f>([^<]*)<\/f>/.exec(cell ?? "")?.[1].replace(/&gt;/g, ">").replace(/&lt;/g, "<").replace(/&amp;/g, "&") ?? null,
    value: /<v>([^<]*)<\/v>/.exec(cell ?? "")?.[1] ?? null,
    t: /\bt="([^"]+)"/.exec(cell ?? "")?.[1] ?? null,
  };
}

describe.each([
  ["xlsx", false],
  ["xlsm", true],
])("compute writes on the rich workbook (.%s)", (_kind, macros) => {
  const before = richPlan({ macros });
  let out: PatchedCompute;
  beforeAll(() => {
    out = patched(before);
  });

  it("copies every part but the written sheet byte for byte, in the same order", () => {
    const diff = diffPackages(before, out.bytes);
    console.log(figures(`compute (writes only, .${_kind})`, diff));
    expect(diff.changed).toEqual([FORM]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.sameOrder).toBe(true);
    expect(diff.identical.length).toBe(diff.total - 1);
    expect(out.changedParts).toEqual([FORM]);
    // The parts exceljs drops or mangles are among the identical ones.
    for (const part of ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/pivotCache/pivotCacheDefinition1.xml", "xl/pivotTables/pivotTable1.xml", "xl/comments1.xml", "docProps/custom.xml", "xl/workbook.xml", "xl/calcChain.xml", "xl/worksheets/sheet2.xml"]) {
      expect(diff.identical).toContain(part);
    }
  });

  it("changes only the planned cells of the sheet", () => {
    const was = partText(before, FORM);
    const now = partText(out.bytes, FORM);
    expect(outsideSheetData(now)).toBe(outsideSheetData(was));
    expect(rowTags(now)).toEqual(rowTags(was));
    const writes = [...computed.plan.writes, ...computed.accepted];
    expect(out.written).toEqual(writes);
    const targets = new Set(writes.map((w) => cellAddress(w.row, w.col)));
    const a = cellMap(was);
    const b = cellMap(now);
    const changed = [...new Set([...a.keys(), ...b.keys()])].filter((ref) => a.get(ref) !== b.get(ref));
    expect(changed.sort()).toEqual([...targets].sort());
    for (const w of writes) {
      const ref = cellAddress(w.row, w.col);
      const cell = formulaAndValue(b.get(ref));
      expect({ ref, formula: cell.formula, value: Number(cell.value) }).toEqual({ ref, formula: fileFormula(w.formula as string).slice(1), value: w.value });
      // The cell keeps its look.
      expect(/\bs="(\d+)"/.exec(b.get(ref) ?? "")?.[1]).toBe(/\bs="(\d+)"/.exec(a.get(ref) ?? "")?.[1]);
    }
  });

  if (macros) {
    it("keeps the VBA project and the macro-enabled content type", () => {
      const parts = unpack(out.bytes);
      expect(Buffer.from(parts.get("xl/vbaProject.bin") as Uint8Array).equals(VBA)).toBe(true);
      expect(partText(out.bytes, "[Content_Types].xml")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    });
  }
});

describe("compute writes that need a number format", () => {
  it("adds one xf (and the format) to styles.xml and reuses it for every cell of that look", () => {
    const before = richPlan();
    const writes = [11, 12, 13].map((row) => ({ row, col: 12, formula: `=K${row}/SUM(K11:K13)`, value: 0.25, numberFormat: "0.0%" }));
    const out = patchCompute(before, "План 2022", { sheet: "План 2022", insertColumns: [], writes, offers: [] }, [], nodeCodec) as PatchedCompute;
    const diff = diffPackages(before, out.bytes);
    expect(diff.changed.sort()).toEqual(["xl/styles.xml", FORM]);
    const styles = partText(out.bytes, "xl/styles.xml");
    expect(styles).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>');
    expect(styles).toContain('<cellXfs count="12">');
    // Every record that was there is still there, as written.
    const was = partText(before, "xl/styles.xml");
    for (const record of was.match(/<(?:font|fill|border|xf|dxf)>[\s\S]*?<\/(?:font|fill|border|xf|dxf)>|<xf [^>]*\/>/g) ?? []) expect(styles).toContain(record);
    const cells = cellMap(partText(out.bytes, FORM));
    const styleOf = (ref: string) => /\bs="(\d+)"/.exec(cells.get(ref) ?? "")?.[1];
    expect(new Set(["L11", "L12", "L13"].map(styleOf))).toEqual(new Set(["11"]));
  });
});
