/**
 * `compute --add-percent-column` as a package patch: the new column goes in after "Факт" and
 * everything that points past it moves, in the sheet, on other sheets and in the names; the parts
 * that only read columns left of it stay byte-identical; and the insert is refused, with a reason,
 * when a part the patcher cannot update reads the columns that would move.
 */
import { enginePlans } from "../compute-check";
import type { ComputedSheet } from "../compute-check";
import { nodeCodec, patchCompute, refusalText } from "../../../src/cli/package";
import type { ComputePatch, PatchedCompute, Refusal } from "../../../src/cli/package";
import { cellAddress, columnNumber } from "../../../src/core/address";
import { fileFormula } from "../../../src/core/edits";
import { REPORT, chartXml, drawingXml, richReport, richReportParts } from "./rich-workbook";
import { addOverride, addRel, edit, fixtureFile, pack, setText } from "./parts";
import type { Parts } from "./parts";
import { cellMap, diffPackages, figures, partText } from "./diff";

const FORM = "xl/worksheets/sheet1.xml";
const SUMMARY = "xl/worksheets/sheet2.xml";
const Q = `'${REPORT}'`;
let computed: ComputedSheet;

beforeAll(async () => {
  const sheets = await enginePlans(fixtureFile("report-q3-2021-public.xlsx"), { addPercentColumn: true });
  computed = sheets.find((s) => s.plan.insertColumns.length > 0) as ComputedSheet;
  expect(computed.plan.insertColumns.map((i) => i.before)).toEqual([8]);
});

const run = (bytes: Uint8Array): ComputePatch => patchCompute(bytes, REPORT, computed.plan, computed.accepted, nodeCodec);

function patched(bytes: Uint8Array): PatchedCompute {
  const out = run(bytes);
  if ("refusal" in out) throw new Error(`refused: ${JSON.stringify(out.refusal)}`);
  return out;
}

const landing = (col: number) => (col >= 8 ? col + 1 : col);
const moveRef = (ref: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
  return cellAddress(Number(m[2]), landing(columnNumber(m[1])));
};

describe("a column inserted into the rich report", () => {
  const before = richReport();
  let out: PatchedCompute;
  beforeAll(() => {
    out = patched(before);
  });

  it("changes the sheets, names and styles it must, drops calcChain, and copies the rest byte for byte", () => {
    const diff = diffPackages(before, out.bytes);
    console.log(figures("compute --add-percent-column", diff));
    expect(diff.changed.sort()).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", FORM, SUMMARY].sort());
    expect(diff.removed).toEqual(["xl/calcChain.xml"]);
    expect(diff.added).toEqual([]);
    expect(diff.sameOrder).toBe(true);
    for (const part of ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/drawings/vmlDrawing1.vml", "xl/comments1.xml", "xl/pivotCache/pivotCacheDefinition1.xml", "xl/pivotTables/pivotTable1.xml", "xl/tables/table1.xml", "docProps/custom.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml", "xl/worksheets/_rels/sheet1.xml.rels"]) {
      expect(diff.identical).toContain(part);
    }
    expect(partText(out.bytes, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(partText(out.bytes, "[Content_Types].xml")).not.toContain("calcChain");
  });

  it("moves every cell right of G one column, and fills the new column only as planned or like its left neighbour", () => {
    const was = cellMap(partText(before, FORM));
    const now = cellMap(partText(out.bytes, FORM));
    const targets = new Map([...computed.plan.writes, ...computed.accepted].map((w) => [cellAddress(w.row, w.col), w]));
    const header = computed.plan.insertColumns[0];
    targets.set(cellAddress(header.headerRows[0], 8), { row: header.headerRows[0], col: 8, value: header.header });
    for (const [ref, cell] of was) {
      const to = moveRef(ref);
      expect({ to, cell: now.get(to) }).toEqual({ to, cell: cell.replace(`r="${ref}"`, `r="${to}"`) });
    }
    for (const [ref, cell] of now) {
      if (!ref.startsWith("H") || /^H[A-Z]/.test(ref)) continue;
      const row = Number(ref.slice(1));
      const left = was.get(`G${row}`);
      const style = left && /\bs="(\d+)"/.exec(left)?.[1];
      if (targets.has(ref)) continue;
      expect({ ref, cell }).toEqual({ ref, cell: `<c r="${ref}" s="${style}"/>` });
    }
    expect(now.get("H4")).toContain("<t xml:space=\"preserve\">% виконання</t>");
    for (const w of computed.plan.writes) expect(now.get(cellAddress(w.row, w.col))).toContain(`<f>${fileFormula(w.formula as string).slice(1).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</f>`);
  });

  it("moves merges, widths, the dimension, panes, selections, the filter, formats, validations, links and breaks", () => {
    const sheet = partText(out.bytes, FORM);
    for (const expected of [
      '<dimension ref="A1:I55"/>',
      '<mergeCell ref="A1:I1"/>',
      '<mergeCell ref="A19:I19"/>',
      '<mergeCell ref="E52:G52"/>',
      '<col min="6" max="8" width="11" customWidth="1"/>',
      '<col min="9" max="9" width="42" customWidth="1"/>',
      '<pane xSplit="2" ySplit="5" topLeftCell="C6" activePane="bottomRight" state="frozen"/>',
      '<selection pane="topRight" activeCell="I1" sqref="I1"/>',
      '<selection pane="bottomRight" activeCell="I6" sqref="I6:I8 G10"/>',
      '<autoFilter ref="A5:I49"><filterColumn colId="8" hiddenButton="1"/></autoFilter>',
      '<conditionalFormatting sqref="F6:I49"><cfRule type="expression" dxfId="0" priority="1"><formula>AND(ISNUMBER($G6),$G6&lt;$F6,LEN($I6)=0)</formula>',
      'sqref="F6:G49"><formula1>AND(ISNUMBER(F6),F6&gt;=0)</formula1>',
      'sqref="I6:I49"><formula1>"Перенесено,Скасовано"</formula1>',
      `<hyperlink ref="I6" location="'Зведення'!A1" display="До зведення"/>`,
      '<brk id="9" max="1048575" man="1"/>',
      "<xm:sqref>G6:G49</xm:sqref>",
    ]) {
      expect(sheet).toContain(expected);
    }
  });

  it("moves the names that point past the column, and leaves the others as written", () => {
    const workbook = partText(out.bytes, "xl/workbook.xml");
    for (const expected of [
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${Q}!$A$5:$I$49</definedName>`,
      `<definedName name="_xlnm.Print_Area" localSheetId="0">${Q}!$A$1:$I$55</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">${Q}!$4:$5</definedName>`,
      `<definedName name="Виконання">SUM(${Q}!$G$6:$G$49)/SUM(${Q}!$F$6:$F$49)</definedName>`,
      `<definedName name="Норма">0.2</definedName>`,
      `<definedName name="Примітки_звіту">${Q}!$I$6:$I$49</definedName>`,
      `<definedName name="Усе">${Q}!$A:$I</definedName>`,
      `<definedName name="Факт" localSheetId="1">${Q}!$G$6:$G$49</definedName>`,
    ]) {
      expect(workbook).toContain(expected);
    }
    const was = partText(before, "xl/workbook.xml");
    expect(workbook.replace(/<definedNames>[\s\S]*<\/definedNames>/, "")).toBe(was.replace(/<definedNames>[\s\S]*<\/definedNames>/, ""));
  });

  it("rewrites formulas on other sheets that read the report, keeping shared ones shared where Excel would", () => {
    const cells = cellMap(partText(out.bytes, SUMMARY));
    // Down a column, each member reads G of its row: still one shared formula.
    expect(cells.get("B2")).toBe(`<c r="B2"><f t="shared" ref="B2:B10" si="0">${Q}!G6</f><v>5</v></c>`);
    expect(cells.get("B3")).toBe('<c r="B3"><f t="shared" si="0"/><v>0</v></c>');
    expect(cells.get("C2")).toContain(`<f>SUM(${Q}!F6:I6)</f>`);
    // Across F, G, H: only H moves, so the members are written out.
    expect(cells.get("D1")).toContain(`<f>${Q}!F4</f>`);
    expect(cells.get("E1")).toContain(`<f>${Q}!G4</f>`);
    expect(cells.get("F1")).toContain(`<f>${Q}!I4</f>`);
    expect(cells.get("G1")).toContain(`<f>COUNTA(${Q}!I:I)</f>`);
    expect(cells.get("H1")).toContain("<f>Норма*2</f>");
    const sheet = partText(out.bytes, SUMMARY);
    expect(sheet).toContain(`<formula>B2&gt;${Q}!$I$6</formula>`);
    expect(sheet).toContain(`<formula1>${Q}!$I$6:$I$8</formula1>`);
    expect(sheet).toContain(`location="${Q}!I6"`);
    expect(sheet).toContain(`<xm:f>${Q}!F6:G6</xm:f>`);
    expect(sheet).toContain('<hyperlink ref="A2" r:id="rId1"/>');
  });
});

/** The rich report with an extra edit, and the refusal the insert must get. */
const REFUSED: [string, (parts: Parts) => void, Partial<Refusal>][] = [
  ["a chart reads the fact and notes columns", (p) => setText(p, "xl/charts/chart1.xml", chartXml([{ name: "Факт", categories: `${Q}!$C$6:$C$20`, values: `${Q}!$G$6:$H$20` }])), { code: "chart", where: "xl/charts/chart1.xml" }],
  ["a picture sits right of the column", (p) => setText(p, "xl/drawings/drawing1.xml", drawingXml({ from: 0, to: 6, rows: [56, 70] }, { col: 9, row: 2 })), { code: "drawing" }],
  ["a chart spans the column", (p) => setText(p, "xl/drawings/drawing1.xml", drawingXml({ from: 3, to: 10, rows: [56, 70] }, null)), { code: "drawing" }],
  ["a note is on the notes column", (p) => edit(p, "xl/comments1.xml", 'ref="C6"', 'ref="H6"'), { code: "comments", where: "H6" }],
  ["a pivot cache reads the report's notes", (p) => edit(p, "xl/pivotCache/pivotCacheDefinition1.xml", 'ref="A1:B4" sheet="Дані"', `ref="A4:H49" sheet="${REPORT}"`), { code: "pivot" }],
  ["an Excel table covers the report", (p) => addTable(p), { code: "table", where: "Звіт_таблиця" }],
  ["the report is protected", (p) => edit(p, FORM, "</sheetData>", '</sheetData><sheetProtection password="CC1A" sheet="1" objects="1" scenarios="1"/>'), { code: "sheet-protected" }],
  ["the workbook links to another", (p) => addExternalLink(p), { code: "external-links" }],
  ["sparklines on the summary read the notes", (p) => edit(p, SUMMARY, `<xm:f>${Q}!F6:G6</xm:f>`, `<xm:f>${Q}!F6:H6</xm:f>`), { code: "sparklines", where: "Зведення" }],
  ["a what-if data table is on the report", (p) => edit(p, FORM, '<c r="A1" s="1" t="s"><v>0</v></c>', '<c r="A1" s="1"><f t="dataTable" ref="A1" dt2D="0" dtr="0" r1="B1"/><v>0</v></c>'), { code: "data-table" }],
];

/** Cell formats `indices` of cellXfs marked unlocked. */
function unlockXfs(parts: Parts, indices: number[]): void {
  const styles = partTextOf(parts, "xl/styles.xml");
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles) as RegExpExecArray;
  const xfs = cellXfs[1].match(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g) as string[];
  const unlocked = xfs.map((xf, k) => (!indices.includes(k) ? xf : xf.endsWith("/>") ? `${xf.slice(0, -2)} applyProtection="1"><protection locked="0"/></xf>` : xf.replace("</xf>", '<protection locked="0"/></xf>')));
  setText(parts, "xl/styles.xml", styles.replace(cellXfs[1], unlocked.join("")));
}

const partTextOf = (parts: Parts, name: string) => new TextDecoder().decode(parts.get(name));

function addTable(parts: Parts): void {
  setText(parts, "xl/tables/table2.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="2" name="Звіт" displayName="Звіт_таблиця" ref="A4:H49"><autoFilter ref="A4:H49"/><tableColumns count="8">${[..."ABCDEFGH"].map((c, k) => `<tableColumn id="${k + 1}" name="Стовпець${k + 1}"/>`).join("")}</tableColumns></table>`);
  addRel(parts, "xl/worksheets/_rels/sheet1.xml.rels", "rId4", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table", "../tables/table2.xml");
  addOverride(parts, "xl/tables/table2.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml");
}

function addExternalLink(parts: Parts): void {
  setText(parts, "xl/externalLinks/externalLink1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"><sheetNames><sheetName val="Звіт"/></sheetNames></externalBook></externalLink>`);
  addOverride(parts, "xl/externalLinks/externalLink1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml");
}

describe("a column insert is refused when a part Pokaznyk cannot update depends on it", () => {
  it.each(REFUSED)("%s", (_what, change, expected) => {
    const parts = richReportParts();
    change(parts);
    const out = run(pack(parts));
    expect("refusal" in out).toBe(true);
    const { refusal } = out as { refusal: Refusal };
    expect(refusal).toMatchObject({ ...expected, ...(expected.code === "external-links" ? {} : { sheet: REPORT }) });
    for (const lang of ["uk", "en"] as const) {
      const line = refusalText(refusal, lang);
      expect(line).not.toContain("\n");
      expect(line).not.toContain("undefined");
    }
    if (refusal.code !== "sheet-protected") expect(refusalText(refusal, "en")).toContain("add the column in Excel, or run Compute in the add-in");
  });

  it("a protection that allows inserting columns still guards locked cells", () => {
    const parts = richReportParts();
    edit(parts, FORM, "</sheetData>", '</sheetData><sheetProtection sheet="1" insertColumns="0" formatCells="0"/>');
    expect(run(pack(parts))).toMatchObject({ refusal: { code: "locked-cells", sheet: REPORT } });
    // Unlock the looks of the cells Compute writes (the header's and the measure rows'): now it may.
    unlockXfs(parts, [4, 6]);
    const out = run(pack(parts));
    expect("refusal" in out).toBe(false);
  });

  it("writes into cells alone are never refused for charts and the like", () => {
    const parts = richReportParts();
    setText(parts, "xl/charts/chart1.xml", chartXml([{ name: "Факт", categories: `${Q}!$C$6:$C$20`, values: `${Q}!$G$6:$H$20` }]));
    const writes = [{ row: 6, col: 9, formula: "=G6/F6", value: 1 }];
    const out = patchCompute(pack(parts), REPORT, { sheet: REPORT, insertColumns: [], writes, offers: [] }, [], nodeCodec);
    expect("refusal" in out).toBe(false);
  });
});

