import { cellAddress } from "../address";
import { CellValue, MergedArea } from "../grid";
import { FormId } from "../types";
import { percentFormula } from "../edits/formulas";
import { stampName, stampReference } from "./stamp";
import { isPlaceholder } from "../placeholder";
import { ConditionalHighlight, TemplateCell, TemplateId, TemplateSheet, Validation } from "./types";

/** What a template column holds, which decides its formulas, validation and look. */
export type ColumnKind = "number" | "text" | "target" | "fact" | "percent" | "total" | "note" | "deadline";

export interface ColumnSpec {
  header: string;
  /** A group title over several columns in the first header row ("Значення показників…"). */
  group?: string;
  width: number;
  kind: ColumnKind;
  /** For a total: the columns it adds up; for a percent: [plan, fact]. 0-based among the columns. */
  sources?: number[];
}

export interface LayoutSpec {
  template: TemplateId;
  form: FormId;
  name: string;
  title: string;
  subtitle: string;
  columns: ColumnSpec[];
  section: string;
  responsible: string;
  serial: number;
  rows: number;
  /**
   * The table's rows when they are known (a report made from its plan): sections and measures
   * with their values by column (0-based). Without it, one example section and `rows` empty rows.
   */
  body?: BodyRow[];
}

/**
 * A known row. `values` are by column; where `formulas` names one, the value is its result as
 * Excel would cache it, and a total's or percent's own formula gives way to it.
 */
export type BodyRow = { kind: "section"; title: string } | { kind: "measure"; values: CellValue[]; formulas?: (string | null)[] };

/** Wordings a plan may hold instead of a number (SPEC: qualitative plans). */
export const QUALITATIVE_PHRASES = ["За потребою", "Постійно", "Постійно (за потреби)", "По мірі необхідності", "У разі необхідності", "Щопонеділка", "Щомісяця", "Щокварталу", "При наявності коштів"];

const SHORTFALL_FILL = "#F8D7DA";

/** Lays out a standard form: title, header, column numbers, an example section, empty rows, signatures. */
export function layOut(spec: LayoutSpec): TemplateSheet {
  const width = spec.columns.length;
  const cells: TemplateCell[] = [];
  const merges: MergedArea[] = [];
  const across = (row: number) => merges.push({ top: row, left: 1, bottom: row, right: width });

  cells.push({ row: 1, col: 1, value: spec.title, style: "title" });
  across(1);
  if (spec.subtitle) {
    cells.push({ row: 2, col: 1, value: spec.subtitle, style: "subtitle" });
    across(2);
  }

  const grouped = spec.columns.some((c) => c.group);
  // One blank row between the title block and the header.
  const headerFirst = spec.subtitle ? 4 : 3;
  const headerLast = grouped ? headerFirst + 1 : headerFirst;
  spec.columns.forEach((c, k) => {
    const col = k + 1;
    if (!grouped) {
      cells.push({ row: headerFirst, col, value: c.header, style: "header" });
      return;
    }
    if (!c.group) {
      cells.push({ row: headerFirst, col, value: c.header, style: "header" }, { row: headerLast, col, value: null, style: "header" });
      merges.push({ top: headerFirst, left: col, bottom: headerLast, right: col });
      return;
    }
    const startsGroup = k === 0 || spec.columns[k - 1].group !== c.group;
    if (startsGroup) {
      let end = k;
      while (end + 1 < width && spec.columns[end + 1].group === c.group) end++;
      cells.push({ row: headerFirst, col, value: c.group, style: "header" });
      if (end > k) merges.push({ top: headerFirst, left: col, bottom: headerFirst, right: end + 1 });
    } else {
      cells.push({ row: headerFirst, col, value: null, style: "header" });
    }
    cells.push({ row: headerLast, col, value: c.header, style: "header" });
  });

  const numbersRow = headerLast + 1;
  spec.columns.forEach((_, k) => cells.push({ row: numbersRow, col: k + 1, value: k + 1, style: "column-number" }));
  const body: BodyRow[] = spec.body ?? [{ kind: "section", title: spec.section }, ...Array.from({ length: spec.rows }, (): BodyRow => ({ kind: "measure", values: [] }))];
  const first = numbersRow + 1;
  body.forEach((line, k) => {
    const row = first + k;
    if (line.kind === "section") {
      cells.push({ row, col: 1, value: line.title, style: "section" });
      across(row);
    } else {
      spec.columns.forEach((c, j) => {
        const formula = line.formulas?.[j];
        const value = line.values[j] ?? null;
        cells.push(formula ? { row, col: j + 1, formula, value, style: c.kind === "percent" ? "percent" : c.kind === "text" || c.kind === "note" || c.kind === "number" ? "text" : "value" } : measureCell(row, j + 1, c, value));
      });
    }
  });
  // The example section is not a measure row; a known body's sections stand among its measures,
  // unless it opens with the example section itself (a body laid out whole, totals and all).
  const example = body[0]?.kind === "section" && isPlaceholder(body[0].title);
  const measureFirst = spec.body && !example ? first : first + 1;
  const last = first + body.length - 1;

  const signature = last + 2;
  // Names go in the third column: the wide text column of every form, never past the table's edge.
  const nameCol = Math.min(3, width);
  cells.push({ row: signature, col: 2, value: "Керівник", style: "signature" }, { row: signature, col: nameCol, value: "____________________", style: "signature" });
  cells.push({ row: signature + 2, col: 2, value: "Відповідальна особа", style: "signature" }, { row: signature + 2, col: nameCol, value: spec.responsible, style: "signature" });

  return {
    template: spec.template,
    form: spec.form,
    name: spec.name,
    cells,
    merges,
    columnWidths: spec.columns.map((c) => c.width),
    headerRows: { first: headerFirst, last: headerLast },
    measureRows: { first: measureFirst, last },
    freezeRows: numbersRow,
    print: { paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: headerFirst, last: numbersRow } },
    validations: validations(spec.columns, measureFirst, last),
    highlights: highlights(spec.columns, measureFirst, last),
    stamp: stampOver(spec, { top: headerFirst, left: 1, bottom: headerLast, right: width }),
  };
}

function stampOver(spec: LayoutSpec, header: MergedArea): TemplateSheet["stamp"] {
  return { name: stampName(spec.form, spec.serial), range: header, reference: stampReference(spec.name, header) };
}

function measureCell(row: number, col: number, c: ColumnSpec, value: CellValue): TemplateCell {
  const at = (k: number) => cellAddress(row, k + 1);
  // A known row gives the formulas' results (Excel's cached values); an empty row shows nothing yet.
  if (c.kind === "total" && c.sources) {
    const list = c.sources.map(at).join(",");
    return { row, col, formula: `=IF(COUNT(${list})=0,"",SUM(${list}))`, value: value ?? "", style: "value" };
  }
  if (c.kind === "percent" && c.sources) {
    return { row, col, formula: percentFormula(row, c.sources[0] + 1, c.sources[1] + 1), value: value ?? "", style: "percent" };
  }
  return { row, col, value, style: c.kind === "target" || c.kind === "fact" ? "value" : "text" };
}

/**
 * Excel's limits on a validation's texts (characters): a longer text makes Excel refuse the
 * whole validation, and the desktop app the whole file.
 */
export const VALIDATION_TEXT_MAX = { title: 32, message: 225, prompt: 255 } as const;

/** The product's name as Excel shows it above a validation's prompt and alert. */
const VALIDATION_TITLE = "Показник";

/** A text cut to `max` characters at a word, with an ellipsis, so no edge can pass Excel a longer one. */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

function validations(columns: ColumnSpec[], first: number, last: number): Validation[] {
  return rawValidations(columns, first, last).map((v) => ({
    ...v,
    title: fitText(VALIDATION_TITLE, VALIDATION_TEXT_MAX.title),
    message: fitText(v.message, VALIDATION_TEXT_MAX.message),
    prompt: fitText(v.prompt, VALIDATION_TEXT_MAX.prompt),
  }));
}

function rawValidations(columns: ColumnSpec[], first: number, last: number): Omit<Validation, "title">[] {
  const out: Omit<Validation, "title">[] = [];
  columns.forEach((c, k) => {
    const top = cellAddress(first, k + 1);
    const range = { top: first, left: k + 1, bottom: last, right: k + 1 };
    if (c.kind === "target") {
      const phrases = QUALITATIVE_PHRASES.map((p) => `${top}="${p}"`).join(",");
      out.push({
        range,
        formula: `=OR(AND(ISNUMBER(${top}),${top}>=0),${phrases})`,
        message: "Зазвичай тут невід'ємне число або формулювання без цифр («За потребою», «Постійно»). Залишити як є?",
        prompt: "Число (0 або більше) чи формулювання без цифр",
        alert: "warning",
      });
    }
    if (c.kind === "fact") {
      out.push({ range, formula: `=AND(ISNUMBER(${top}),${top}>=0)`, message: "Впишіть невід'ємне число; пояснення — у примітку.", prompt: "Число (0 або більше)", alert: "stop" });
    }
  });
  return out;
}

/** Excel itself shows a shortfall without a note (and a typed total that left its quarters). */
function highlights(columns: ColumnSpec[], first: number, last: number): ConditionalHighlight[] {
  const find = (kind: ColumnKind) => columns.findIndex((c) => c.kind === kind);
  const abs = (k: number) => `$${cellAddress(first, k + 1).replace(/\d+$/, "")}${first}`;
  const range = { top: first, left: 1, bottom: last, right: columns.length };
  const percent = columns.find((c) => c.kind === "percent" && c.sources);
  const note = find("note");
  if (percent?.sources && note >= 0) {
    const [p, f] = percent.sources.map(abs);
    return [{ range, formula: `=AND(ISNUMBER(${p}),ISNUMBER(${f}),${p}>0,${f}<${p},LEN(TRIM(${abs(note)}))=0)`, fill: SHORTFALL_FILL }];
  }
  return [];
}
