/** Many centres' reports (or plans) of one form in one summary (issue 11). */
export { readCentre, isConsolidated, linkedValue, VALUE_ROLES } from "./centre";
export type { Centre, CentreMeasure, ConsolidatedForm, Shortfall } from "./centre";
export { Consolidation } from "./gather";
export type { Line, LineHead, GatheredCentre } from "./gather";
export { summarySheet, summaryName, linkFormula, linkSheetRows } from "./summary-sheet";
export type { SummaryOptions, LinkSheetRow, LinkCell } from "./summary-sheet";
export { centresList, shortfallsList, partialList, LIST_NAMES } from "./lists";
export type { ListSheet, ListColumn } from "./lists";
export { builtFromOthers, consolidateSheets } from "./sheets";
export type { Consolidated } from "./sheets";
