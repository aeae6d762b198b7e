/** A quarterly report laid beside its approved annual plan (SPEC "Reconciliation"). */
export { reconcileReports, withReconciliation, periodOf } from "./reconcile";
export type { CheckedSheet, Reconciliation, ReconcileOptions } from "./reconcile";
export { reportPeriod } from "./period";
export type { ReportPeriod, QuarterNumber } from "./period";
export { approvedValue, approvedValueFor } from "./approved";
export type { Approved } from "./approved";
