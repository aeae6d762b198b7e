/** Going to a cell and writing an explanation into it. */
import { ExcelFailure } from "./errors";
import type { XlContext } from "./types";

/** Activates the sheet and selects the cell: one sync. */
export async function selectCell(context: XlContext, sheetName: string, cell: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(cell).select();
  await context.sync();
}

export interface WriteNoteOptions {
  /** Replace text already in the cell (only after the user confirmed). Default false. */
  overwrite?: boolean;
}

export type WriteNoteResult = { status: "written" } | { status: "occupied"; existing: string };

/**
 * Writes `text` into `cell` when the cell is empty (or holds only spaces), or when `overwrite`
 * is set. An occupied cell is left alone and reported, so the UI can ask first. On a protected
 * sheet the cell must be unlocked, as Excel requires (forms are often sent protected with only the
 * fact and note cells unlocked); a locked one is refused before anything is written. Two syncs.
 */
export async function writeNote(
  context: XlContext,
  sheetName: string,
  cell: string,
  text: string,
  options: WriteNoteOptions = {},
): Promise<WriteNoteResult> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.protection.load("protected");
  const range = sheet.getRange(cell);
  range.load(["values", "formulas", "format/protection/locked"]);
  await context.sync();

  // One cell: its lock is true or false, never mixed (unless the cell is part of a merge).
  if (sheet.protection.protected && range.format.protection.locked !== false) {
    throw new ExcelFailure("protected", `${sheetName}!${cell} is locked on a protected sheet`, undefined, { sheet: sheetName, cell, action: "edit" });
  }
  const current = range.values[0][0];
  const formula = range.formulas[0][0];
  const occupied = (typeof formula === "string" && formula.startsWith("=")) || String(current ?? "").trim() !== "";
  if (occupied && !options.overwrite) return { status: "occupied", existing: String(current) };

  range.values = [[asText(text)]];
  await context.sync();
  return { status: "written" };
}

/**
 * Excel reads what an add-in writes the way it reads typing: "=..." becomes a formula and
 * "12" a number. A leading apostrophe keeps an explanation as text.
 */
export function asText(text: string): string {
  return /^[=+\-@]/.test(text) || /^\s*[-+]?\d+([.,]\d+)?\s*%?\s*$/.test(text) ? `'${text}` : text;
}
