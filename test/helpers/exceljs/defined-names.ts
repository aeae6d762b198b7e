/**
 * A workbook's defined names as exceljs gives them, scopes kept: the reference for the reader's
 * names (src/xlsx/defined-names.ts), and nameReferences in the shape the CLI used before it.
 */

import type { Workbook } from "exceljs";

/**
 * A defined name and the ranges it covers ("'Звіт I кв 2020'!$A$4:$I$4"); `sheet` when the name
 * belongs to one sheet (Excel gives a copied sheet its own copy of the template's stamp).
 */
export interface DefinedName {
  name: string;
  ranges: string[];
  sheet?: string;
}

/**
 * Each name with the first range it covers, as the form stamps are read (core/templates/stamp.ts):
 * sheets' own names first, as inside its sheet a sheet's name wins over the workbook's, and as the
 * task pane reads them (a sheet's names, then the workbook's).
 */
export function nameReferences(names: DefinedName[]): { name: string; reference: string }[] {
  // A stamp is one rectangle; the first range is its header even if a tool split it.
  const ordered = [...names.filter((n) => n.sheet !== undefined), ...names.filter((n) => n.sheet === undefined)];
  return ordered.map(({ name, ranges }) => ({ name, reference: ranges[0] ?? "" }));
}

/** A name as exceljs parses it from workbook.xml, before its model folds names together. */
interface ParsedName {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

interface ParsedWorkbook {
  definedNames?: ParsedName[];
  sheets?: { name: string }[];
}

const parsedNames = new WeakMap<Workbook, { names: ParsedName[]; sheets: string[] }>();

/**
 * exceljs keeps one defined name per name: a sheet's own copy of a stamp (what Excel makes when a
 * stamped sheet is copied) and the workbook's stamp of the same name overwrite each other, and
 * the scope is lost. Called on a workbook before it loads, this keeps workbook.xml's own list.
 */
export function keepNameScopes(workbook: Workbook): void {
  const xlsx = workbook.xlsx as unknown as { parseWorkbook(stream: unknown): Promise<ParsedWorkbook> };
  const parse = xlsx.parseWorkbook.bind(xlsx);
  xlsx.parseWorkbook = async (stream) => {
    const model = await parse(stream);
    parsedNames.set(workbook, { names: model.definedNames ?? [], sheets: (model.sheets ?? []).map((sheet) => sheet.name) });
    return model;
  };
}

/** The workbook's names, each scope apart when keepNameScopes saw the file (Excel's print areas left out). */
export function definedNamesOf(workbook: Workbook): DefinedName[] {
  const parsed = parsedNames.get(workbook);
  // exceljs keeps only names that are ranges (a constant or formula name is dropped on load).
  if (!parsed) return workbook.definedNames.model.map((n) => ({ name: n.name, ranges: [...n.ranges] }));
  return parsed.names
    .filter((n) => !n.name.startsWith("_xlnm.") && n.ranges.length > 0)
    .map((n) => {
      const sheet = n.localSheetId === undefined ? undefined : parsed.sheets[n.localSheetId];
      return { name: n.name, ranges: [...n.ranges], ...(sheet === undefined ? {} : { sheet }) };
    });
}

