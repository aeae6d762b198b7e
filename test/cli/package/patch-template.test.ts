/**
 * `template FORM -o EXISTING` as a package patch: one new sheet part; workbook.xml, its rels,
 * [Content_Types].xml and styles.xml gain only additions; every other part is byte-identical.
 */
import { addTemplateSheet } from "../../../src/cli/package/template";
import type { PatchedTemplate } from "../../../src/cli/package/template";
import { nodeCodec } from "../../../src/cli/package/node-codec";
import { checkSheet } from "../../../src/core";
import { completeDetails, stampedOptions, templateToGrid } from "../../../src/core/templates";
import { contentsFromBytes } from "../../helpers/exceljs/load-workbook-file";
import { nameReferences } from "../../helpers/exceljs/read-workbook";
import { richPlan, VBA } from "./rich-workbook";
import { unpack } from "./parts";
import { diffPackages, figures, partText } from "./diff";

const DETAILS = completeDetails({ organisation: "Коростенського місцевого центру", year: 2025, quarter: 3, responsible: "Н. В. Левченко", rows: 6 }, new Date(2025, 9, 1));
const TODAY = new Date(2025, 9, 1);
const ADDED_PARTS = ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"];

async function added(bytes: Uint8Array): Promise<PatchedTemplate> {
  const out = await addTemplateSheet(bytes, "quarterly-report", DETAILS, nodeCodec, TODAY);
  if ("refusal" in out) throw new Error(`refused: ${JSON.stringify(out.refusal)}`);
  return out;
}

/** `after` is `before` with only the `additions` inserted (each once, in order). */
function onlyAdditions(before: string, after: string, additions: RegExp): string[] {
  const found = after.match(additions) ?? [];
  expect(after.replace(additions, "")).toBe(before);
  return found;
}

describe.each([
  ["xlsx", false],
  ["xlsm", true],
])("template -o into the rich workbook (.%s)", (_kind, macros) => {
  const before = richPlan({ lockStructure: false, macros });
  let out: PatchedTemplate;
  beforeAll(async () => {
    out = await added(before);
  });

  it("adds one sheet part and changes only workbook.xml, its rels, the content types and styles.xml", () => {
    const diff = diffPackages(before, out.bytes);
    console.log(figures(`template -o (.${_kind})`, diff));
    expect(diff.changed.sort()).toEqual(ADDED_PARTS);
    expect(diff.added).toEqual(["xl/worksheets/sheet5.xml"]);
    expect(diff.removed).toEqual([]);
    expect(diff.sameOrder).toBe(true);
    expect(diff.identical.length).toBe(diff.total - ADDED_PARTS.length);
    if (macros) expect(Buffer.from(unpack(out.bytes).get("xl/vbaProject.bin") as Uint8Array).equals(VBA)).toBe(true);
  });

  it("only adds to workbook.xml: the sheet, the form stamp and the print titles", () => {
    const name = out.template.name;
    const additions = new RegExp(`<sheet name="${name}" sheetId="5" r:id="rId\\d+"/>|<definedName name="Pokaznyk\\.quarterly_report\\.1">[^<]*</definedName>|<definedName name="_xlnm\\.Print_Titles" localSheetId="4">[^<]*</definedName>`, "g");
    const found = onlyAdditions(partText(before, "xl/workbook.xml"), partText(out.bytes, "xl/workbook.xml"), additions);
    expect(found).toHaveLength(3);
    expect(found[1]).toBe(`<definedName name="Pokaznyk.quarterly_report.1">${out.template.stamp.reference}</definedName>`);
    expect(found[2]).toBe(`<definedName name="_xlnm.Print_Titles" localSheetId="4">'${name}'!$${out.template.print.repeatRows.first}:$${out.template.print.repeatRows.last}</definedName>`);
    // The names the review saw lost or mangled are there as written.
    const workbook = partText(out.bytes, "xl/workbook.xml");
    for (const kept of [`<definedName name="Норма">0.2</definedName>`, `<definedName name="Місцева" localSheetId="1">`, `SUM('План 2022'!$K$11:$K$49)`, `<workbookProtection workbookPassword="CC1A"`]) expect(workbook).toContain(kept);
  });

  it("only adds to the rels and the content types", () => {
    onlyAdditions(partText(before, "xl/_rels/workbook.xml.rels"), partText(out.bytes, "xl/_rels/workbook.xml.rels"), /<Relationship Id="rId\d+" Type="[^"]*\/worksheet" Target="worksheets\/sheet5\.xml"\/>/g);
    onlyAdditions(partText(before, "[Content_Types].xml"), partText(out.bytes, "[Content_Types].xml"), /<Override PartName="\/xl\/worksheets\/sheet5\.xml" ContentType="[^"]+"\/>/g);
  });

  it("keeps every style record of the workbook in its place and appends the template's", () => {
    const was = partText(before, "xl/styles.xml");
    const now = partText(out.bytes, "xl/styles.xml");
    for (const collection of ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"]) {
      const records = (text: string) => new RegExp(`<${collection}[^>]*>([\\s\\S]*?)</${collection}>`).exec(text)?.[1] ?? "";
      expect(records(now).startsWith(records(was))).toBe(true);
    }
    const stripped = (text: string) => text.replace(/<(numFmts|fonts|fills|borders|cellXfs|dxfs)\b[^>]*(\/>|>[\s\S]*?<\/\1>)/g, "<$1/>");
    // A workbook without custom number formats gets its <numFmts> where the schema puts it: first.
    const created = was.includes("<numFmts") ? stripped(now) : stripped(now).replace("<numFmts/>", "");
    expect(created).toBe(stripped(was));
  });
});

describe("template -o: the sheet itself", () => {
  it("reads back as the engine's template, recognised through its stamp", async () => {
    const out = await added(richPlan({ lockStructure: false, namedFormula: false }));
    const { grids, definedNames } = await contentsFromBytes(Buffer.from(out.bytes));
    const grid = grids.find((g) => g.name === out.template.name);
    expect(grid).toBeDefined();
    const report = checkSheet(grid as NonNullable<typeof grid>, stampedOptions(nameReferences(definedNames), out.template.name));
    expect(report.form).toBe(out.template.form);
    const planned = templateToGrid(out.template);
    const valueAt = (g: typeof planned, row: number, col: number) => g.values[row - g.top]?.[col - g.left] ?? null;
    for (const cell of out.template.cells) {
      if (cell.formula || cell.value === undefined || cell.value === "") continue;
      expect({ row: cell.row, col: cell.col, value: valueAt(grid as typeof planned, cell.row, cell.col) }).toEqual({ row: cell.row, col: cell.col, value: valueAt(planned, cell.row, cell.col) });
    }
  });
});

describe("template -o refusals", () => {
  it("refuses a workbook whose structure is protected", async () => {
    const out = await addTemplateSheet(richPlan(), "annual-plan", DETAILS, nodeCodec, TODAY);
    expect(out).toEqual({ refusal: { code: "workbook-protected" } });
  });
});
