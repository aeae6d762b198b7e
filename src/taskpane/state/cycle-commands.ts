/**
 * The reporting cycle in the pane (issue 12): a quarterly report made from the annual plan on the
 * active sheet, inserted as a template is (a new sheet, a fresh name, the next stamp serial, and a
 * defined name back to the plan's rows), then checked: it is reconciled with the plan at once.
 */
import { completeDetails, reportFromPlan, type Quarter } from "../../core";
import { insertBuiltTemplate, runExcel, type ExcelHost } from "../../excel";
import type { CommandKit, PaneStateAccess } from "./kit";

export interface CycleCommands {
  /** Makes the report for `quarter` from the active plan sheet; resolves to true once it is in. */
  reportFromPlan(quarter: Quarter, cumulative: boolean): Promise<boolean>;
}

export function cycleCommands(host: ExcelHost, { getState, dispatch }: PaneStateAccess, kit: CommandKit): CycleCommands {
  return {
    async reportFromPlan(quarter, cumulative) {
      const done = await kit.run("insert", async () => {
        // The plan as it is now, not as it was at the last check: its figures go into the report.
        const plan = await kit.checkNow();
        if (plan.report.form !== "annual-plan") return false;
        const { responsible } = completeDetails(getState().details, new Date());
        // The organisation comes from the plan's own title: the report must name the body the plan names.
        const supports = (version: string) => host.isSetSupported("ExcelApi", version);
        let measures = 0;
        const inserted = await runExcel(host, (ctx) =>
          insertBuiltTemplate(
            ctx,
            (existing, serial) => {
              const made = reportFromPlan(plan, { quarter, cumulative, responsible, existing, serial });
              if (!made.ok) return null;
              measures = made.measures;
              return made.sheet;
            },
            { supports },
          ),
        );
        if (!inserted) {
          dispatch({ type: "nothing-planned", quarter, cumulative });
          return false;
        }
        await kit.checkNow(inserted.sheet);
        dispatch({ type: "report-made", sheet: inserted.sheet, measures, skipped: inserted.skipped });
        return true;
      });
      return done === true;
    },
  };
}
