/**
 * Everything the pane asks of Excel: check the sheet, go to a finding, write an explanation, mark
 * and unmark, follow the active sheet, compute and answer Compute's questions, insert a template.
 * Every call goes through the adapter's runExcel, one command at a time, and what happened is
 * dispatched to the pane's state; a refusal lands in `failure` as an ExcelFailure the pane can
 * explain. No React here: the pane binds these to its buttons.
 */
import { applyAcceptances, checkSheet, completeDetails, emptyPlan, planCompute, reconcileReports, withReconciliation, type EditPlan, type ReplaceOffer, type SheetGrid, type TemplateId } from "../../core";
import type { Finding, SheetReport } from "../../core/types";
import {
  activeSheetName,
  insertTemplate,
  markCells,
  markedCells,
  readSheetForCheck,
  runExcel,
  selectCell,
  toFailure,
  unmarkAll,
  watchActiveSheet,
  writeEditPlan,
  writeNote,
  type ExcelHost,
  type WriteNoteResult,
} from "../../excel";
import { saveDetails } from "./details-storage";
import { findingKey } from "./groups";
import { followSheet } from "./pane-state";
import { WRITING, type Busy, type Checked, type Details, type View } from "./types";
import type { CommandKit, PaneStateAccess } from "./kit";
import { workbookCommands, type WorkbookCommands } from "./workbook-commands";
import { cycleCommands, type CycleCommands } from "./cycle-commands";
import { consolidateCommands, type ConsolidateCommands } from "./consolidate-commands";
import { importCommands, type ImportCommands } from "./import-commands";

/** How long the pane waits after a sheet is activated before following it (tabs clicked through quickly). */
const FOLLOW_SHEET_DELAY_MS = 300;

export interface PaneCommands extends WorkbookCommands, CycleCommands, ConsolidateCommands, ImportCommands {
  /** Checks the sheet named in `otherSheet`. */
  checkOther(): Promise<void>;
  select(finding: Finding): Promise<void>;
  /** Writes the explanation; resolves to "occupied" when the cell holds text and overwrite is off. */
  explain(finding: Finding, text: string, overwrite?: boolean): Promise<WriteNoteResult | null>;
  mark(): Promise<void>;
  unmark(): Promise<void>;
  dismiss(): void;
  /** An explanation field has text not yet written (or no longer has). */
  noteDraft(cell: string, pending: boolean): void;
  /** Live totals for an annual plan, live percentages for a report; asks before changing what was typed. */
  compute(): Promise<void>;
  /** The answer to "add the % column?". */
  answerPercent(add: boolean): Promise<void>;
  /** Replaces these typed totals with the sum formula. */
  replace(offers: ReplaceOffer[]): Promise<void>;
  /** Leaves the typed totals as they are. */
  keep(): void;
  showView(view: View): void;
  setDetails(details: Details): void;
  /** Inserts a template as a new active sheet and checks it; resolves to true once it is in. */
  insert(id: TemplateId): Promise<boolean>;
  /** Asks the workbook once which sheets carry marks (they survive a reload). */
  findMarks(): void;
  /** Follows the active sheet until the returned function is called. */
  followActiveSheet(): () => void;
}


const marksOf = (report: SheetReport) => report.findings.map((f) => ({ cell: f.cell, severity: f.severity }));


export function paneCommands(host: ExcelHost, access: PaneStateAccess): PaneCommands {
  const { getState, dispatch } = access;
  const sheets = new Map<string, Checked>();
  let writeEnded = 0;
  /** One command at a time; failures become `failure`, never an unhandled rejection. */
  const run = async <T>(kind: Busy, work: () => Promise<T>): Promise<T | null> => {
    if (getState().busy) return null;
    dispatch({ type: "command-started", busy: kind });
    try {
      return await work();
    } catch (error) {
      dispatch({ type: "command-failed", failure: toFailure(error) });
      return null;
    } finally {
      if (WRITING.includes(kind)) writeEnded = Date.now();
      dispatch({ type: "command-finished" });
    }
  };

  /** Reads and checks a sheet (the active one unless named); refreshes marks already on it. */
  const checkNow = async (sheetName?: string): Promise<Checked> => {
    // The form a template recorded in the workbook comes with the read, in the same sync.
    const { grid, options } = await runExcel(host, (ctx) => readSheetForCheck(ctx, sheetName));
    const { report } = checkedSheet(checkSheet(grid, options), grid);
    dispatch({ type: "checked", report });
    if (getState().marks[report.sheet]) {
      const { marked } = await runExcel(host, (ctx) => markCells(ctx, report.sheet, marksOf(report)));
      dispatch({ type: "marks-refreshed", sheet: report.sheet, count: marked });
    }
    return { grid, report };
  };

  /**
   * A quarterly report is reconciled with the annual plans among the sheets read so far (SPEC
   * "Reconciliation"): the workbook check reads them all first; a single sheet's check uses the
   * plans as last read, so a report made from a plan in the pane is reconciled straight away.
   */
  const checkedSheet = (raw: SheetReport, grid: SheetGrid): Checked => {
    sheets.set(grid.name, { grid, report: raw });
    // The plan the official picked, if any (null: none); else every plan of the report's year.
    const choice = getState().planChoice[raw.sheet];
    const plans = raw.form !== "quarterly-report" || choice === null ? [] : [...sheets.values()].filter((s) => s.report.form === "annual-plan" && (choice === undefined || s.grid.name === choice));
    const reconciled = plans.length ? withReconciliation(raw, reconcileReports([{ grid, report: raw }], plans, { anyYear: choice !== undefined }).get(raw.sheet)) : raw;
    return { grid, report: applyAcceptances(reconciled, getState().acceptances, grid) };
  };

  const checkSheetNamed = async (sheet?: string) => {
    await run("check", async () => {
      await checkNow(sheet);
      dispatch({ type: "selected", key: null });
    });
  };

  /** Writes a compute plan against the sheet as Compute read it, then re-reads it. */
  const writePlan = async (plan: EditPlan, accepted: ReplaceOffer[] = []) => {
    const read = getState().computeBasis?.grid;
    await runExcel(host, (ctx) => writeEditPlan(ctx, plan, { accepted, read }));
    dispatch({ type: "compute-read", checked: await checkNow(plan.sheet) });
  };

  const kit: CommandKit = { run, lastWriteEnded: () => writeEnded, checkNow, checkedSheet, sheets };
  return {
    ...workbookCommands(host, access, kit),
    ...cycleCommands(host, access, kit),
    ...consolidateCommands(host, access, kit),
    ...importCommands(host, kit),

    async checkOther() {
      const { otherSheet } = getState();
      if (otherSheet) await checkSheetNamed(otherSheet.active);
    },

    async select(finding) {
      await run("select", async () => {
        await runExcel(host, (ctx) => selectCell(ctx, finding.sheet, finding.cell));
        dispatch({ type: "selected", key: findingKey(finding) });
      });
    },

    explain: (finding, text, overwrite = false) =>
      run("write", async () => {
        const result = await runExcel(host, (ctx) => writeNote(ctx, finding.sheet, finding.cell, text.trim(), { overwrite }));
        if (result.status === "written") {
          await checkNow(finding.sheet);
          dispatch({ type: "written", cell: finding.cell });
        }
        return result;
      }),

    async mark() {
      await run("mark", async () => {
        const { report } = getState();
        if (!report || !report.findings.length) {
          dispatch({ type: "nothing-to-mark" });
          return;
        }
        const { marked } = await runExcel(host, (ctx) => markCells(ctx, report.sheet, marksOf(report)));
        dispatch({ type: "marked", sheet: report.sheet, count: marked });
      });
    },

    async unmark() {
      await run("unmark", async () => {
        const { restored } = await runExcel(host, (ctx) => unmarkAll(ctx));
        dispatch({ type: "unmarked", restored });
      });
    },

    dismiss: () => dispatch({ type: "dismissed" }),
    noteDraft: (cell, pending) => dispatch({ type: "draft-changed", cell, pending }),

    async compute() {
      await run("compute", async () => {
        const checked = await checkNow();
        dispatch({ type: "compute-read", checked });
        const { grid, report } = checked;
        const plan = planCompute(grid, report);
        if (!plan.computable) {
          dispatch({ type: "not-computable", notAForm: !report.form });
          return;
        }
        if (plan.askPercentColumn) {
          dispatch({ type: "percent-asked", sheet: report.sheet });
          return;
        }
        if (plan.writes.length) await writePlan(plan);
        dispatch({ type: "computed", sheet: report.sheet, cells: plan.writes.length, offers: plan.offers });
      });
    },

    async answerPercent(add) {
      if (!add) {
        dispatch({ type: "percent-declined" });
        return;
      }
      await run("compute", async () => {
        const basis = getState().computeBasis;
        if (!basis) return;
        const plan = planCompute(basis.grid, basis.report, { addPercentColumn: true });
        await writePlan(plan);
        dispatch({ type: "computed", sheet: basis.report.sheet, cells: plan.writes.length, offers: [] });
      });
    },

    async replace(offers) {
      await run("compute", async () => {
        const asks = getState().compute;
        if (!asks || !offers.length) return;
        await writePlan(emptyPlan(asks.sheet), offers);
        dispatch({ type: "offers-replaced", offers });
      });
    },

    keep: () => dispatch({ type: "offers-kept" }),
    showView: (view) => dispatch({ type: "view-chosen", view }),

    setDetails(details) {
      dispatch({ type: "details-changed", details });
      saveDetails(details);
    },

    async insert(id) {
      const done = await run("insert", async () => {
        const supports = (version: string) => host.isSetSupported("ExcelApi", version);
        const details = completeDetails(getState().details, new Date());
        const inserted = await runExcel(host, (ctx) => insertTemplate(ctx, id, details, { supports }));
        // The new sheet is active: show what Check says about it straight away.
        await checkNow(inserted.sheet);
        dispatch({ type: "inserted", sheet: inserted.sheet, skipped: inserted.skipped });
        return true;
      });
      // After an insert, show the new sheet's check; after a failure, stay with the form.
      if (done) dispatch({ type: "view-chosen", view: "check" });
      return done === true;
    },

    findMarks() {
      runExcel(host, (ctx) => markedCells(ctx)).then(
        (marks) => dispatch({ type: "marks-found", marks }),
        () => undefined,
      );
    },

    followActiveSheet() {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let stop: (() => Promise<void>) | null = null;
      let stopped = false;
      const follow = async () => {
        if (!getState().report) return;
        let active: string;
        try {
          active = await runExcel(host, (ctx) => activeSheetName(ctx));
        } catch {
          return; // The next check says what Excel refuses.
        }
        if (stopped) return;
        const next = followSheet(getState(), active);
        dispatch({ type: "sheet-activated", active });
        if (next === "check") await checkSheetNamed(active);
      };
      watchActiveSheet(host, () => {
        clearTimeout(timer);
        timer = setTimeout(() => void follow(), FOLLOW_SHEET_DELAY_MS);
      }).then(
        (remove) => {
          stop = remove;
          if (stopped) void remove().catch(() => undefined);
        },
        () => undefined, // No event (an old Excel): the pane checks when asked, as before.
      );
      return () => {
        stopped = true;
        clearTimeout(timer);
        void stop?.().catch(() => undefined);
      };
    },
  };
}
