/**
 * Measures of many centres laid on one spine (issue 11): each centre's measures are matched with
 * the lines met so far as reconciliation matches a report with its plan (number and wording,
 * then wording alone, then number alone, the indicator breaking ties), so a centre that numbers
 * its measures differently still lands on the same lines. A measure matched by number or wording
 * whose indicator differs is another quantity: it gets a line of its own, never added to the
 * first, and the pair is remembered for the list of differences.
 */
import { LineCells } from "./line-cells";
import { matchMeasures, textKey } from "../reconcile/match";
import type { MatchableMeasure } from "../reconcile/match";
import type { Centre, CentreMeasure, ConsolidatedForm, Shortfall } from "./centre";
import { ownText, ownTextOrNull, ownValue } from "./own-text";

export interface LineHead {
  number: string | null;
  measure: string;
  task: string;
  goal: string;
  executor: string;
  indicator: string;
  section: string | null;
}

export interface Line {
  head: LineHead;
  /** By centre index. */
  cells: LineCells;
  /** The line this one would have joined but for its indicator. */
  splitFrom: number | null;
}

/** A centre once gathered: everything but its measures, which now live on the lines. */
export type GatheredCentre = Omit<Centre, "measures" | "shortfalls"> & { measures: number; shortfalls: Shortfall[] };

export class Consolidation {
  readonly lines: Line[] = [];
  readonly centres: GatheredCentre[] = [];

  constructor(readonly form: ConsolidatedForm) {}

  add(centre: Centre): void {
    if (centre.form !== this.form) throw new Error(`${centre.name} is a ${centre.form}, not a ${this.form}`);
    const index = this.centres.length;
    const { measures, shortfalls, ...rest } = centre;
    // Everything kept here outlives the centre's file: its strings are copied (own-text.ts).
    this.centres.push({ ...rest, sheet: ownText(rest.sheet), title: ownText(rest.title), measures: measures.length, shortfalls: shortfalls.map(ownShortfall) });
    const own: MatchableMeasure[] = measures.map((m) => ({ row: m.row, number: m.number, measure: m.measure, indicator: m.indicator }));
    const spine: MatchableMeasure[] = this.lines.map((l, k) => ({ row: k, number: l.head.number, measure: l.head.measure, indicator: l.head.indicator }));
    const matched = matchMeasures(own, spine);
    for (const m of measures) {
      // Matched to a line another centre opened apart for its other indicator: the line of this
      // measure's own indicator, among the line it split from and that line's other splits.
      const found = matched.get(m.row);
      const root = found === undefined ? undefined : (this.lines[found].splitFrom ?? found);
      const sibling = root === undefined ? -1 : this.lines.findIndex((l, j) => (j === root || l.splitFrom === root) && sameIndicator(l.head.indicator, m.indicator) && !l.cells.has(index));
      const at = sibling >= 0 ? sibling : found;
      const cell = { row: m.row, values: m.values.map(ownValue), note: ownText(m.note), leftOut: ownText(m.leftOut) };
      if (at !== undefined && sameIndicator(this.lines[at].head.indicator, m.indicator) && !this.lines[at].cells.has(index)) {
        this.lines[at].cells.set(index, cell);
        continue;
      }
      this.lines.push({ head: headOf(m), cells: new LineCells(m.values.length).set(index, cell), splitFrom: at ?? null });
    }
  }
}

/** Two indicators name one quantity unless both are given and differ (case, quotes and spaces aside). */
function sameIndicator(a: string, b: string): boolean {
  const [x, y] = [textKey(a), textKey(b)];
  return x === "" || y === "" || x === y;
}

function headOf(m: CentreMeasure): LineHead {
  return { number: ownTextOrNull(m.number), measure: ownText(m.measure), task: ownText(m.task), goal: ownText(m.goal), executor: ownText(m.executor), indicator: ownText(m.indicator), section: ownTextOrNull(m.section) };
}

function ownShortfall(s: Shortfall): Shortfall {
  return { row: s.row, number: ownTextOrNull(s.number), measure: ownText(s.measure), indicator: ownText(s.indicator), plan: ownValue(s.plan), fact: ownValue(s.fact) };
}
