/** The thin Excel adapter: everything the task pane asks of a workbook goes through here. */
export { readSheet, toCellValue, type ReadOptions } from "./read";
export { selectCell, writeNote, asText, type WriteNoteResult, type WriteNoteOptions } from "./cells";
export { markCells, unmarkAll, markedCells, MARK_STYLE, MARKS_SETTING, type Mark, type SavedLook } from "./marks";
export { runExcel, REQUIRED_API, type RunStats, type RunOptions } from "./run";
export { ExcelFailure, toFailure, type FailureKind } from "./errors";
export { PAYLOAD_LIMIT_BYTES, SYNC_BUDGET_BYTES } from "./payload";
export type { ExcelHost, XlContext } from "./types";
export { writeEditPlan, type WritePlanOptions, type WritePlanResult } from "./write-plan";
export { readSheetForCheck, type SheetForCheck } from "./form-stamps";
export { insertTemplate, insertBuiltTemplate, FEATURE_API, type InsertTemplateOptions, type InsertedTemplate, type TemplateFeature } from "./insert-template";
export { watchActiveSheet, activeSheetName, watchSheetChanges, sheetNames } from "./events";
export { readWorkbookForCheck, SHEET_READ_CELLS, WORKBOOK_READ_CELLS, type WorkbookForCheck, type UnreadSheet } from "./read-workbook";
export { readAcceptances, saveAcceptances } from "./acceptances-part";
export { importSheets, removeImportedSheets, allSheetNames, importRequestBytes, largestImportBytes, type ImportFile, type ImportedSheets } from "./import-sheets";
