import { MessageCatalogue } from "./types";

const FIX: Record<string, string> = {
  error: "Fix the formula or enter a number.",
  negative: "Enter a non-negative number and explain the correction in the note.",
  mixed: "Keep only the number in the cell and move the explanation to the note.",
  "text-fact": "Enter a number (0 if nothing was done) and the explanation in the note.",
  "word-among-numbers": "Enter numbers in every quarter (empty where nothing is planned) or one wording for the whole row.",
  "not-a-number": "Enter a number or a wording without digits (such as «За потребою»).",
};

const col = (m: MessageCatalogue, role?: string, label?: string) => label ?? (role && role in m.column ? m.column[role as keyof MessageCatalogue["column"]] : "");

export const en: MessageCatalogue = {
  number: (value) => String(value),
  column: {
    number: "No.", task: "Task", goal: "Goal", result: "Expected result", measure: "Measure",
    executor: "Responsible executor", indicator: "Indicator", plan: "Plan", fact: "Actual", percent: "% executed",
    note: "Note", q1: "Q1", q2: "Q2", q3: "Q3", q4: "Q4", total: "Total",
    period: "Implementation period", deadline: "Deadline",
  },
  severity: { error: "Error", warning: "Warning", info: "Tip" },
  form: {
    "quarterly-report": "Quarterly report on plan execution",
    "annual-plan": "Annual plan with quarterly targets",
    "action-plan": "Strategy action plan",
    "regional-plan": "Plan of measures",
    "program-measures": "Programme measures",
  },
  notAForm: "This sheet is not a table of measures — nothing to check",
  invalid: {
    error: (v) => `holds the Excel error ${v}`,
    negative: (v) => `holds a negative number ${v}`,
    mixed: (v) => `holds text mixed with digits "${v}"`,
    "text-fact": (v) => `holds the text "${v}" although the plan is a number`,
    "word-among-numbers": (v) => `holds the word "${v}" while the other quarters are numbers`,
    "not-a-number": (v) => `holds "${v}", which does not read as a number`,
  },
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
  message: {
    "shortfall-unexplained": (f, m) =>
      `Actual ${m.number(f.params.fact ?? 0)} is below plan ${m.number(f.params.plan ?? 0)} and the note is empty. Explain the shortfall in the "${col(m, "note", f.params.label)}" column.`,
    "value-invalid": (f, m) =>
      `The "${col(m, f.params.column, f.params.label)}" cell ${m.invalid[f.params.reason ?? "not-a-number"](f.params.value ?? "")}. ${FIX[f.params.reason ?? "not-a-number"]}`,
    "total-mismatch": (f, m) =>
      `"${col(m, "total", f.params.label)}" is ${m.number(f.params.total ?? 0)} but the quarters add up to ${m.number(f.params.sum ?? 0)}. Fix the quarters or replace the total with a sum formula.`,
    "fact-missing": (f, m) =>
      f.params.formula
        ? `Plan is ${m.number(f.params.plan ?? 0)} but the actual value, computed by a formula, is empty. Fill in the values it adds up.`
        : `Plan is ${m.number(f.params.plan ?? 0)} but the actual value is empty. Enter it (0 if nothing was done).`,
    "column-missing": (f, m) => `The header has no "${col(m, f.params.column, f.params.label)}" column. Add it for a complete check.`,
    "plan-missing": () => `The measure has no plan. Enter a target number or a wording such as «За потребою».`,
    "executor-missing": () => `No responsible executor. Enter the department or official.`,
    "indicator-missing": () => `No performance indicator. Enter what measures the execution.`,
    "total-missing": (f, m) =>
      f.params.value
        ? `"${col(m, "total", f.params.label)}" holds "${f.params.value}" while the quarters are numbers (sum ${m.number(f.params.sum ?? 0)}). Enter the sum or a formula.`
        : `"${col(m, "total", f.params.label)}" is empty while the quarters add up to ${m.number(f.params.sum ?? 0)}. Enter the sum or a formula (the Compute command does it).`,
    "number-duplicate": (f) => `Number ${f.params.number} is already used in row ${f.params.firstRow}. Check the numbering.`,
    "number-hierarchy": (f) => `Measure number ${f.params.number} does not start with the number of its task (section) ${f.params.parent}. Check the number or the measure's place.`,
    "deadline-unreadable": (f) => `The deadline "${f.params.value}" cannot be read. Give a year, quarter, month or "Постійно".`,
    "deadline-outside-period": (f) => `The deadline "${f.params.value}" lies outside the plan's period (${f.params.period}). Check the year.`,
    "number-as-text": (f, m) => `The number ${f.params.value ?? ""} in ${col(m, f.params.column, f.params.label)} is stored as text. It was counted, but converting it to a number is safer.`,
    "percent-mismatch": (f, m) =>
      `"${col(m, "percent", f.params.label)}" holds ${f.params.value ?? ""}, but actual and plan give ${m.number(f.params.total ?? 0)} %. Replace it with a formula (the Compute command does it).`,
    "fact-far-above-plan": (f, m) =>
      `Actual ${m.number(f.params.fact ?? 0)} is ${f.params.ratio} times the plan ${m.number(f.params.plan ?? 0)}. Check whether the plan is realistic.`,
  },
};
