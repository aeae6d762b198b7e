/**
 * Measures of many centres laid on one spine (issue 11): each centre's measures are matched with
 * the lines met so far as reconciliation matches a report with its plan (number and wording,
 * then wording alone, then number alone, the indicator breaking ties), so a centre that numbers
 * its measures differently still lands on the same lines. A measure matched by number or wording
 * whose indicator differs is another quantity: it gets a line of its own, never added to the
 * first, and the pair is remembered for the list of differences.
 */
import type { CellValue } from "../grid";
import { matchMeasures, textKey } from "../reconcile/match";
import type { MatchableMeasure } from "../reconcile/match";
import type { Centre, CentreMeasure, ConsolidatedForm, Shortfall } from "./centre";

export interface LineHead {
  number: string | null;
  measure: string;
  task: string;
  goal: string;
  executor: string;
  indicator: string;
  section: string | null;
}

/** One centre's row on a line: where it stands and what the summary's link shows. */
export interface LineCell {
  row: number;
  values: CellValue[];
  note: string;
}

export interface Line {
  head: LineHead;
  /** By centre index. */
  cells: Map<number, LineCell>;
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
    const { measures, ...rest } = centre;
    this.centres.push({ ...rest, measures: measures.length });
    const own: MatchableMeasure[] = measures.map((m) => ({ row: m.row, number: m.number, measure: m.measure, indicator: m.indicator }));
    const spine: MatchableMeasure[] = this.lines.map((l, k) => ({ row: k, number: l.head.number, measure: l.head.measure, indicator: l.head.indicator }));
    const matched = matchMeasures(own, spine);
    for (const m of measures) {
      const at = matched.get(m.row);
      const cell = { row: m.row, values: m.values, note: m.note };
      if (at !== undefined && sameIndicator(this.lines[at].head.indicator, m.indicator) && !this.lines[at].cells.has(index)) {
        this.lines[at].cells.set(index, cell);
        continue;
      }
      this.lines.push({ head: headOf(m), cells: new Map([[index, cell]]), splitFrom: at ?? null });
    }
  }
}

/** Two indicators name one quantity unless both are given and differ (case, quotes and spaces aside). */
function sameIndicator(a: string, b: string): boolean {
  const [x, y] = [textKey(a), textKey(b)];
  return x === "" || y === "" || x === y;
}

function headOf(m: CentreMeasure): LineHead {
  return { number: m.number, measure: m.measure, task: m.task, goal: m.goal, executor: m.executor, indicator: m.indicator, section: m.section };
}
