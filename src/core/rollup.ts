import { ExecutorTally, MeasureRow, Rollup, Section, Tally } from "./types";
import { splitExecutors } from "./executors";
import type { Executor } from "./executors";

function emptyTally(): Tally {
  return { measures: 0, full: 0, partial: 0, none: 0, qualitative: 0, unknown: 0, execution: null, numeric: 0 };
}

/** Accumulates a tally; `capped` collects each numeric row's execution, capped at 100 %. */
class TallyBuilder {
  readonly tally = emptyTally();
  private capped = 0;
  private executed = 0;

  add(row: MeasureRow): void {
    const t = this.tally;
    t.measures++;
    t[row.execution ?? "unknown"]++;
    if (row.percent !== undefined && row.percent !== null) {
      this.capped += Math.min(row.percent, 100);
      this.executed++;
    }
    // One definition of a numeric target for every count (Tally): the row's plan reads as a number.
    // Totals in different units are never added up: only how many measures have numeric targets.
    if (row.planKind === "number") t.numeric++;
  }

  done(): Tally {
    this.tally.execution = this.executed > 0 ? Math.round((this.capped / this.executed) * 10) / 10 : null;
    return this.tally;
  }
}

function tallyOf(rows: Iterable<MeasureRow>): Tally {
  const builder = new TallyBuilder();
  for (const row of rows) builder.add(row);
  return builder.done();
}

/** The folded entry's name as the sheet's language says it; edges in English show `others` their own way. */
const OTHERS = "інші";

/** A list of executors longer than this folds those with one measure into «інші». */
const EXECUTORS_SHOWN = 5;

/**
 * Counts per sheet, per section (a section includes its subsections) and per executor.
 * Execution is the mean of capped percentages, so one over-fulfilled measure cannot hide
 * another's shortfall, and indicators in different units are never summed.
 */
export function rollUp(measures: MeasureRow[], sections: Section[]): Rollup {
  const sheet = new TallyBuilder();
  const bySection = sections.map(() => new TallyBuilder());
  for (const row of measures) {
    sheet.add(row);
    for (let s = row.section; s !== null && s !== undefined; s = sections[s].parent) bySection[s].add(row);
  }
  return {
    sheet: sheet.done(),
    sections: sections.map((s, k) => ({ section: k, title: s.title, tally: bySection[k].done() })),
    executors: byExecutor(measures),
  };
}

/**
 * Per executor, most measures first. A cell that lists several executors counts its measure under
 * each; when the list would run past EXECUTORS_SHOWN, executors with a single measure fold into one
 * «інші» entry (`others` names them) that counts each of their measures once, last.
 */
function byExecutor(measures: MeasureRow[]): ExecutorTally[] {
  const groups = new Map<string, { name: string; rows: MeasureRow[] }>();
  // A sheet names a few executors down thousands of rows: each distinct cell text is split once.
  const splits = new Map<string, Executor[]>();
  for (const row of measures) {
    const text = row.executor ?? "";
    let executors = splits.get(text);
    if (executors === undefined) {
      executors = splitExecutors(text);
      splits.set(text, executors);
    }
    for (const { key, name } of executors) {
      const group = groups.get(key);
      if (group) group.rows.push(row);
      else groups.set(key, { name, rows: [row] });
    }
  }
  const list = [...groups.values()].sort((a, b) => b.rows.length - a.rows.length);
  const singles = list.filter((g) => g.rows.length === 1);
  const fold = list.length > EXECUTORS_SHOWN && singles.length >= 2;
  const shown = fold ? list.filter((g) => g.rows.length > 1) : list;
  const out: ExecutorTally[] = shown.map((g) => ({ executor: g.name, tally: tallyOf(g.rows) }));
  if (fold) {
    const rows = new Set(singles.map((g) => g.rows[0]));
    out.push({ executor: OTHERS, tally: tallyOf(rows), others: singles.map((g) => g.name) });
  }
  return out;
}
