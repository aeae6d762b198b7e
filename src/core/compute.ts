import { ValueReading } from "./value";
import { ExecutionStatus } from "./types";

/** Execution percentage, one decimal, when both are valid numbers and the plan is positive. */
export function executionPercent(plan: ValueReading, fact: ValueReading): number | null {
  if (plan.kind !== "number" || fact.kind !== "number" || plan.value <= 0) return null;
  // A plan so small the quotient overflows (5e-324) has no percentage: Excel's division gives
  // #NUM!, which the live formula turns into a blank, as here.
  const percent = Math.round((fact.value / plan.value) * 1000) / 10;
  return Number.isFinite(percent) ? percent : null;
}

/** Sum of the quarters, empty as 0, when at least one is a number and none is invalid. */
export function quarterTotal(quarters: ValueReading[]): number | null {
  let sum = 0;
  let numbers = 0;
  for (const q of quarters) {
    if (q.kind === "invalid") return null;
    if (q.kind === "number") {
      sum += q.value;
      numbers++;
    }
  }
  return numbers > 0 ? roundNoise(sum) : null;
}

/** 0.1 + 0.2 should read 0.3: drop binary noise far below any figure an official types. */
export function roundNoise(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function executionStatus(plan: ValueReading, fact: ValueReading): ExecutionStatus {
  if (plan.kind === "text") return "qualitative";
  if (plan.kind !== "number" || fact.kind !== "number") return "unknown";
  if (fact.value >= plan.value) return "full";
  return fact.value > 0 ? "partial" : "none";
}

export function planKindOf(readings: ValueReading[]): "number" | "qualitative" | "empty" | "invalid" {
  if (readings.some((r) => r.kind === "invalid")) return "invalid";
  if (readings.some((r) => r.kind === "number")) return "number";
  if (readings.some((r) => r.kind === "text")) return "qualitative";
  return "empty";
}
