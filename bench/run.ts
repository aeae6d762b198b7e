/**
 * `npm run bench`: how long checkSheet (recognise, check, compute, roll up) takes on generated
 * reports and plans of growing size, and whether the time grows linearly (100k/10k ≈ 10).
 * Options: --sizes 1000,10000,100000  --runs 7
 */
import { performance } from "node:perf_hooks";
import { checkSheet } from "../src/core";
import type { FormId } from "../src/core/types";
import type { SheetGrid } from "../src/core/grid";
import { annualPlan, quarterlyReport } from "./generate";

interface Kind {
  form: FormId;
  make: (measures: number) => SheetGrid;
}

const KINDS: Kind[] = [
  { form: "quarterly-report", make: (n) => quarterlyReport(n) },
  { form: "annual-plan", make: (n) => annualPlan(n) },
];

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const SIZES = option("--sizes", "1000,10000,100000").split(",").map(Number);
const RUNS = Number(option("--runs", "7"));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Warm-up: up to 3 runs so V8 optimises, but stop after a second, which big sheets reach in one run. */
const WARM_UP_RUNS = 3;
const WARM_UP_MS = 1000;

/** Median wall time of checkSheet on one grid, after the warm-up. */
function timeCheck(grid: SheetGrid, runs: number): { ms: number; measures: number; form: FormId | null; findings: number } {
  const warmUpStart = performance.now();
  let report = checkSheet(grid);
  for (let i = 1; i < WARM_UP_RUNS && performance.now() - warmUpStart < WARM_UP_MS; i++) report = checkSheet(grid);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    report = checkSheet(grid);
    times.push(performance.now() - start);
  }
  return { ms: median(times), measures: report.measures.length, form: report.form, findings: report.findings.length };
}

function main(): void {
  console.log(`checkSheet benchmark — node ${process.version}, median of ${RUNS} runs after a warm-up\n`);
  const header = ["form", "measure rows", "sheet rows", "median ms", "rows/s", "findings"];
  const lines: string[][] = [];
  const medians = new Map<string, number>();
  let drifted = false;
  for (const kind of KINDS) {
    for (const size of SIZES) {
      const grid = kind.make(size);
      const result = timeCheck(grid, RUNS);
      // The generator must still look like the form to the engine, or the timing measures nothing.
      if (result.form !== kind.form || result.measures !== size) {
        drifted = true;
        console.error(`warning: ${kind.form} ×${size}: engine saw form ${result.form} with ${result.measures} measures`);
      }
      medians.set(`${kind.form} ${size}`, result.ms);
      lines.push([kind.form, String(size), String(grid.values.length), result.ms.toFixed(1), Math.round(size / (result.ms / 1000)).toLocaleString("en-US"), String(result.findings)]);
    }
  }
  printTable(header, lines);
  console.log("");
  for (const kind of KINDS) {
    const big = medians.get(`${kind.form} 100000`);
    const ten = medians.get(`${kind.form} 10000`);
    if (big !== undefined && ten !== undefined) console.log(`${kind.form}: 100k/10k time ratio ${(big / ten).toFixed(2)} (linear = 10)`);
  }
  if (drifted) process.exitCode = 1;
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}

main();
