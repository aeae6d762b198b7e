import { SheetView } from "../sheet-view";
import { ColumnMap, MeasureRow } from "../types";
import { MeasureLine } from "../rows";
import { valueFor } from "../cells";
import { cellText, readValue, ValueReading } from "../value";
import { executionPercent, executionStatus } from "../compute";
import { FindingList } from "./findings";
import { isWeakExplanation } from "../explanation";

/** Above this many times the plan, a fact is worth a second look at the plan's realism. */
const FAR_ABOVE_PLAN = 3;

/** Checks and computes one measure row of a quarterly report. */
export function reportRow(view: SheetView, line: MeasureLine, columns: ColumnMap, noteCols: number[], findings: FindingList): MeasureRow {
  const { row } = line;
  const planCol = columns.plan as number;
  const factCol = columns.fact as number;
  const plan = readValue(valueFor(view, row, planCol));
  const fact = readValue(valueFor(view, row, factCol));

  const note = noteAt(view, row, noteCols);
  // A negative fact whose correction the note already explains: the message asks only for the number.
  const noted = note !== null && !isWeakExplanation(note.text);
  flagInvalid(plan, row, planCol, "plan", findings, false);
  flagInvalid(fact, row, factCol, "fact", findings, noted);
  if ((fact.kind === "text" || (fact.kind === "empty" && fact.dash)) && plan.kind === "number") {
    // SPEC: non-numeric text as a fact under a numeric plan; a dash is text, not an empty cell.
    const shown = fact.kind === "text" ? fact.text : cellText(valueFor(view, row, factCol));
    findings.add("value-invalid", row, factCol, { column: "fact", label: findings.label("fact"), value: shown, reason: "text-fact" });
  }
  if (plan.kind === "number" && plan.asText) findings.add("number-as-text", row, planCol, { column: "plan", label: findings.label("plan"), value: plan.value });
  if (fact.kind === "number" && fact.asText) findings.add("number-as-text", row, factCol, { column: "fact", label: findings.label("fact"), value: fact.value });

  if (plan.kind === "number" && fact.kind === "empty" && !fact.dash) {
    findings.add("fact-missing", row, factCol, { plan: plan.value, formula: view.formula(row, factCol) !== null });
  }
  if (plan.kind === "empty" && fact.kind !== "invalid") findings.add("plan-missing", row, planCol, {});

  if (plan.kind === "number" && fact.kind === "number" && plan.value > 0) {
    if (fact.value < plan.value && note === null) {
      findings.add("shortfall-unexplained", row, columns.note ?? factCol, { plan: plan.value, fact: fact.value, label: findings.label("note") });
    } else if (fact.value < plan.value && note !== null && isWeakExplanation(note.text)) {
      // SPEC keeps shortfall-unexplained to an empty note; "-", "0" or "виконано" is a note that explains nothing.
      findings.add("explanation-weak", row, note.col, { plan: plan.value, fact: fact.value, note: note.text, label: findings.label("note") });
    }
    if (fact.value >= FAR_ABOVE_PLAN * plan.value) {
      findings.add("fact-far-above-plan", row, factCol, { plan: plan.value, fact: fact.value, ratio: Math.round(fact.value / plan.value) });
    }
  }

  const percent = executionPercent(plan, fact);
  if (columns.percent !== undefined) checkTypedPercent(view, row, columns.percent, percent, findings);

  // One object literal per row: spreading a shared base here doubled check time on 10,000 rows.
  return {
    row,
    number: line.number,
    measure: line.measure,
    executor: line.executor || null,
    section: line.section,
    plan: plan.kind === "number" ? plan.value : null,
    fact: fact.kind === "number" ? fact.value : null,
    percent,
    planKind: plan.kind === "text" ? "qualitative" : plan.kind,
    execution: executionStatus(plan, fact),
  };
}

/**
 * The row's note and where it stands, or null when there is none. The note may fill any cell under
 * its header, which officials sometimes merge over two columns; a note merged down serves every row.
 */
function noteAt(view: SheetView, row: number, noteCols: number[]): { text: string; col: number } | null {
  for (const col of noteCols) {
    const text = cellText(view.shown(row, col));
    if (text !== "") return { text, col };
  }
  return null;
}

function flagInvalid(reading: ValueReading, row: number, col: number, column: "plan" | "fact", findings: FindingList, noted: boolean): void {
  if (reading.kind !== "invalid") return;
  const params = { column, label: findings.label(column), value: reading.shown, reason: reading.reason };
  findings.add("value-invalid", row, col, noted && reading.reason === "negative" ? { ...params, noted: true } : params);
}

/**
 * A percentage typed (or computed by someone's formula) in the "% виконання" column must say what
 * fact and plan say. Excel shows 0.667 formatted as 66.7 %, while people also type 66.7: either reads.
 * An Excel error (a user's own =G6/F6 over a zero plan gives #DIV/0!) or text there computes nothing.
 */
function checkTypedPercent(view: SheetView, row: number, col: number, percent: number | null, findings: FindingList): void {
  const typed = readValue(valueFor(view, row, col));
  const label = findings.label("percent");
  if (typed.kind === "text") findings.add("percent-invalid", row, col, { value: typed.text, kind: "text", percent, label });
  if (typed.kind === "invalid" && typed.reason !== "negative") {
    findings.add("percent-invalid", row, col, { value: typed.shown, kind: typed.reason === "error" ? "error" : "text", percent, label });
  }
  if (typed.kind !== "number" || percent === null) return;
  // Within half a percentage point: 0.67 or 67 for 66.7 % is rounding, not a different figure.
  const asPercent = typed.value * 100;
  const close = (shown: number) => Math.abs(shown - percent) <= 0.5;
  if (!close(asPercent) && !close(typed.value)) {
    // The reading nearer the computed figure is how the cell most likely shows: 0.8 as 80 %, 75 as 75 %.
    const shown = Math.abs(asPercent - percent) < Math.abs(typed.value - percent) ? Math.round(asPercent * 1000) / 1000 : typed.value;
    findings.add("percent-mismatch", row, col, { value: typed.value, shown, percent, label });
  }
}
