import { formatNumber, formatPercent } from "./format";
import { Finding, FixKind, InvalidReason, SheetPlace } from "../types";
import { columnNames, formTitles } from "../schema/forms";
import { columnName, MessageCatalogue, unhandled } from "./types";

const number = (value: number) => formatNumber(value, "en", { fractionDigits: 6 });
const names = columnNames("en");
const percent = (value: number) => formatPercent(value, "en");
const forms = formTitles("en");

const FIX: Record<FixKind, string> = {
  "numbers-as-text": "Convert to numbers",
  "trim-spaces": "Trim spaces",
  "percent-formula": "Replace with formula",
  "total-formula": "Replace with sum formula",
};

const PLACE: Record<SheetPlace, string> = {
  title: "The title",
  section: "A section heading",
  measure: "A measure row",
  signature: "The signature block",
};

/** "for Q2", or "from the start of the year to the end of Q2" for a running total. */
function periodEn(p: { quarter: number; cumulative: boolean }): string {
  return p.cumulative && p.quarter > 1 ? `from the start of the year to the end of Q${p.quarter}` : `for Q${p.quarter}`;
}

/** A note as quoted back to the official: short. */
const quote = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
const listed = (roles: readonly (keyof typeof names)[]) => roles.map((r) => `"${names[r]}"`).join(", ");

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
  "not-a-number": { holds: (v) => `holds "${v}", which does not read as a number`, fix: 'Enter a number or a wording without digits (such as "За потребою").' },
  "text-money": { holds: (v) => `holds the text "${v}" instead of an amount`, fix: 'Enter the amount in UAH thousand (0 if there was no money; "х" if none was planned) and the explanation in the note.' },
};

function message(f: Finding): string {
  switch (f.rule) {
    case "shortfall-unexplained": {
      const { plan, fact, label } = f.params;
      return `Actual ${number(fact)} is below plan ${number(plan)} and the note is empty. Explain the shortfall in the "${columnName(names, "note", label)}" column.`;
    }
    case "value-invalid": {
      const { column, label, value, reason, noted } = f.params;
      // The correction is already explained: what is left to do is the number itself.
      const fix = noted ? "The note already explains it; enter a non-negative number in the cell (0 if nothing was done)." : INVALID[reason].fix;
      return `The "${columnName(names, column, label)}" cell ${INVALID[reason].holds(value)}. ${fix}`;
    }
    case "total-mismatch": {
      const { total, sum, label } = f.params;
      return `"${columnName(names, "total", label)}" is ${number(total)} but the quarters add up to ${number(sum)}. Fix the quarters or replace the total with a sum formula (the "${FIX["total-formula"]}" fix).`;
    }
    case "fact-missing":
      return f.params.formula
        ? `Plan is ${number(f.params.plan)} but the actual value, computed by a formula, is empty. Fill in the values it adds up.`
        : `Plan is ${number(f.params.plan)} but the actual value is empty. Enter it (0 if nothing was done).`;
    case "column-missing":
      return `The header has no "${names[f.params.column]}" column. Add it for a complete check.`;
    case "plan-missing":
      return `The measure has no plan. Enter a target number or a wording such as "За потребою".`;
    case "executor-missing":
      return `No responsible executor. Enter the department or official.`;
    case "indicator-missing":
      return `No performance indicator. Enter what measures the execution.`;
    case "total-missing": {
      const { sum, value, label } = f.params;
      const total = columnName(names, "total", label);
      return value === undefined
        ? `"${total}" is empty while the quarters add up to ${number(sum)}. Enter the sum or a formula (the Compute command does it).`
        : `"${total}" holds "${value}" while the quarters are numbers (sum ${number(sum)}). Replace it with the sum formula (the "${FIX["total-formula"]}" fix) or enter the sum.`;
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
      return `The number ${number(value)} in the "${columnName(names, column, label)}" column is stored as text. It was counted, but converting it to a number is safer (the "${FIX["numbers-as-text"]}" fix).`;
    }
    case "fact-far-above-plan": {
      const { plan, fact, ratio } = f.params;
      return `Actual ${number(fact)} is ${ratio} times the plan ${number(plan)}. Check whether the plan is realistic.`;
    }
    case "percent-mismatch": {
      const { shown, label, basis } = f.params;
      const from = basis ? `${basis} and planned money` : "actual and plan";
      return `"${columnName(names, "percent", label)}" holds ${percent(shown)}, but ${from} give ${percent(f.params.percent)}. Replace it with the percent formula (the "${FIX["percent-formula"]}" fix).`;
    }
    case "placeholder-left":
      return `${PLACE[f.params.place]} still holds the template's placeholder "${f.params.value}". Replace it with the real text before sending.`;
    case "form-empty": {
      const { form, measures, columns } = f.params;
      const what =
        measures === 0
          ? "it has no measures"
          : columns[0] === "measure"
            ? `none of its rows (${measures}) names a measure`
            : `the ${listed(columns)} ${columns.length > 1 ? "columns are" : "column is"} empty in every measure row (${measures})`;
      return `The form "${forms[form]}" is not filled in yet: ${what}. There is nothing to check yet; the template's placeholders are checked once you enter the first values.`;
    }
    case "explanation-weak": {
      const { plan, fact, note, label } = f.params;
      return `Actual ${number(fact)} is below plan ${number(plan)}, but the note "${quote(note)}" gives no reason. Write in the "${columnName(names, "note", label)}" column why the plan was not met.`;
    }
    case "percent-invalid": {
      const { value, kind, label } = f.params;
      const holds = kind === "error" ? `holds the Excel error ${value}` : `holds the text "${quote(value)}", which Excel cannot compute with`;
      const fix = `Replace it with the percent formula (the "${FIX["percent-formula"]}" fix)`;
      return f.params.percent === null
        ? `The "${columnName(names, "percent", label)}" cell ${holds}. ${fix}: it shows the percentage once plan and actual are numbers.`
        : `The "${columnName(names, "percent", label)}" cell ${holds}, while actual and plan give ${percent(f.params.percent)}. ${fix}.`;
    }
    case "plan-differs-from-approved": {
      const { plan, approved, planSheet, planCell, label } = f.params;
      const typed = typeof plan === "number" ? number(plan) : `"${quote(plan)}"`;
      const source = `the approved plan ("${quote(planSheet)}", ${planCell}) ${periodEn(f.params)}`;
      const set = approved === null ? `${source} plans nothing` : typeof approved === "number" ? `${source} sets ${number(approved)}` : `${source} sets "${quote(approved)}" (qualitative)`;
      return `The report's "${columnName(names, "plan", label)}" is ${typed}, but ${set}. Enter the approved value or, if the plan was officially changed, explain the change in the note.`;
    }
    case "measure-not-in-plan": {
      const { number: n, measure, planSheet } = f.params;
      return `Measure ${n ? `${n} ` : ""}"${quote(measure)}" is not in the approved plan ("${quote(planSheet)}"). Check its number and wording: they should match the plan.`;
    }
    case "measure-not-reported": {
      const { number: n, measure, approved, planSheet, planCell } = f.params;
      return `The report has no row for measure ${n ? `${n} ` : ""}"${quote(measure)}" of the approved plan ("${quote(planSheet)}", ${planCell}), which sets ${number(approved)} ${periodEn(f.params)}. Add the measure's row to the report.`;
    }
    case "underspend-unexplained": {
      const { planned, used, column, label } = f.params;
      return `${column === "used" ? "Used" : "Financed"} ${number(used)} of the planned ${number(planned)} (UAH thousand) and no reason is given. Explain the unspent money in the "${columnName(names, "note", label)}" column.`;
    }
    case "deviation-mismatch": {
      const { deviation, expected, sign, label } = f.params;
      const how = sign === "used-minus-planned" ? "used minus planned" : "planned minus used, as the table's first row writes it,";
      return `"${columnName(names, "deviation", label)}" holds ${number(deviation)}, but ${how} gives ${number(expected)}. Correct the deviation or the amounts (Compute writes the formula).`;
    }
    case "subtotal-mismatch": {
      const { column, total, sum, all, label } = f.params;
      const sums = sum === all ? number(sum) : `${number(sum)} (${number(all)} from the top of the table)`;
      return `The total in "${columnName(names, column, label)}" is ${number(total)}, but the rows above it add up to ${sums}. Check the total and the rows it adds up.`;
    }
    case "table-not-checked": {
      const { headerRow, form } = f.params;
      const like = form === null ? "" : ` (it looks like "${forms[form]}")`;
      return `Another table begins at row ${headerRow}${like}. It was not checked: only the sheet's first table is. Move it to a sheet of its own to check it.`;
    }
    default:
      return unhandled(f);
  }
}

export const en: MessageCatalogue = {
  form: forms,
  column: names,
  notAForm: "This sheet is not a table of measures — nothing to check",
  nearly: ({ form, headerRow, missing }) =>
    `It looks like "${forms[form]}" (header down to row ${headerRow}), but the ${listed(missing)} ${missing.length > 1 ? "columns are" : "column is"} missing. Rename or add ${missing.length > 1 ? "them" : "it"} to have the sheet checked.`,
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
    "placeholder-left": "Template placeholder left",
    "form-empty": "Form not filled in",
    "explanation-weak": "Note does not explain the shortfall",
    "percent-invalid": "Error or text in the percentage",
    "plan-differs-from-approved": "Plan differs from the approved plan",
    "measure-not-in-plan": "Measure not in the plan",
    "measure-not-reported": "Plan measure missing from the report",
    "underspend-unexplained": "Unspent money not explained",
    "deviation-mismatch": "Deviation disagrees with the amounts",
    "subtotal-mismatch": "Total is not the sum of its rows",
    "table-not-checked": "Another table not checked",
  },
  groupTitle: {
    "shortfall-unexplained": "Shortfalls without explanation",
    "value-invalid": "Invalid values",
    "total-mismatch": "Totals differ from the quarters' sum",
    "fact-missing": "Actual values missing",
    "placeholder-left": "Template placeholders left",
    "form-empty": "Forms not filled in",
    "column-missing": "Columns missing",
    "explanation-weak": "Notes that do not explain the shortfall",
    "plan-missing": "Plans missing",
    "executor-missing": "Executors missing",
    "indicator-missing": "Indicators missing",
    "total-missing": "Totals missing",
    "number-duplicate": "Duplicate measure numbers",
    "number-hierarchy": "Measure numbers that do not fit their task",
    "deadline-unreadable": "Unreadable deadlines",
    "deadline-outside-period": "Deadlines outside the plan's period",
    "number-as-text": "Numbers stored as text",
    "fact-far-above-plan": "Actual far above plan",
    "percent-mismatch": "Percentages that disagree with plan and actual",
    "percent-invalid": "Errors or text in the percentage",
    "plan-differs-from-approved": "Plans differ from the approved plan",
    "measure-not-in-plan": "Measures not in the plan",
    "measure-not-reported": "Plan measures missing from the report",
    "underspend-unexplained": "Unspent money not explained",
    "deviation-mismatch": "Deviations that disagree with the amounts",
    "subtotal-mismatch": "Totals that are not the sum of their rows",
    "table-not-checked": "Other tables not checked",
  },
  fixTitle: FIX,
  cellNoun: { one: "cell", other: "cells" },
  message,
};
