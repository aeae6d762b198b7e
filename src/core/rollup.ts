import { MeasureRow, Rollup, Section, Tally } from "./types";

function emptyTally(): Tally {
  return { measures: 0, full: 0, partial: 0, none: 0, qualitative: 0, unknown: 0, execution: null, numeric: 0 };
}

/** Accumulates a tally; `capped` collects each numeric row's execution, capped at 100 %. */
class TallyBuilder {
  readonly tally = emptyTally();
  private capped = 0;
  private numeric = 0;

  add(row: MeasureRow): void {
    const t = this.tally;
    t.measures++;
    t[row.execution ?? "unknown"]++;
    if (row.percent !== undefined && row.percent !== null) {
      this.capped += Math.min(row.percent, 100);
      this.numeric++;
    }
    // Totals in different units are never added up: only how many measures have numeric targets.
    if ((row.total !== undefined && row.total !== null) || (row.percent !== undefined && row.percent !== null)) t.numeric++;
  }

  done(): Tally {
    this.tally.execution = this.numeric > 0 ? Math.round((this.capped / this.numeric) * 10) / 10 : null;
    return this.tally;
  }
}

/**
 * Counts per sheet, per section (a section includes its subsections) and per executor.
 * Execution is the mean of capped percentages, so one over-fulfilled measure cannot hide
 * another's shortfall, and indicators in different units are never summed.
 */
export function rollUp(measures: MeasureRow[], sections: Section[]): Rollup {
  const sheet = new TallyBuilder();
  const bySection = sections.map(() => new TallyBuilder());
  const byExecutor = new Map<string, TallyBuilder>();
  for (const row of measures) {
    sheet.add(row);
    for (let s = row.section; s !== null && s !== undefined; s = sections[s].parent) bySection[s].add(row);
    const executor = (row.executor ?? "").replace(/\s+/g, " ").trim();
    if (executor) {
      let builder = byExecutor.get(executor);
      if (!builder) byExecutor.set(executor, (builder = new TallyBuilder()));
      builder.add(row);
    }
  }
  return {
    sheet: sheet.done(),
    sections: sections.map((s, k) => ({ section: k, title: s.title, tally: bySection[k].done() })),
    executors: [...byExecutor].map(([executor, b]) => ({ executor, tally: b.done() })),
  };
}
