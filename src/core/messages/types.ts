import { ColumnRole, Finding, FixKind, FormId, NearlyForm, RuleId } from "../types";
import type { NounForms } from "./format";

/** One UI language's words for everything the engine reports. */
export interface MessageCatalogue {
  /** Form titles, from the schema. */
  form: Record<FormId, string>;
  /** Short column names, from the schema. */
  column: Record<ColumnRole, string>;
  notAForm: string;
  /** One line for a sheet that is nearly a form: which, and the columns it lacks. */
  nearly(nearly: NearlyForm): string;
  /** Short name of a rule, for grouping findings. */
  ruleTitle: Record<RuleId, string>;
  /** A rule's name for many findings at once: «Числа збережено як текст: 78 клітинок…». */
  groupTitle: Record<RuleId, string>;
  /** The name of each one-click fix, as messages, buttons and the command line call it. */
  fixTitle: Record<FixKind, string>;
  /** "клітинка / клітинки / клітинок". */
  cellNoun: NounForms;
  /** What is wrong and how to fix it. */
  message(finding: Finding): string;
}

/** A column as a message names it: the sheet's own header when it was short enough to quote, else the standard name. */
export function columnName(names: Record<ColumnRole, string>, role: ColumnRole, label: string | undefined): string {
  return label === undefined ? names[role] : label;
}

/** The `default` of a switch over every rule: the compiler fails here when a rule has no case. */
export function unhandled(finding: never): never {
  throw new Error(`No message for ${(finding as Finding).rule}`);
}
