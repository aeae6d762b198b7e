import { cellAddress, columnLetter } from "../address";

/** The formulas Pokaznyk writes; recognising them later is how it knows which cells it owns. */

const NBSP = "\u00a0";
const NARROW_NBSP = "\u202f";

/**
 * A cell read as a number the way the engine reads it (core/value.ts), in every locale: a number
 * as it is (exactly: turned into text it would keep 15 digits), text with a decimal comma or point
 * ("12,5", "12.5"), with spaces, no-break or narrow no-break spaces between thousands
 * ("1 234,5"). VALUE() would read text by the user's locale: in en-US "12,5" is 125, in uk-UA
 * "12.5" is the date 12 May. NUMBERVALUE with explicit separators does not (Excel 2013+,
 * LibreOffice); ordinary spaces it ignores by itself. Excel gives 0 for an empty cell,
 * LibreOffice #VALUE!: every use below copes with both.
 */
export function numberIn(ref: string): string {
  return `IF(ISNUMBER(${ref}),${ref},NUMBERVALUE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},",","."),"${NBSP}",""),"${NARROW_NBSP}",""),".",","))`;
}

/**
 * Quarter cells of a row as one SUM: a range when the quarters sit side by side. Where a quarter
 * holds a number stored as text, SUM would skip it while the engine counts it, so each cell is
 * read through numberIn; an empty cell, a dash or a word counts 0, as SUM counts them.
 */
export function totalFormula(row: number, quarterCols: number[], textNumbers = false): string {
  const sorted = [...quarterCols].sort((a, b) => a - b);
  if (textNumbers) return `=SUM(${sorted.map((c) => `IFERROR(${numberIn(cellAddress(row, c))},0)`).join(",")})`;
  const contiguous = sorted.every((c, k) => k === 0 || c === sorted[k - 1] + 1);
  if (contiguous) return `=SUM(${cellAddress(row, sorted[0])}:${cellAddress(row, sorted[sorted.length - 1])})`;
  return `=SUM(${sorted.map((c) => cellAddress(row, c)).join(",")})`;
}

/**
 * Execution as a fraction (shown with a percent format), computed as the engine does: numbers
 * stored as text count, an empty fact, a negative fact, a zero or qualitative plan give a blank.
 */
export function percentFormula(row: number, planCol: number, factCol: number): string {
  const plan = numberIn(cellAddress(row, planCol));
  const fact = numberIn(cellAddress(row, factCol));
  return `=IFERROR(IF(AND(${filled(cellAddress(row, factCol))},${plan}>0,${fact}>=0),${fact}/${plan},""),"")`;
}

/**
 * True when the cell holds something besides spaces of any kind, as the engine trims a value:
 * a fact of "  " is missing, not 0 (NUMBERVALUE ignores spaces, and reads nothing as 0 in Excel).
 */
function filled(ref: string): string {
  return `LEN(TRIM(SUBSTITUTE(SUBSTITUTE(${ref},"${NBSP}",""),"${NARROW_NBSP}","")))>0`;
}

export const PERCENT_FORMAT = "0.0%";

/**
 * Functions newer than Excel 2007 carry a prefix inside an .xlsx file (ECMA-376 future
 * functions): "_xlfn.NUMBERVALUE(…)". Excel's API and formula bar show them without it; a file
 * writer that leaves it out gets #NAME? in Excel and LibreOffice.
 */
const FUTURE_FUNCTIONS = /(?<![\w.])(NUMBERVALUE)\(/gi;

/** A formula as an .xlsx file stores it (exceljs writes the text as given). */
export function fileFormula(formula: string): string {
  return formula.replace(FUTURE_FUNCTIONS, "_xlfn.$1(");
}

function normalise(formula: string): string {
  return formula.replace(/_xlfn\./gi, "").replace(/\s+/g, "").replace(/\$/g, "").toUpperCase();
}

const REF = "([A-Z]{1,3}[0-9]+)";

/** A formula part as normalise() leaves it, as a pattern capturing its (first) cell. */
function pattern(part: (ref: string) => string): string {
  return escapeRegExp(normalise(part("@"))).replace("@", REF).replace(/@/g, "[A-Z]{1,3}[0-9]+");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** What earlier versions wrote where these parts stand now (normalised), oldest last. */
const EARLIER: [RegExp, string][] = [
  [new RegExp(pattern((ref) => `IFERROR(${numberIn(ref)},0)`), "g"), "VALUE(0&$1)"],
  [new RegExp(pattern(numberIn), "g"), "VALUE($1)"],
  [new RegExp(pattern(filled), "g"), "LEN($1)>0"],
];
const VALUE_PERCENT = /^=IFERROR\(IF\(AND\(LEN\(([A-Z]{1,3}[0-9]+)\)>0,VALUE\(([A-Z]{1,3}[0-9]+)\)>0,/;

/**
 * What earlier versions wrote for the same cell, normalised: VALUE() where numberIn stands now
 * (a total's text quarters as VALUE(0&F6)), and before that a percentage of ISNUMBER cells.
 */
function earlierForms(formula: string): string[] {
  const now = normalise(formula);
  const then = EARLIER.reduce((text, [now, was]) => text.replace(now, was), now);
  if (then === now) return [];
  const forms = [then];
  const percent = VALUE_PERCENT.exec(then);
  if (percent) {
    const [, fact, plan] = percent;
    forms.push(normalise(`=IF(AND(ISNUMBER(${plan}),ISNUMBER(${fact}),${plan}>0),${fact}/${plan},"")`));
  }
  return forms;
}

/**
 * True when the cell holds exactly one of the formulas Pokaznyk would write there, or what an
 * earlier version wrote there (a sheet computed before still counts as Pokaznyk's), however the
 * file spells it (_xlfn. prefixes, $ signs, spaces, case).
 */
export function isOwnFormula(existing: string | null | undefined, ...expected: string[]): boolean {
  if (!existing) return false;
  const have = normalise(existing);
  return expected.some((e) => have === normalise(e) || earlierForms(e).includes(have));
}

export { columnLetter };
