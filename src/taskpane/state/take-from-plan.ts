/**
 * «Взяти з плану»: the approved value written into a report's «План» cell for each
 * `plan-differs-from-approved` finding. The cell holds what the official typed, so every write is
 * an offer carrying that value as read (the same path as the engine's fixes: a cell changed since
 * the check is refused). The value is taken again from the plan sheet as read, not from the
 * finding: a finding quotes a long wording cut to 80 characters.
 *
 * Where the plan sets nothing for the period there is nothing to take: emptying the cell would
 * only trade this warning for `plan-missing`, and a zero would claim a target nobody approved. The
 * official decides (or explains the change in the note), so such a finding is not offered.
 */
import { approvedValueFor, parseAddress, type ReplaceOffer, type SheetGrid } from "../../core";
import type { Finding } from "../../core/types";
import type { Checked } from "./types";

/** The rule «Взяти з плану» answers. */
export const TAKE_FROM_PLAN_RULE = "plan-differs-from-approved";

/** Whether «Взяти з плану» can write something for this finding (a number or a wording is approved). */
export function canTakeFromPlan(finding: Finding): boolean {
  return finding.rule === TAKE_FROM_PLAN_RULE && finding.params.approved !== null;
}

/** The offers for these findings, against the report and the plan sheets as last read. */
export function takeFromPlanOffers(report: SheetGrid, findings: readonly Finding[], plans: ReadonlyMap<string, Checked>): ReplaceOffer[] {
  const offers: ReplaceOffer[] = [];
  for (const f of findings) {
    if (f.rule !== TAKE_FROM_PLAN_RULE || f.params.approved === null) continue;
    const plan = plans.get(f.params.planSheet);
    if (!plan) continue;
    const at = parseAddress(f.params.planCell);
    const approved = approvedValueFor(plan, at.row, f.params.quarter, f.params.cumulative);
    if (approved === null || approved === undefined) continue;
    const value = typeof approved === "number" ? approved : approved.text;
    offers.push({ row: f.row, col: f.col, cell: f.cell, current: cellOf(report, f.row, f.col), write: { row: f.row, col: f.col, value } });
  }
  return offers;
}

function cellOf(grid: SheetGrid, row: number, col: number) {
  return grid.values[row - grid.top]?.[col - grid.left] ?? null;
}
