import { CellValue, MergedArea } from "../grid";

/**
 * What a command wants to change on a sheet, decided by the engine and carried out by an edge
 * (Office.js or exceljs). Edits never touch a cell with the user's data in it: they target empty
 * cells or cells Pokaznyk owns (its own formulas); anything else is an offer the user must accept.
 */
export interface CellWrite {
  row: number;
  col: number;
  /** Formula text starting with "="; when set, `value` is the engine's expected result. */
  formula?: string;
  value?: CellValue;
  numberFormat?: string;
}

/** A typed value the engine would replace, shown to the user first. */
export interface ReplaceOffer {
  row: number;
  col: number;
  cell: string;
  current: CellValue;
  write: CellWrite;
}

export interface ColumnInsert {
  before: number;
  header: string;
  /** Rows the new column's title spans (merged when more than one). */
  headerRows: number[];
  /**
   * Group titles merged over the columns up to the insertion ("Значення показників…" over План and
   * Факт): after the insert each is merged one column wider, so it stands over the new column too.
   */
  widen: MergedArea[];
}

export interface EditPlan {
  sheet: string;
  /** Columns to insert before these 1-based positions, in this order, before the writes apply. */
  insertColumns: ColumnInsert[];
  writes: CellWrite[];
  offers: ReplaceOffer[];
}
