import { CellValue, MergedArea } from "../grid";
import { FormId } from "../types";

/** The gallery: the five standard forms and an annual report (quarterly plan and fact side by side). */
export type TemplateId = FormId | "annual-report";

export interface TemplateDetails {
  organisation: string;
  year: number;
  /** For quarterly reports. */
  quarter?: 1 | 2 | 3 | 4;
  responsible: string;
  /** Empty measure rows to lay out; 15 unless asked. */
  rows?: number;
}

/** Looks an edge knows how to draw; keeping them named keeps every edge's sheet alike. */
export type CellStyle = "title" | "subtitle" | "header" | "column-number" | "section" | "text" | "value" | "percent" | "signature";

export interface TemplateCell {
  row: number;
  col: number;
  value?: CellValue;
  formula?: string;
  style: CellStyle;
}

export interface Validation {
  /** Inclusive 1-based range. */
  range: MergedArea;
  /** Excel custom-validation formula written for the range's top-left cell. */
  formula: string;
  /** Heading of the prompt and the alert. Every text here is already within Excel's limits. */
  title: string;
  /** Shown when the user types something else. */
  message: string;
  /** Shown when the cell is selected. */
  prompt: string;
  /**
   * "stop" refuses the entry; "warning" lets the official keep it after a question. Plans take any
   * wording without digits, which no validation formula under Excel's 255 characters can express.
   */
  alert: "stop" | "warning";
}

export interface ConditionalHighlight {
  range: MergedArea;
  /** Formula relative to the range's top-left cell. */
  formula: string;
  fill: string;
}

export interface TemplateSheet {
  template: TemplateId;
  /** The form `check` will recognise (an annual report is checked as a report on its year totals). */
  form: FormId;
  name: string;
  cells: TemplateCell[];
  merges: MergedArea[];
  /** Widths in characters, column 1 first. */
  columnWidths: number[];
  headerRows: { first: number; last: number };
  measureRows: { first: number; last: number };
  freezeRows: number;
  print: { paper: "A4"; orientation: "landscape"; fitToWidth: true; repeatRows: { first: number; last: number } };
  validations: Validation[];
  highlights: ConditionalHighlight[];
  /** The form stamp: a workbook-level defined name over the header that records the form for `check`. */
  stamp: { name: string; range: MergedArea; reference: string };
  /** A report made from a plan: a defined name on the workbook pointing back at the plan's rows. */
  source?: { name: string; reference: string };
}
