import { formatNumber } from "./format";
import { Finding, InvalidReason } from "../types";
import { columnNames, formTitles } from "../schema/forms";
import { columnName, MessageCatalogue, unhandled } from "./types";

const number = (value: number) => formatNumber(value, "en", { fractionDigits: 6 });
const names = columnNames("en");

/** What is wrong with an invalid value, and how to fix it, depend on the reason. */
const INVALID: Record<InvalidReason, { holds: (value: string) => string; fix: string }> = {
  error: { holds: (v) => `holds the Excel error ${v}`, fix: "Fix the formula or enter a number." },
  negative: { holds: (v) => `holds a negative number ${v}`, fix: "Enter a non-negative number and explain the correction in the note." },
  mixed: { holds: (v) => `holds text mixed with digits "${v}"`, fix: "Keep only the number in the cell and move the explanation to the note." },
  "text-fact": { holds: (v) => `holds the text "${v}" although the plan is a number`, fix: "Enter a number (0 if nothing was done) and the explanation in the note." },
  "word-among-numbers": {
    holds: (v) => `holds the word "${v}" while the other quarters are numbers`,
    fix: "Enter numbers in every quarter (empty where nothing is planned) or one wording for the whole row.",
  },
  "not-a-number": { holds: (v) => `holds "${v}", which does not read as a number`, fix: "Enter a number or a wording without digits (such as «За потребою»)." },
};

function message(f: Finding): string {
  switch (f.rule) {
    case "shortfall-unexplained": {
      const { plan, fact, label } = f.params;
      return `Actual ${number(fact)} is below plan ${number(plan)} and the note is empty. Explain the shortfall in the "${columnName(names, "note", label)}" column.`;
    }
    case "value-invalid": {
      const { column, label, value, reason } = f.params;
      return `The "${columnName(names, column, label)}" cell ${INVALID[reason].holds(value)}. ${INVALID[reason].fix}`;
    }
    case "total-mismatch": {
      const { total, sum, label } = f.params;
      return `"${columnName(names, "total", label)}" is ${number(total)} but the quarters add up to ${number(sum)}. Fix the quarters or replace the total with a sum formula.`;
    }
    case "fact-missing":
      return f.params.formula
        ? `Plan is ${number(f.params.plan)} but the actual value, computed by a formula, is empty. Fill in the values it adds up.`
        : `Plan is ${number(f.params.plan)} but the actual value is empty. Enter it (0 if nothing was done).`;
    case "column-missing":
      return `The header has no "${names[f.params.column]}" column. Add it for a complete check.`;
    case "plan-missing":
      return `The measure has no plan. Enter a target number or a wording such as «За потребою».`;
    case "executor-missing":
      return `No responsible executor. Enter the department or official.`;
    case "indicator-missing":
      return `No performance indicator. Enter what measures the execution.`;
    case "total-missing": {
      const { sum, value, label } = f.params;
      const total = columnName(names, "total", label);
      return value === undefined
        ? `"${total}" is empty while the quarters add up to ${number(sum)}. Enter the sum or a formula (the Compute command does it).`
        : `"${total}" holds "${value}" while the quarters are numbers (sum ${number(sum)}). Enter the sum or a formula.`;
    }
    case "number-duplicate":
      return `Number ${f.params.number} is already used in row ${f.params.firstRow}. Check the numbering.`;
    case "number-hierarchy":
      return `Measure number ${f.params.number} does not start with the number of its task (section) ${f.params.parent}. Check the number or the measure's place.`;
    case "deadline-unreadable":
      return `The deadline "${f.params.value}" cannot be read. Give a year, quarter, month or "Постійно".`;
    case "deadline-outside-period": {
      const { value, from, to } = f.params;
      return `The deadline "${value}" lies outside the plan's period (${from === to ? from : `${from}–${to}`}). Check the year.`;
    }
    case "number-as-text": {
      const { column, label, value } = f.params;
      return `The number ${number(value)} in ${columnName(names, column, label)} is stored as text. It was counted, but converting it to a number is safer.`;
    }
    case "fact-far-above-plan": {
      const { plan, fact, ratio } = f.params;
      return `Actual ${number(fact)} is ${ratio} times the plan ${number(plan)}. Check whether the plan is realistic.`;
    }
    case "percent-mismatch": {
      const { value, percent, label } = f.params;
      return `"${columnName(names, "percent", label)}" holds ${number(value)}, but actual and plan give ${number(percent)} %. Replace it with a formula (the Compute command does it).`;
    }
    default:
      return unhandled(f);
  }
}

export const en: MessageCatalogue = {
  form: formTitles("en"),
  column: names,
  notAForm: "This sheet is not a table of measures — nothing to check",
  ruleTitle: {
    "shortfall-unexplained": "Shortfall without explanation",
    "value-invalid": "Invalid value",
    "total-mismatch": "Total differs from the quarters' sum",
    "fact-missing": "Actual value missing",
    "column-missing": "Column missing",
    "plan-missing": "Plan missing",
    "executor-missing": "Executor missing",
    "indicator-missing": "Indicator missing",
    "total-missing": "Total missing",
    "number-duplicate": "Duplicate measure number",
    "number-hierarchy": "Measure number does not fit its task",
    "deadline-unreadable": "Unreadable deadline",
    "deadline-outside-period": "Deadline outside the plan's period",
    "number-as-text": "Number stored as text",
    "fact-far-above-plan": "Actual far above plan",
    "percent-mismatch": "Percentage disagrees with plan and actual",
  },
  message,
};
