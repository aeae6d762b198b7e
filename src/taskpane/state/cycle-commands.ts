/**
 * The reporting cycle in the pane (issue 12): a quarterly report made from the annual plan on the
 * active sheet, inserted as a template is (a new sheet, a fresh name, the next stamp serial, and a
 * defined name back to the plan's rows), then checked: it is reconciled with the plan at once.
 */
import { annualReport, checkSheet, completeDetails, organisationOf, reportFromPlan, yearQuarters, type Quarter } from "../../core";
import { insertBuiltTemplate, readSheetForCheck, readWorkbookForCheck, runExcel, type ExcelHost } from "../../excel";
import type { CommandKit, PaneStateAccess } from "./kit";

export interface CycleCommands {
  /** Makes the report for `quarter` from the active plan sheet; resolves to true once it is in. */
  reportFromPlan(quarter: Quarter, cumulative: boolean): Promise<boolean>;
  /** Makes the year's report from the quarterly reports in the workbook of the active report's year. */
  annualReport(): Promise<boolean>;
  /** Reconciles `report` with the plan sheet picked (null: with none; undefined: the one found by itself), re-checking it. */
  choosePlan(report: string, plan: string | null | undefined): Promise<void>;
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

    async choosePlan(report, plan) {
      dispatch({ type: "plan-chosen", report, plan });
      await kit.run("check", async () => {
        // The picked plan as it is now: the official may have just corrected it.
        if (plan) {
          const { grid, options } = await runExcel(host, (ctx) => readSheetForCheck(ctx, plan));
          kit.sheets.set(plan, { grid, report: checkSheet(grid, options) });
        }
        await kit.checkNow(report);
      });
    },

    async annualReport() {
      const done = await kit.run("insert", async () => {
        // Every quarter sheet as it is now: the annual report's references point at their cells.
        const read = await runExcel(host, (ctx) => readWorkbookForCheck(ctx));
        const checked = read.sheets.map(({ grid, options }) => ({ grid, report: checkSheet(grid, options) }));
        const { year, sheets } = yearQuarters(checked, read.active);
        if (sheets.length === 0) {
          dispatch({ type: "annual-refused", reason: "no-quarters", sheet: read.active, year });
          return false;
        }
        const { responsible } = completeDetails(getState().details, new Date());
        // The body the quarters name, unless the official set one in the templates' details.
        const organisation = getState().details.organisation?.trim() || sheets.map((s) => organisationOf(s.grid, s.report.headerRow)).find((o) => o);
        const options = { ...(organisation ? { organisation } : {}), responsible };
        const dry = annualReport(sheets, options);
        if (!dry.ok) {
          dispatch({ type: "annual-refused", reason: dry.reason, sheet: dry.sheet ?? read.active, year });
          return false;
        }
        const supports = (version: string) => host.isSetSupported("ExcelApi", version);
        const inserted = await runExcel(host, (ctx) =>
          insertBuiltTemplate(
            ctx,
            (existing, serial) => {
              const made = annualReport(sheets, { ...options, existing, serial });
              return made.ok ? made.sheet : null;
            },
            { supports },
          ),
        );
        if (!inserted) return false;
        await kit.checkNow(inserted.sheet);
        const quarters = dry.quarters.filter((q): q is string => q !== null);
        dispatch({ type: "annual-made", sheet: inserted.sheet, measures: dry.measures, quarters, skipped: inserted.skipped });
        return true;
      });
      return done === true;
    },
  };
}
