/**
 * Workbooks that once broke `check` (issue 8), built in the test: a far stray value, a merge over
 * the whole sheet, a zip bomb, a CRC mismatch, x:-prefixed SpreadsheetML as the OpenXML SDK and
 * ClosedXML write it, and an openpyxl file with a chart.
 */
import { constants, crc32 as zlibCrc32, deflateRawSync } from "node:zlib";
import type { CellValue } from "../../src/core/grid";
import { crc32 } from "../../src/xlsx/crc32";
import { zipOf } from "../xlsx/zip-writer";
import type { ZipItem } from "../xlsx/zip-writer";
import { edit, fixtureParts, pack, text } from "./package/parts";

export const FIXTURE_NAME = "report-q3-2021-public.xlsx";
const SHEET = "xl/worksheets/sheet1.xml";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The fixture with one value at XFD1048576, the last cell of a sheet. */
export function strayCellWorkbook(): Uint8Array {
  const parts = fixtureParts(FIXTURE_NAME);
  edit(parts, SHEET, "</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>');
  return pack(parts);
}

/** One note in A1 and a merge over the whole sheet, A1:XFD1048576 (valid in Excel). */
export function wholeSheetMerge(): Uint8Array {
  const sheet = `${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Примітка</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>`;
  return plainPackage([{ name: "Аркуш1", xml: sheet }]);
}

const GiB = 1024 * 1024 * 1024;

/**
 * A sheet part that inflates to 3 GiB of spaces inside a worksheet from ~3 MB, its sizes and
 * CRC honest. Deflate's segments after a full flush are independent, so one 16 MiB run of
 * spaces is compressed once and its bytes repeated: the test never holds more than 16 MiB.
 */
export function zipBomb(): Uint8Array {
  const head = Buffer.from(`${XML}<worksheet xmlns="${MAIN}"><sheetData>`);
  const tail = Buffer.from("</sheetData></worksheet>");
  const run = Buffer.alloc(16 * 1024 * 1024, 0x20);
  const repeats = (3 * GiB) / run.length;
  const flushed = (data: Buffer) => deflateRawSync(data, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const runBytes = flushed(run);
  let crc = zlibCrc32(head);
  for (let k = 0; k < repeats; k++) crc = zlibCrc32(run, crc);
  crc = zlibCrc32(tail, crc);
  const rawData = Buffer.concat([flushed(head), ...new Array<Buffer>(repeats).fill(runBytes), deflateRawSync(tail)]);
  const sheet: ZipItem = { name: SHEET, data: "", rawData, crc, declaredSize: head.length + 3 * GiB + tail.length };
  return plainPackage([{ name: "Бомба", xml: "" }], [sheet]);
}

/** The fixture with one digit of its sheet changed after the zip recorded the sheet's CRC: it still inflates. */
export function crcMismatch(): Uint8Array {
  const parts = fixtureParts(FIXTURE_NAME);
  return zipOf(
    [...parts].map(([name, data]): ZipItem => {
      if (name !== SHEET) return { name, data };
      const changed = new TextDecoder().decode(data).replace(/<v>(\d)/, (_m, d: string) => `<v>${(Number(d) + 1) % 10}`);
      return { name, data: changed, crc: crc32(data) };
    }),
  );
}

/** The fixture as the OpenXML SDK and ClosedXML write SpreadsheetML: every element x:-prefixed. */
export function prefixedWorkbook(): Uint8Array {
  const parts = fixtureParts(FIXTURE_NAME);
  for (const name of ["xl/workbook.xml", SHEET, "xl/sharedStrings.xml", "xl/styles.xml"]) {
    const xml = text(parts, name)
      .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (_m, slash: string, local: string) => `<${slash}x:${local}`)
      .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
    // Every element now carries a prefix: x: for SpreadsheetML, the others as they were.
    if (!xml.includes(`xmlns:x="${MAIN}"`) || /<\/?(?!\w+:)[A-Za-z]/.test(xml)) throw new Error(`${name} is not prefixed throughout`);
    parts.set(name, new TextEncoder().encode(xml));
  }
  return pack(parts);
}

/**
 * A report sheet and a bar chart of its plan column, the parts laid out as openpyxl 3.1 writes
 * them: absolute relationship targets ("/xl/worksheets/sheet1.xml"), `r` declared on the
 * element that uses it, numbers as t="n", a drawing with a graphicFrame, no calcChain.
 */
export function openpyxlWithChart(sheetName: string, rows: CellValue[][]): Uint8Array {
  const strings: string[] = [];
  const cells = rows
    .map((row, r) => {
      const cs = row.map((value, c) => {
        const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
        if (typeof value === "number") return `<c r="${ref}" t="n"><v>${value}</v></c>`;
        if (typeof value !== "string") return "";
        strings.push(value);
        return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
      });
      return `<row r="${r + 1}">${cs.join("")}</row>`;
    })
    .join("");
  const ct = (type: string) => `application/vnd.openxmlformats-officedocument.${type}`;
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${ct(type)}"/>`;
  const rels = (list: [string, string, string][]) =>
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join("")}</Relationships>`;
  const quoted = `'${sheetName}'`;
  const items: ZipItem[] = [
    {
      name: "[Content_Types].xml",
      data: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${override("/xl/workbook.xml", "spreadsheetml.sheet.main+xml")}${override("/xl/worksheets/sheet1.xml", "spreadsheetml.worksheet+xml")}${override("/xl/charts/chart1.xml", "drawingml.chart+xml")}${override("/xl/styles.xml", "spreadsheetml.styles+xml")}${override("/xl/sharedStrings.xml", "spreadsheetml.sharedStrings+xml")}${override("/xl/drawings/drawing1.xml", "drawing+xml")}</Types>`,
    },
    { name: "_rels/.rels", data: rels([["rId1", "officeDocument", "xl/workbook.xml"]]) },
    {
      name: "xl/workbook.xml",
      data: `${XML}<workbook xmlns="${MAIN}"><workbookPr/><workbookProtection/><bookViews><workbookView visibility="visible" minimized="0" showHorizontalScroll="1" showVerticalScroll="1" showSheetTabs="1" tabRatio="600" firstSheet="0" activeTab="0" autoFilterDateGrouping="1"/></bookViews><sheets><sheet xmlns:r="${REL}" name="${sheetName}" sheetId="1" state="visible" r:id="rId1"/></sheets><definedNames/><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>`,
    },
    { name: "xl/_rels/workbook.xml.rels", data: rels([["rId1", "worksheet", "/xl/worksheets/sheet1.xml"], ["rId2", "styles", "styles.xml"], ["rId3", "sharedStrings", "sharedStrings.xml"]]) },
    {
      name: "xl/styles.xml",
      data: `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="0"/><fonts count="1"><font><name val="Calibri"/><family val="2"/><color theme="1"/><sz val="11"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" pivotButton="0" quotePrefix="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0" hidden="0"/></cellStyles><tableStyles count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`,
    },
    { name: "xl/sharedStrings.xml", data: `${XML}<sst xmlns="${MAIN}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${escape(s)}</t></si>`).join("")}</sst>` },
    {
      name: SHEET,
      data: `${XML}<worksheet xmlns="${MAIN}"><sheetPr><outlinePr summaryBelow="1" summaryRight="1"/><pageSetUpPr/></sheetPr><dimension ref="A1:H${rows.length}"/><sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews><sheetFormatPr baseColWidth="8" defaultRowHeight="15"/><sheetData>${cells}</sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/><drawing xmlns:r="${REL}" r:id="rId1"/></worksheet>`,
    },
    { name: "xl/worksheets/_rels/sheet1.xml.rels", data: rels([["rId1", "drawing", "/xl/drawings/drawing1.xml"]]) },
    {
      name: "xl/drawings/drawing1.xml",
      data: `${XML}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:oneCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="5400000" cy="2700000"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="1" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`,
    },
    { name: "xl/drawings/_rels/drawing1.xml.rels", data: rels([["rId1", "chart", "/xl/charts/chart1.xml"]]) },
    {
      name: "xl/charts/chart1.xml",
      data: `${XML}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>${escape(quoted)}!$F$6:$F$${rows.length}</c:f></c:numRef></c:val></c:ser><c:gapWidth val="150"/><c:axId val="10"/><c:axId val="100"/></c:barChart><c:catAx><c:axId val="10"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="100"/></c:catAx><c:valAx><c:axId val="100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="10"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`,
    },
  ];
  return zipOf(items);
}

function escape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&apos;");
}

/** A package of whole worksheet parts (a part's xml "" when `replace` brings it). */
function plainPackage(sheets: { name: string; xml: string }[], replace: ZipItem[] = []): Uint8Array {
  const replaced = new Set(replace.map((r) => r.name));
  const items: ZipItem[] = [
    {
      name: "[Content_Types].xml",
      data: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`,
    },
    { name: "_rels/.rels", data: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: "xl/workbook.xml",
      data: `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`,
    },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml })).filter((item) => !replaced.has(item.name)),
    ...replace,
  ];
  return zipOf(items);
}
