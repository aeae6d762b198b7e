/**
 * One-click fixes as edit plans: numbers stored as text to numbers (all, or a group's or a
 * column's cells), the same for numbers with stray spaces around them, a typed `% виконання` or
 * total to the live formula. They write over what the official typed, so, like Compute's replace
 * offers, every write is an offer carrying the cell's value as read: the edge writes them all as
 * accepted (`applyEdits(grid, plan, plan.offers.map((o) => o.write))`, `writeEditPlan(…, { accepted:
 * plan.offers })`) and refuses a cell that changed since. No other cell is touched.
 */
import { cellAddress } from "../address";
import { CellValue, SheetGrid } from "../grid";
import { SheetView } from "../sheet-view";
import { FixKind, Finding, RuleId, SheetReport } from "../types";
import { readValue } from "../value";
import { sameNumber } from "../compute";
import { CellWrite, EditPlan, ReplaceOffer } from "./types";
import { PERCENT_FORMAT, isOwnFormula, percentFormula, totalFormula } from "./formulas";

export interface Fix {
  kind: FixKind;
  /**
   * Only these cells (A1 addresses on the report's sheet): a group's (FindingGroup.findings' cells)
   * or a column's. Every cell the fix applies to when absent.
   */
  cells?: readonly string[];
}

/** A fix's edit plan: no plain writes, every write an offer to apply as accepted. */
export interface FixPlan extends EditPlan {
  fix: FixKind;
  /** The findings the fix removes: the next check no longer reports them, and nothing else changes. */
  resolves: { rule: RuleId; cell: string }[];
}

/** Which fix removes a finding of this rule, if any: what the pane offers beside a group. */
export const FIX_FOR_RULE: Partial<Record<RuleId, FixKind>> = {
  "number-as-text": "numbers-as-text",
  "percent-mismatch": "percent-formula",
  "percent-invalid": "percent-formula",
  "total-mismatch": "total-formula",
  "total-missing": "total-formula",
};

/** A number's cell, converted, is left in Excel's general format: a text format ("@") would keep it text. */
const NUMBER_FORMAT = "General";

export function planFix(grid: SheetGrid, report: SheetReport, fix: Fix): FixPlan {
  const view = new SheetView(grid);
  const only = fix.cells ? new Set(fix.cells.map((c) => c.toUpperCase())) : null;
  const wanted = (cell: string) => only === null || only.has(cell);
  const targets = new Targets(view);
  if (fix.kind === "numbers-as-text" || fix.kind === "trim-spaces") planNumbers(view, report, fix.kind, wanted, targets);
  if (fix.kind === "percent-formula") planPercents(view, report, wanted, targets);
  if (fix.kind === "total-formula") planTotals(view, report, wanted, targets);
  return { sheet: grid.name, insertColumns: [], writes: [], offers: targets.offers, fix: fix.kind, resolves: targets.resolves(report.findings) };
}

/** The offers of a plan and the findings on each target cell that the write removes. */
class Targets {
  readonly offers: ReplaceOffer[] = [];
  /** Target cell → the rules whose findings there (or on rows sharing its merged value) it removes. */
  private readonly removes = new Map<string, { rules: Set<RuleId>; cells: Set<string> }>();

  constructor(private readonly view: SheetView) {}

  add(write: CellWrite, rules: RuleId[], findingCells: string[] = []): void {
    const cell = cellAddress(write.row, write.col);
    if (!this.removes.has(cell)) {
      this.offers.push({ row: write.row, col: write.col, cell, current: this.view.own(write.row, write.col), write });
      this.removes.set(cell, { rules: new Set(), cells: new Set([cell]) });
    }
    const entry = this.removes.get(cell) as { rules: Set<RuleId>; cells: Set<string> };
    for (const rule of rules) entry.rules.add(rule);
    for (const c of findingCells) entry.cells.add(c);
  }

  resolves(findings: readonly Finding[]): { rule: RuleId; cell: string }[] {
    const out: { rule: RuleId; cell: string }[] = [];
    for (const entry of this.removes.values()) {
      for (const f of findings) if (entry.cells.has(f.cell) && entry.rules.has(f.rule)) out.push({ rule: f.rule, cell: f.cell });
    }
    return out;
  }
}

/**
 * The cell a value cell's value is read from (core/cells.ts valueFor): itself, or the top of a
 * merge down one column; null for a cell inside a wider merge (a wording across the quarters).
 */
function sourceOf(view: SheetView, row: number, col: number): { row: number; col: number } | null {
  const area = view.mergeAt(row, col);
  if (!area) return { row, col };
  if (area.left !== area.right) return area.top === row && area.left === col ? { row, col } : null;
  return { row: area.top, col: area.left };
}

/** A cell on its own: not merged with any other (a formula per row cannot go into a merge). */
function alone(view: SheetView, row: number, col: number): boolean {
  return view.mergeAt(row, col) === null;
}

function planNumbers(view: SheetView, report: SheetReport, kind: FixKind, wanted: (cell: string) => boolean, targets: Targets): void {
  // Every finding reading its value from one source cell goes with it (a plan merged down two rows).
  const bySource = new Map<string, { row: number; col: number; cells: string[]; wanted: boolean }>();
  for (const f of report.findings) {
    if (f.rule !== "number-as-text") continue;
    const source = sourceOf(view, f.row, f.col);
    if (!source) continue;
    const key = cellAddress(source.row, source.col);
    const entry = bySource.get(key) ?? { ...source, cells: [], wanted: false };
    entry.cells.push(f.cell);
    entry.wanted ||= wanted(f.cell);
    bySource.set(key, entry);
  }
  for (const { row, col, cells, wanted: asked } of bySource.values()) {
    const value = view.own(row, col);
    if (!asked || typeof value !== "string") continue;
    if (kind === "trim-spaces" && value === value.trim()) continue;
    const reading = readValue(value);
    // The other findings on these cells read the number already: only number-as-text goes.
    if (reading.kind === "number") targets.add({ row, col, value: reading.value, numberFormat: NUMBER_FORMAT }, ["number-as-text"], cells);
  }
}

/**
 * Flagged percentages (a mismatch, an error, text) and typed numbers that agree: each becomes the
 * live formula Compute writes. A formula of the official's own that agrees stays, as does a cell merged
 * with others.
 */
function planPercents(view: SheetView, report: SheetReport, wanted: (cell: string) => boolean, targets: Targets): void {
  const { plan: planCol, fact: factCol, percent: col } = report.columns;
  if (report.form !== "quarterly-report" || planCol === undefined || factCol === undefined || col === undefined) return;
  const flagged = flaggedAt(report.findings, ["percent-mismatch", "percent-invalid"]);
  for (const m of report.measures) {
    const cell = cellAddress(m.row, col);
    if (!wanted(cell) || !alone(view, m.row, col)) continue;
    const formula = percentFormula(m.row, planCol, factCol);
    const existing = view.formula(m.row, col);
    if (isOwnFormula(existing, formula)) continue;
    const rules = flagged.get(cell) ?? [];
    const typed = readValue(view.own(m.row, col));
    const agrees = existing === null && typed.kind === "number" && m.percent !== null && m.percent !== undefined;
    if (rules.length === 0 && !agrees) continue;
    const value: CellValue = m.percent === null || m.percent === undefined ? "" : (m.fact as number) / (m.plan as number);
    targets.add({ row: m.row, col, formula, value, numberFormat: PERCENT_FORMAT }, rules, [cell]);
  }
}

/**
 * A plan's flagged totals (a mismatch, a word or nothing beside numeric quarters) and typed totals
 * that agree: each becomes the live sum of its quarters.
 */
function planTotals(view: SheetView, report: SheetReport, wanted: (cell: string) => boolean, targets: Targets): void {
  const { columns } = report;
  const quarterCols = [columns.q1, columns.q2, columns.q3, columns.q4].filter((c): c is number => c !== undefined);
  const col = columns.total;
  if (report.form !== "annual-plan" || col === undefined || quarterCols.length === 0) return;
  const flagged = flaggedAt(report.findings, ["total-mismatch", "total-missing"]);
  for (const m of report.measures) {
    const cell = cellAddress(m.row, col);
    if (m.total === null || m.total === undefined || !wanted(cell) || !alone(view, m.row, col)) continue;
    const textNumbers = quarterCols.some((c) => {
      const reading = readValue(view.shown(m.row, c));
      return reading.kind === "number" && reading.asText;
    });
    const formula = totalFormula(m.row, quarterCols, textNumbers);
    const existing = view.formula(m.row, col);
    if (isOwnFormula(existing, formula, totalFormula(m.row, quarterCols), totalFormula(m.row, quarterCols, true))) continue;
    const rules = flagged.get(cell) ?? [];
    const typed = readValue(view.own(m.row, col));
    const agrees = existing === null && typed.kind === "number" && sameNumber(typed.value, m.total);
    if (rules.length === 0 && !agrees) continue;
    // A total typed as text goes too: the formula's number is no longer text.
    targets.add({ row: m.row, col, formula, value: m.total }, typed.kind === "number" && typed.asText ? [...rules, "number-as-text"] : rules, [cell]);
  }
}

function flaggedAt(findings: readonly Finding[], rules: RuleId[]): Map<string, RuleId[]> {
  const at = new Map<string, RuleId[]>();
  for (const f of findings) {
    if (!rules.includes(f.rule)) continue;
    at.set(f.cell, [...(at.get(f.cell) ?? []), f.rule]);
  }
  return at;
}
