/** Builds .xlsx packages from XML text for the reader's tests, and reads them with node:zlib. */
import { readWorkbookBytes } from "../../src/xlsx";
import { nodeInflate, zipOf } from "./zip-writer";
import type { ZipItem } from "./zip-writer";

export { nodeInflate, zipOf } from "./zip-writer";
export type { ZipItem } from "./zip-writer";
import type { ReadLimits, XlsxContents, XlsxReadResult } from "../../src/xlsx";

export function read(bytes: Uint8Array, limits?: Partial<ReadLimits>): XlsxReadResult {
  return readWorkbookBytes(bytes, { inflate: nodeInflate, limits });
}

/** The contents, or a failed expectation naming the problem. */
export function readOk(bytes: Uint8Array, limits?: Partial<ReadLimits>): XlsxContents {
  const result = read(bytes, limits);
  if (!result.ok) throw new Error(`expected a workbook, got ${result.problem.kind}: ${result.problem.detail ?? ""}`);
  return result;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetSpec {
  name: string;
  /** The sheetData's content (rows), or a whole worksheet part when it starts with "<?xml" or "<". */
  xml: string;
  state?: string;
}

export interface PackageSpec {
  sheets: SheetSpec[];
  /** <si> items (their inner XML) or a whole part. */
  sharedStrings?: string[] | string;
  /** A whole styles part. */
  styles?: string;
  /** Put before <sheets> in workbook.xml (e.g. `<workbookPr date1904="1"/>`). */
  workbookPr?: string;
  /** The <definedName> elements of workbook.xml. */
  definedNames?: string;
  /** Replaces the whole workbook part. */
  workbookXml?: string;
  /** More zip entries, added as they are. */
  extra?: ZipItem[];
  /** Items to leave out ("[Content_Types].xml", "_rels/.rels"…). */
  without?: string[];
}

/** A minimal .xlsx built from XML text, so tests can write what other tools write. */
export function xlsxOf(spec: PackageSpec): Uint8Array {
  const items: ZipItem[] = [];
  const overrides = ['<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'];
  const rels: string[] = [];
  const sheetEls: string[] = [];
  spec.sheets.forEach((sheet, i) => {
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    const xml = sheet.xml.trimStart().startsWith("<") && /<(\w+:)?worksheet/.test(sheet.xml) ? sheet.xml : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>${sheet.xml}</sheetData></worksheet>`;
    items.push({ name: part, data: xml });
    overrides.push(`<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    rels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
    sheetEls.push(`<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="rId${i + 1}"/>`);
  });
  if (spec.sharedStrings !== undefined) {
    const xml = typeof spec.sharedStrings === "string" ? spec.sharedStrings : `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="${spec.sharedStrings.length}" uniqueCount="${spec.sharedStrings.length}">${spec.sharedStrings.map((s) => `<si>${s}</si>`).join("")}</sst>`;
    items.push({ name: "xl/sharedStrings.xml", data: xml });
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (spec.styles !== undefined) {
    items.push({ name: "xl/styles.xml", data: spec.styles });
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  items.push({ name: "xl/workbook.xml", data: spec.workbookXml ?? `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}>${spec.workbookPr ?? ""}<sheets>${sheetEls.join("")}</sheets>${spec.definedNames ? `<definedNames>${spec.definedNames}</definedNames>` : ""}</workbook>` });
  items.push({ name: "xl/_rels/workbook.xml.rels", data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>` });
  items.push({ name: "_rels/.rels", data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` });
  items.push({ name: "[Content_Types].xml", data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>` });
  const without = new Set(spec.without ?? []);
  return zipOf([...items.filter((i) => !without.has(i.name)), ...(spec.extra ?? [])]);
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The value at a sheet address through a grid's offsets (undefined outside it). */
export function at(contents: XlsxContents, sheet: number, address: string) {
  const grid = contents.grids[sheet];
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return grid.values[Number(m[2]) - grid.top]?.[col - grid.left];
}
