/**
 * Parts of an exceljs worksheet that exist at runtime and in exceljs's README, but not in its
 * index.d.ts (data validations, conditional formats), and merged areas in the engine's shape.
 */
import type { ConditionalFormattingOptions, DataValidation, Worksheet } from "exceljs";
import type { MergedArea } from "../../core/grid";
import { parseArea } from "../../core/address";

/** Keyed by an address or a range ("F8:F22"); exceljs spreads a loaded range over one key per cell. */
export type ValidationModel = Record<string, DataValidation | undefined>;

interface UntypedParts {
  dataValidations: { model: ValidationModel };
  conditionalFormattings: ConditionalFormattingOptions[] | undefined;
}

const parts = (sheet: Worksheet): UntypedParts => sheet as unknown as UntypedParts;

export function validationModel(sheet: Worksheet): ValidationModel {
  return parts(sheet).dataValidations.model;
}

export function setValidationModel(sheet: Worksheet, model: ValidationModel): void {
  parts(sheet).dataValidations.model = model;
}

export function conditionalFormats(sheet: Worksheet): ConditionalFormattingOptions[] {
  return parts(sheet).conditionalFormattings ?? [];
}

/** Every merged area of the sheet. */
export function mergedAreas(sheet: Worksheet): MergedArea[] {
  return sheet.model.merges.map(parseArea);
}

/** A key exceljs gives a cell area ("B4", "B4:D5", dollars allowed); anything else is kept as exceljs has it. */
export function isRange(text: string): boolean {
  return /^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/.test(text.trim());
}
