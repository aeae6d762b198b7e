/**
 * Compute: live totals for an annual plan, live percentages for a report. Nothing is overwritten
 * without the user's word: a report without a "% виконання" column is asked about first, and
 * typed totals that disagree with their quarters wait as offers. Every write re-checks the sheet,
 * so the findings and the summary show the sheet as it now is.
 */
import { useCallback, useRef, useState } from "react";
import { emptyPlan, planCompute, type EditPlan, type ReplaceOffer } from "../../core";
import { runExcel, writeEditPlan } from "../../excel";
import type { Checked, CommandKit } from "./useChecker";

export interface ComputeState {
  sheet: string;
  /** A report without "% виконання": waiting for the user to say whether to add it. */
  askPercent: boolean;
  /** Typed totals that disagree with the sum of their quarters, not answered yet. */
  offers: ReplaceOffer[];
}

export interface Computer {
  state: ComputeState | null;
  run(): Promise<void>;
  /** The answer to "add the % column?". */
  answerPercent(add: boolean): Promise<void>;
  /** Replaces these typed totals with the sum formula. */
  replace(offers: ReplaceOffer[]): Promise<void>;
  /** Leaves the typed totals as they are. */
  keep(): void;
}

export function useCompute({ host, command, checkNow, setNotice }: CommandKit): Computer {
  const [state, setState] = useState<ComputeState | null>(null);
  /** The sheet as last read: plans are made from it and writes check their targets against it. */
  const basis = useRef<Checked | null>(null);

  const write = useCallback(
    async (plan: EditPlan, accepted: ReplaceOffer[] = []) => {
      const read = basis.current?.grid;
      await runExcel(host, (ctx) => writeEditPlan(ctx, plan, { accepted, read }));
      basis.current = await checkNow(plan.sheet);
    },
    [host, checkNow],
  );

  const run = useCallback(async () => {
    await command("compute", async () => {
      const checked = await checkNow();
      basis.current = checked;
      const { grid, report } = checked;
      const plan = planCompute(grid, report);
      if (!plan.computable) {
        setState(null);
        setNotice({ kind: "nothing-to-compute", notAForm: !report.form });
        return;
      }
      if (plan.askPercentColumn) {
        setState({ sheet: report.sheet, askPercent: true, offers: [] });
        return;
      }
      if (plan.writes.length) await write(plan);
      setState({ sheet: report.sheet, askPercent: false, offers: plan.offers });
      setNotice({ kind: "computed", cells: plan.writes.length });
    });
  }, [command, checkNow, write, setNotice]);

  const answerPercent = useCallback(
    async (add: boolean) => {
      if (!add) {
        setState((s) => s && { ...s, askPercent: false });
        return;
      }
      await command("compute", async () => {
        if (!basis.current) return;
        const { grid, report } = basis.current;
        const plan = planCompute(grid, report, { addPercentColumn: true });
        await write(plan);
        setState({ sheet: report.sheet, askPercent: false, offers: [] });
        setNotice({ kind: "computed", cells: plan.writes.length });
      });
    },
    [command, write, setNotice],
  );

  const replace = useCallback(
    async (offers: ReplaceOffer[]) => {
      await command("compute", async () => {
        if (!state || !offers.length) return;
        await write(emptyPlan(state.sheet), offers);
        setState((s) => s && { ...s, offers: s.offers.filter((o) => !offers.includes(o)) });
        setNotice({ kind: "replaced", count: offers.length });
      });
    },
    [command, write, state, setNotice],
  );

  const keep = useCallback(() => setState((s) => s && { ...s, offers: [] }), []);

  return { state, run, answerPercent, replace, keep };
}
