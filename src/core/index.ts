/** The engine's public face: grid in; form, findings and computed rows out. Pure TypeScript. */
export { checkSheet } from "./check";
export type { CheckOptions } from "./check";
export { formatFinding, catalogues } from "./messages";
export type { MessageCatalogue } from "./messages";
export { ruleCatalogue } from "./rules/catalogue";
export { indicatorSchema, formById } from "./schema/forms";
export { cellAddress, columnLetter, parseAddress } from "./address";
export { gridFromRows, isCellError } from "./grid";
export type { CellValue, CellError, MergedArea, SheetGrid } from "./grid";
export * from "./types";
export { groupFindings, groupSummary, rangesOf, GROUP_MIN } from "./groups";
export type { FindingGroup, GroupColumn } from "./groups";
export {
  ACCEPTANCES_NAMESPACE,
  acceptFinding,
  acceptancesToXml,
  applyAcceptances,
  isAcceptable,
  parseAcceptances,
  valueText,
  withAcceptance,
  withoutAcceptance,
} from "./acceptances";
export type { Acceptance, AcceptRefusal } from "./acceptances";
export { verdictOf, sheetVerdict, sheetsToFix, isChecked, SEVERITIES } from "./verdict";
export type { Verdict, VerdictOf, SeverityCounts } from "./verdict";
export * from "./edits";
export * from "./templates";
export { reconcileReports, withReconciliation, periodOf, reportPeriod, approvedValueFor } from "./reconcile";
export type { CheckedSheet, Reconciliation, ReportPeriod, Approved } from "./reconcile";
export { organisationOf } from "./organisation";
export * from "./consolidate";
export { isConsolidationList } from "./consolidation-lists";
