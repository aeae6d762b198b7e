/**
 * `compute --fix …` and `--replace-percents` (issue 10): the engine's one-click fixes
 * (core/edits/fixes.ts, what the pane offers beside a group) carried out by the same patch as
 * Compute's own writes. A fix writes over what the official typed, so its writes are offers; the
 * option is the official accepting them all. Each is planned on the grid as read, then moved
 * past the columns Compute inserts, and never writes a cell Compute's plan already writes.
 */
import { planFix } from "../core/edits";
import type { CellWrite, ComputePlan } from "../core/edits";
import type { SheetGrid } from "../core/grid";
import { counted } from "../core/messages/format";
import type { FixKind, Lang, SheetReport } from "../core/types";
import { uiText } from "./ui-text";

export interface FixWrites {
  kind: FixKind;
  writes: CellWrite[];
}

export function fixWrites(grid: SheetGrid, report: SheetReport, plan: ComputePlan, kinds: readonly FixKind[]): FixWrites[] {
  const key = (w: { row: number; col: number }) => `${w.row}:${w.col}`;
  const taken = new Set([...plan.writes, ...plan.offers.map((o) => o.write)].map(key));
  return kinds.map((kind) => {
    const writes: CellWrite[] = [];
    for (const offer of planFix(grid, report, { kind }).offers) {
      const write = { ...offer.write, col: movedPast(offer.write.col, plan) };
      if (taken.has(key(write))) continue;
      taken.add(key(write));
      writes.push(write);
    }
    return { kind, writes };
  });
}

/** A column of the grid as read, after Compute's inserts (each before a column of the grid as it then is). */
function movedPast(col: number, plan: ComputePlan): number {
  return plan.insertColumns.reduce((c, insert) => (c >= insert.before ? c + 1 : c), col);
}

/** One line per fix asked for: how many cells it changed (a cell the patch skipped is not counted). */
export function fixLines(fixes: FixWrites[], written: readonly CellWrite[], lang: Lang): string[] {
  const text = uiText[lang].compute;
  const done = new Set(written);
  return fixes.map(({ kind, writes }) => `    ${text.fixed(kind, counted(writes.filter((w) => done.has(w)).length, text.cells, lang))}`);
}
