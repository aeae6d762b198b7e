/**
 * Which other sheets link the sheets an undo would delete: a «Зведення» made from imported centres
 * sums them with live formulas, and deleting its centres would turn those into #REF!. Looked up in
 * the sheets the pane has read (the summary is always read: it is checked as soon as it is made).
 */
import { sameSheet } from "../../core/address";
import { tokenize } from "../../core/formula";
import type { SheetGrid } from "../../core";

export function sheetsLinking(targets: string[], read: Iterable<SheetGrid>): string[] {
  const linking: string[] = [];
  for (const grid of read) {
    if (targets.some((t) => sameSheet(t, grid.name))) continue;
    const links = (grid.formulas ?? []).some((line) =>
      line.some((formula) => formula !== null && formula.includes("!") && tokenize(formula).some((t) => t.kind === "ref" && t.sheet !== null && targets.some((name) => sameSheet(name, t.sheet as string)))),
    );
    if (links) linking.push(grid.name);
  }
  return linking;
}
