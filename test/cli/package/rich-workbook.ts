/**
 * The "rich" workbooks of the reliability review (§3), laid out part by part as Excel writes
 * them: the public plan fixture plus a chart and a picture, a pivot table with its cache, notes
 * (plain `<t>` text) with their VML, a data validation list, conditional formats with an x14 data
 * bar and sparklines, names of every scope (workbook range, sheet-scoped, the constant
 * Норма = 0.2, a named formula over 'План 2022', print titles and area, a hidden name), a
 * legacy-password and a SHA-512 sheet protection, workbook protection, custom document
 * properties, an Excel table, a calcChain and, on request, a VBA project (.xlsm).
 */
import { addOverride, addRel, edit, fixtureParts, pack, setText } from "./parts";
import type { Parts } from "./parts";

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = (type: string) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}`;
const CT = (type: string) => `application/vnd.openxmlformats-officedocument.${type}`;
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

/** A 1×1 PNG. */
export const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
/** Not a real VBA project: its bytes only have to come back unchanged. */
export const VBA = Buffer.from(Array.from({ length: 3000 }, (_, k) => (k * 7919) % 251));

export interface RichOptions {
  /** Workbook protection locks the structure (no sheet may be added). */
  lockStructure?: boolean;
  /** An .xlsm: macro-enabled workbook content type and a vbaProject.bin. */
  macros?: boolean;
  /**
   * The named formula SUM('План 2022'!$K$11:$K$49) (default true). exceljs 4.4.0 reads it as the
   * range $K$49:$SUM$2022 and runs out of memory expanding it, so the exceljs round trip leaves it out.
   */
  namedFormula?: boolean;
}

export function chartXml(series: { name: string; categories: string; values: string }[]): string {
  const ser = series
    .map(
      (s, k) =>
        `<c:ser><c:idx val="${k}"/><c:order val="${k}"/><c:tx><c:v>${s.name}</c:v></c:tx><c:cat><c:strRef><c:f>${s.categories}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${s.values}</c:f></c:numRef></c:val></c:ser>`,
    )
    .join("");
  return `${XML}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${ser}<c:axId val="101"/><c:axId val="102"/></c:barChart><c:catAx><c:axId val="101"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="102"/></c:catAx><c:valAx><c:axId val="102"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="101"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
}

const corner = (tag: string, col: number, row: number) => `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/** A drawing with a chart (rId1) over [fromCol, toCol) and a picture (rId2) anchored at `pictureCol` (0-based). */
export function drawingXml(chart: { from: number; to: number; rows: [number, number] } | null, picture: { col: number; row: number } | null): string {
  const frame = chart
    ? `<xdr:twoCellAnchor>${corner("from", chart.from, chart.rows[0])}${corner("to", chart.to, chart.rows[1])}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Діаграма 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    : "";
  const pic = picture
    ? `<xdr:oneCellAnchor>${corner("from", picture.col, picture.row)}<xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Рисунок 2"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${R}" r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>`
    : "";
  return `${XML}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${frame}${pic}</xdr:wsDr>`;
}

/** Notes as Excel 2010 wrote them, text in a plain `<t>`; and their VML boxes. */
export function commentsXml(notes: { ref: string; text: string }[]): string {
  const list = notes.map((n) => `<comment ref="${n.ref}" authorId="0"><text><t xml:space="preserve">${n.text}</t></text></comment>`).join("");
  return `${XML}<comments xmlns="${MAIN}"><authors><author>Левченко Н. В.</author></authors><commentList>${list}</commentList></comments>`;
}

export function vmlXml(notes: { row: number; col: number }[]): string {
  const shapes = notes
    .map(
      (n, k) =>
        `<v:shape id="_x0000_s${1025 + k}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${k + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${n.col + 1}, 15, ${n.row}, 2, ${n.col + 3}, 15, ${n.row + 4}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${n.row}</x:Row><x:Column>${n.col}</x:Column></x:ClientData></v:shape>`,
    )
    .join("");
  return `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${shapes}</xml>`;
}

/** An x14 data bar over `barRef` and, when given, sparklines: [sqref, data] pairs. */
export function x14Extensions(barRef: string, sparklines: [string, string][]): string {
  const bar = `<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="{3C1A2D7E-8D10-4F52-9E2B-2C3D4E5F6A7B}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule><xm:sqref>${barRef}</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>`;
  if (sparklines.length === 0) return `<extLst>${bar}</extLst>`;
  const lines = sparklines.map(([sqref, f]) => `<x14:sparkline><xm:f>${f}</xm:f><xm:sqref>${sqref}</xm:sqref></x14:sparkline>`).join("");
  const spark = `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/><x14:sparklines>${lines}</x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>`;
  return `<extLst>${bar}${spark}</extLst>`;
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const num = (ref: string, n: number) => `<c r="${ref}"><v>${n}</v></c>`;

const DATA = [
  ["Консультації", 12],
  ["Заходи", 5],
  ["Публікації", 3],
] as const;

/** A sheet with an Excel table over A1:B4 and a total formula in B5 (listed in calcChain). */
function dataSheet(): string {
  const rows = DATA.map(([name, n], k) => `<row r="${k + 2}">${inline(`A${k + 2}`, name)}${num(`B${k + 2}`, n)}</row>`).join("");
  return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:B5"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="24" customWidth="1"/></cols><sheetData><row r="1">${inline("A1", "Показник")}${inline("B1", "Значення")}</row>${rows}<row r="5"><c r="B5"><f>SUM(B2:B4)</f><v>20</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;
}

const TABLE = `${XML}<table xmlns="${MAIN}" id="1" name="Дані" displayName="Дані_показників" ref="A1:B4" totalsRowShown="0"><autoFilter ref="A1:B4"/><tableColumns count="2"><tableColumn id="1" name="Показник"/><tableColumn id="2" name="Значення"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;

/** A pivot table of the data sheet: its cache (with records) and the sheet that shows it. */
export function addPivot(parts: Parts, sourceSheet: string, ref: string, pivotSheetPart: string): void {
  const items = DATA.map(([name]) => `<s v="${name}"/>`).join("");
  setText(
    parts,
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `${XML}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshedBy="Левченко Н. В." refreshedDate="45000.5" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="3"><cacheSource type="worksheet"><worksheetSource ref="${ref}" sheet="${sourceSheet}"/></cacheSource><cacheFields count="2"><cacheField name="Показник" numFmtId="0"><sharedItems count="3">${items}</sharedItems></cacheField><cacheField name="Значення" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="3" maxValue="12"/></cacheField></cacheFields></pivotCacheDefinition>`,
  );
  setText(parts, "xl/pivotCache/pivotCacheRecords1.xml", `${XML}<pivotCacheRecords xmlns="${MAIN}" xmlns:r="${R}" count="3">${DATA.map(([, n], k) => `<r><x v="${k}"/><n v="${n}"/></r>`).join("")}</pivotCacheRecords>`);
  addRel(parts, "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", "rId1", REL("pivotCacheRecords"), "pivotCacheRecords1.xml");
  setText(
    parts,
    "xl/pivotTables/pivotTable1.xml",
    `${XML}<pivotTableDefinition xmlns="${MAIN}" name="Зведена1" cacheId="7" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Значення" updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0"><location ref="A3:B7" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="4"><item x="0"/><item x="1"/><item x="2"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Сума Значення" fld="1" baseField="0" baseItem="0"/></dataFields><pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>`,
  );
  addRel(parts, "xl/pivotTables/_rels/pivotTable1.xml.rels", "rId1", REL("pivotCacheDefinition"), "../pivotCache/pivotCacheDefinition1.xml");
  const shown = DATA.map(([name, n], k) => `<row r="${k + 4}">${inline(`A${k + 4}`, name)}${num(`B${k + 4}`, n)}</row>`).join("");
  setText(
    parts,
    pivotSheetPart,
    `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A3:B7"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData><row r="3">${inline("A3", "Назви рядків")}${inline("B3", "Сума Значення")}</row>${shown}<row r="7">${inline("A7", "Загальний підсумок")}${num("B7", 20)}</row></sheetData><sheetProtection algorithmName="SHA-512" hashValue="5zfhEJiAs3rD8pYw3rWlQkHhYI6YJ0c/Q1+0+F9T9oY1gGJ9bDXr8n1zKc6W2m+5d5Q8A4f5x6y7z8A9B0C1Dw==" saltValue="c2FsdHNhbHRzYWx0c2FsdA==" spinCount="100000" sheet="1" objects="1" scenarios="1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  );
  const sheetRels = pivotSheetPart.replace(/([^/]+)$/, "_rels/$1.rels");
  addRel(parts, sheetRels, "rId1", REL("pivotTable"), "../pivotTables/pivotTable1.xml");
  addRel(parts, "xl/_rels/workbook.xml.rels", "rId90", REL("pivotCacheDefinition"), "pivotCache/pivotCacheDefinition1.xml");
  edit(parts, "xl/workbook.xml", "</workbook>", `<pivotCaches><pivotCache cacheId="7" r:id="rId90"/></pivotCaches></workbook>`);
  addOverride(parts, "xl/pivotCache/pivotCacheDefinition1.xml", CT("spreadsheetml.pivotCacheDefinition+xml"));
  addOverride(parts, "xl/pivotCache/pivotCacheRecords1.xml", CT("spreadsheetml.pivotCacheRecords+xml"));
  addOverride(parts, "xl/pivotTables/pivotTable1.xml", CT("spreadsheetml.pivotTable+xml"));
}

/** Sheets 3 ("Дані", hidden, with a table) and 4 ("Зведена", a pivot of it), calcChain, custom properties. */
export function addCommonParts(parts: Parts, options: RichOptions): void {
  setText(parts, "xl/worksheets/sheet3.xml", dataSheet());
  addRel(parts, "xl/worksheets/_rels/sheet3.xml.rels", "rId1", REL("table"), "../tables/table1.xml");
  setText(parts, "xl/tables/table1.xml", TABLE);
  addOverride(parts, "xl/worksheets/sheet3.xml", CT("spreadsheetml.worksheet+xml"));
  addOverride(parts, "xl/tables/table1.xml", CT("spreadsheetml.table+xml"));
  addPivot(parts, "Дані", "A1:B4", "xl/worksheets/sheet4.xml");
  addOverride(parts, "xl/worksheets/sheet4.xml", CT("spreadsheetml.worksheet+xml"));
  addRel(parts, "xl/_rels/workbook.xml.rels", "rId91", REL("worksheet"), "worksheets/sheet3.xml");
  addRel(parts, "xl/_rels/workbook.xml.rels", "rId92", REL("worksheet"), "worksheets/sheet4.xml");
  edit(parts, "xl/workbook.xml", "</sheets>", `<sheet sheetId="3" name="Дані" state="hidden" r:id="rId91"/><sheet sheetId="4" name="Зведена" state="visible" r:id="rId92"/></sheets>`);

  setText(parts, "xl/calcChain.xml", `${XML}<calcChain xmlns="${MAIN}"><c r="B5" i="3" l="1"/></calcChain>`);
  addRel(parts, "xl/_rels/workbook.xml.rels", "rId93", REL("calcChain"), "calcChain.xml");
  addOverride(parts, "xl/calcChain.xml", CT("spreadsheetml.calcChain+xml"));

  setText(
    parts,
    "docProps/custom.xml",
    `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Відділ"><vt:lpwstr>Правопросвіта</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Погоджено"><vt:bool>true</vt:bool></property></Properties>`,
  );
  addRel(parts, "_rels/.rels", "rId9", REL("custom-properties"), "docProps/custom.xml");
  addOverride(parts, "docProps/custom.xml", CT("custom-properties+xml"));

  const lock = options.lockStructure === false ? 'lockWindows="1"' : 'lockStructure="1"';
  edit(parts, "xl/workbook.xml", "<sheets>", `<workbookProtection workbookPassword="CC1A" ${lock}/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="0"/></bookViews><sheets>`);

  if (options.macros) {
    parts.set("xl/vbaProject.bin", VBA);
    addRel(parts, "xl/_rels/workbook.xml.rels", "rId94", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin");
    edit(parts, "[Content_Types].xml", "<Default Extension=\"xml\"", `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"`);
    edit(parts, "[Content_Types].xml", CT("spreadsheetml.sheet.main+xml"), "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  }
}

/** A chart and a picture in one drawing, notes with VML: the parts of a sheet's rels rId1..rId3. */
export function addDrawingAndNotes(parts: Parts, sheet: number, drawing: string, chart: string, notes: { ref: string; row: number; col: number; text: string }[]): void {
  const rels = `xl/worksheets/_rels/sheet${sheet}.xml.rels`;
  setText(parts, `xl/drawings/drawing${sheet}.xml`, drawing);
  setText(parts, `xl/charts/chart${sheet}.xml`, chart);
  parts.set(`xl/media/image${sheet}.png`, PNG);
  addRel(parts, `xl/drawings/_rels/drawing${sheet}.xml.rels`, "rId1", REL("chart"), `../charts/chart${sheet}.xml`);
  addRel(parts, `xl/drawings/_rels/drawing${sheet}.xml.rels`, "rId2", REL("image"), `../media/image${sheet}.png`);
  addRel(parts, rels, "rId1", REL("drawing"), `../drawings/drawing${sheet}.xml`);
  addOverride(parts, `xl/drawings/drawing${sheet}.xml`, CT("drawing+xml"));
  addOverride(parts, `xl/charts/chart${sheet}.xml`, CT("drawingml.chart+xml"));
  if (!/Extension="png"/.test(new TextDecoder().decode(parts.get("[Content_Types].xml")))) {
    edit(parts, "[Content_Types].xml", '<Default Extension="xml"', '<Default Extension="png" ContentType="image/png"/><Default Extension="xml"');
  }
  if (notes.length === 0) return;
  setText(parts, `xl/comments${sheet}.xml`, commentsXml(notes));
  setText(parts, `xl/drawings/vmlDrawing${sheet}.vml`, vmlXml(notes));
  addRel(parts, rels, "rId2", REL("comments"), `../comments${sheet}.xml`);
  addRel(parts, rels, "rId3", REL("vmlDrawing"), `../drawings/vmlDrawing${sheet}.vml`);
  addOverride(parts, `xl/comments${sheet}.xml`, CT("spreadsheetml.comments+xml"));
}

/** The public plan fixture, made rich. Its form sheet is "План 2022". */
export function richPlan(options: RichOptions = {}): Uint8Array {
  const parts = fixtureParts("plan-2022-public.xlsx");
  const form = "xl/worksheets/sheet1.xml";
  addDrawingAndNotes(
    parts,
    1,
    drawingXml({ from: 12, to: 19, rows: [1, 16] }, { col: 12, row: 18 }),
    chartXml([{ name: "Разом", categories: "'План 2022'!$D$11:$D$20", values: "'План 2022'!$K$11:$K$20" }]),
    [{ ref: "D11", row: 10, col: 3, text: "Перевірити джерело даних" }],
  );
  edit(
    parts,
    form,
    "<pageMargins",
    `<conditionalFormatting sqref="G11:J49"><cfRule type="cellIs" dxfId="0" priority="2" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting><conditionalFormatting sqref="A11:K49"><cfRule type="expression" dxfId="1" priority="1"><formula>AND(ISNUMBER($K11),$K11&lt;&gt;SUM($G11:$J11))</formula></cfRule><cfRule type="colorScale" priority="3"><colorScale><cfvo type="min"/><cfvo type="max"/><color rgb="FFF8696B"/><color rgb="FF63BE7B"/></colorScale></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="E11:E49"><formula1>'Дані'!$A$2:$A$4</formula1></dataValidation></dataValidations><pageMargins`,
  );
  edit(parts, form, "</worksheet>", `<drawing r:id="rId1"/><legacyDrawing r:id="rId3"/>${x14Extensions("K11:K49", [["L11", "'План 2022'!G11:J11"]])}</worksheet>`);
  // Two dxfs for the conditional formats.
  edit(parts, "xl/styles.xml", '<dxfs count="0"/>', '<dxfs count="2"><dxf><font><color rgb="FF9C0006"/></font></dxf><dxf><fill><patternFill><bgColor rgb="FFFFEB9C"/></patternFill></fill></dxf></dxfs>');
  // "Примітки": protected with a legacy password hash, as openpyxl and LibreOffice write it.
  edit(parts, "xl/worksheets/sheet2.xml", "</sheetData>", '</sheetData><sheetProtection password="CC1A" sheet="1" objects="1" scenarios="1"/>');
  addCommonParts(parts, options);
  edit(
    parts,
    "xl/workbook.xml",
    "<calcPr",
    `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'План 2022'!$A$1:$K$50</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">'План 2022'!$8:$9</definedName><definedName name="Діапазон_плану">'План 2022'!$A$8:$K$49</definedName><definedName name="Місцева" localSheetId="1">'План 2022'!$K$11</definedName><definedName name="Норма">0.2</definedName><definedName name="Прихована" hidden="1">'Дані'!$A$1</definedName>${options.namedFormula === false ? "" : `<definedName name="Сума_разом">SUM('План 2022'!$K$11:$K$49)</definedName>`}</definedNames><calcPr`,
  );
  return pack(parts);
}


export const REPORT = "Звіт III кв 2021";
const Q = `'${REPORT}'`;

export interface ReportOptions extends RichOptions {
  /** The chart's data (default: plan and fact, F and G, which the new column does not move). */
  chartValues?: string;
}

/**
 * The public report fixture, made rich around the column Compute inserts after "Факт" (G): a
 * frozen pane and selections, an auto filter, conditional formats and validations over H, a
 * hyperlink, a column page break, notes and a chart and picture left of H, an x14 data bar,
 * names over H, and a summary sheet whose formulas (shared ones too), hyperlink, validation,
 * conditional format and sparklines read the report.
 */
export function richReport(options: ReportOptions = {}): Uint8Array {
  return pack(richReportParts(options));
}

export function richReportParts(options: ReportOptions = {}): Parts {
  const parts = fixtureParts("report-q3-2021-public.xlsx");
  const form = "xl/worksheets/sheet1.xml";
  addDrawingAndNotes(
    parts,
    1,
    drawingXml({ from: 0, to: 6, rows: [56, 70] }, { col: 1, row: 71 }),
    chartXml([{ name: "Факт", categories: `${Q}!$C$6:$C$20`, values: options.chartValues ?? `${Q}!$F$6:$G$20` }]),
    [{ ref: "C6", row: 5, col: 2, text: "Уточнити назву заходу" }],
  );
  edit(
    parts,
    form,
    '<sheetView workbookViewId="0"/>',
    '<sheetView workbookViewId="0"><pane xSplit="2" ySplit="5" topLeftCell="C6" activePane="bottomRight" state="frozen"/><selection pane="topRight" activeCell="H1" sqref="H1"/><selection pane="bottomLeft" activeCell="A6" sqref="A6"/><selection pane="bottomRight" activeCell="H6" sqref="H6:H8 G10"/></sheetView>',
  );
  edit(parts, form, "<mergeCells", '<autoFilter ref="A5:H49"><filterColumn colId="7" hiddenButton="1"/></autoFilter><mergeCells');
  edit(
    parts,
    form,
    "<pageMargins",
    `<conditionalFormatting sqref="F6:H49"><cfRule type="expression" dxfId="0" priority="1"><formula>AND(ISNUMBER($G6),$G6&lt;$F6,LEN($H6)=0)</formula></cfRule></conditionalFormatting><dataValidations count="2"><dataValidation type="custom" allowBlank="1" showErrorMessage="1" sqref="F6:G49"><formula1>AND(ISNUMBER(F6),F6&gt;=0)</formula1></dataValidation><dataValidation type="list" allowBlank="1" sqref="H6:H49"><formula1>"Перенесено,Скасовано"</formula1></dataValidation></dataValidations><hyperlinks><hyperlink ref="H6" location="'Зведення'!A1" display="До зведення"/></hyperlinks><pageMargins`,
  );
  edit(parts, form, "</worksheet>", `<colBreaks count="1" manualBreakCount="1"><brk id="8" max="1048575" man="1"/></colBreaks><drawing r:id="rId1"/><legacyDrawing r:id="rId3"/>${x14Extensions("G6:G49", [])}</worksheet>`);
  edit(parts, "xl/styles.xml", '<dxfs count="0"/>', '<dxfs count="1"><dxf><fill><patternFill><bgColor rgb="FFF8D7DA"/></patternFill></fill></dxf></dxfs>');

  setText(parts, "xl/worksheets/sheet2.xml", summarySheet());
  addRel(parts, "xl/worksheets/_rels/sheet2.xml.rels", "rId1", REL("hyperlink"), "https://example.org/zvit");
  addOverride(parts, "xl/worksheets/sheet2.xml", CT("spreadsheetml.worksheet+xml"));
  addRel(parts, "xl/_rels/workbook.xml.rels", "rId95", REL("worksheet"), "worksheets/sheet2.xml");
  edit(parts, "xl/workbook.xml", "</sheets>", '<sheet sheetId="2" name="Зведення" state="visible" r:id="rId95"/></sheets>');
  addCommonParts(parts, { lockStructure: false, ...options });
  const names = [
    `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${Q}!$A$5:$H$49</definedName>`,
    `<definedName name="_xlnm.Print_Area" localSheetId="0">${Q}!$A$1:$H$55</definedName>`,
    `<definedName name="_xlnm.Print_Titles" localSheetId="0">${Q}!$4:$5</definedName>`,
    `<definedName name="Виконання">SUM(${Q}!$G$6:$G$49)/SUM(${Q}!$F$6:$F$49)</definedName>`,
    `<definedName name="Норма">0.2</definedName>`,
    `<definedName name="Примітки_звіту">${Q}!$H$6:$H$49</definedName>`,
    `<definedName name="Усе">${Q}!$A:$H</definedName>`,
    `<definedName name="Факт" localSheetId="1">${Q}!$G$6:$G$49</definedName>`,
  ];
  edit(parts, "xl/workbook.xml", "<calcPr", `<definedNames>${names.join("")}</definedNames><calcPr`);
  return parts;
}

/** "Зведення": formulas over the report, some shared down a column, some shared across columns. */
function summarySheet(): string {
  const f = (ref: string, formula: string, value: number | string, extra = "") =>
    `<c r="${ref}"${typeof value === "string" ? ' t="str"' : ""}><f${extra}>${formula}</f><v>${value}</v></c>`;
  const rows: string[] = [];
  rows.push(
    `<row r="1">${inline("A1", "Зведення")}${f("D1", `${Q}!F4`, "План", ' t="shared" ref="D1:F1" si="1"')}<c r="E1" t="str"><f t="shared" si="1"/><v>Факт</v></c><c r="F1" t="str"><f t="shared" si="1"/><v>Примітка</v></c>${f("G1", `COUNTA(${Q}!H:H)`, 3)}${f("H1", "Норма*2", 0.4)}</row>`,
  );
  for (let k = 0; k < 9; k++) {
    const r = k + 2;
    const b = k === 0 ? f(`B${r}`, `${Q}!G6`, 5, ' t="shared" ref="B2:B10" si="0"') : `<c r="B${r}"><f t="shared" si="0"/><v>0</v></c>`;
    const c = k === 0 ? f(`C${r}`, `SUM(${Q}!F6:H6)`, 10) : "";
    rows.push(`<row r="${r}">${b}${c}</row>`);
  }
  const X14S = x14Extensions("B2:B10", [["D2", `${Q}!F6:G6`]]);
  return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:H10"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${rows.join("")}</sheetData><conditionalFormatting sqref="B2:B10"><cfRule type="expression" dxfId="0" priority="1"><formula>B2&gt;${Q}!$H$6</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="C2"><formula1>${Q}!$H$6:$H$8</formula1></dataValidation></dataValidations><hyperlinks><hyperlink ref="A1" location="${Q}!H6" display="До приміток"/><hyperlink ref="A2" r:id="rId1"/></hyperlinks><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${X14S}</worksheet>`;
}
