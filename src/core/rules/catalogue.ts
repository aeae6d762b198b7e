import { RuleId, Severity } from "../types";

/**
 * Every rule the engine knows, with its severity. Ids are a public contract (CLI JSON, task pane,
 * the receiving office's scripts): add new ones, never rename. The order is the order rules are
 * shown in within a severity (groups, lists).
 */
export const ruleCatalogue: Record<RuleId, { severity: Severity }> = {
  "shortfall-unexplained": { severity: "error" },
  "value-invalid": { severity: "error" },
  "total-mismatch": { severity: "error" },
  "fact-missing": { severity: "error" },
  "placeholder-left": { severity: "error" },
  "form-empty": { severity: "warning" },
  "column-missing": { severity: "warning" },
  "explanation-weak": { severity: "warning" },
  "plan-missing": { severity: "warning" },
  "executor-missing": { severity: "warning" },
  "indicator-missing": { severity: "warning" },
  "total-missing": { severity: "warning" },
  "number-duplicate": { severity: "warning" },
  "number-hierarchy": { severity: "warning" },
  "deadline-unreadable": { severity: "warning" },
  "deadline-outside-period": { severity: "warning" },
  "number-as-text": { severity: "info" },
  "fact-far-above-plan": { severity: "info" },
  "percent-mismatch": { severity: "warning" },
  "percent-invalid": { severity: "warning" },
  "plan-differs-from-approved": { severity: "warning" },
  "measure-not-reported": { severity: "warning" },
  "measure-not-in-plan": { severity: "info" },
  "underspend-unexplained": { severity: "error" },
  "deviation-mismatch": { severity: "error" },
  "subtotal-mismatch": { severity: "error" },
  "table-not-checked": { severity: "info" },
};
