import { ColumnRole, Finding, FormId, InvalidReason, RuleId, Severity } from "../types";

/** One UI language's words for everything the engine reports. */
export interface MessageCatalogue {
  number(value: number): string;
  column: Record<ColumnRole, string>;
  severity: Record<Severity, string>;
  form: Record<FormId, string>;
  notAForm: string;
  invalid: Record<InvalidReason, (value: string) => string>;
  /** Short name of a rule, for grouping findings. */
  ruleTitle: Record<RuleId, string>;
  /** What is wrong and how to fix it. */
  message: Record<RuleId, (f: Finding, m: MessageCatalogue) => string>;
}
