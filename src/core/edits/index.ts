export { planCompute, emptyPlan } from "./compute-plan";
export type { ComputeOptions, ComputePlan } from "./compute-plan";
export { applyEdits } from "./apply";
export { totalFormula, percentFormula, isOwnFormula, fileFormula, PERCENT_FORMAT } from "./formulas";
export type { CellWrite, EditPlan, ReplaceOffer } from "./types";
