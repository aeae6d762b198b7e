/**
 * The pane's workbook-wide commands (issue 10): «Перевірити книгу» with the SPEC verdict over
 * every sheet, one-click fixes for a group of findings (asked first: they change the official's
 * cells), accepting a warning with a reason (kept in the workbook), and noticing edits that make
 * the list stale. They share `run` and `checkNow` with the other commands (./commands).
 */
import {
  FIX_FOR_RULE,
  acceptFinding,
  checkSheet,
  emptyPlan,
  planFix,
  withAcceptance,
  withoutAcceptance,
  type EditPlan,
} from "../../core";
import type { Finding } from "../../core/types";
import { markCells, readAcceptances, readWorkbookForCheck, runExcel, saveAcceptances, sheetNames, watchSheetChanges, writeEditPlan, type ExcelHost } from "../../excel";
import type { CommandKit, PaneStateAccess } from "./kit";
import { TAKE_FROM_PLAN_RULE, takeFromPlanOffers } from "./take-from-plan";
import { WRITING, type FixAsk, type PaneFixKind } from "./types";

/** How long the pane waits after the last edit before saying the list is stale (typing a column). */
const CHANGE_DELAY_MS = 400;
/**
 * A change reported this soon after the pane's own write is taken for that write: Excel reports
 * it after the sync, when the pane may already have re-read the sheet. Excel 1.14 and later say
 * so exactly (triggerSource, see watchSheetChanges); this covers the older ones.
 */
const OWN_WRITE_GRACE_MS = 500;

export interface WorkbookCommands {
  /** «Перевірити книгу»: every sheet within the read budget; the active sheet's findings shown. */
  check(): Promise<void>;
  /** Shows another checked sheet's findings (a link in the verdict): activates it and checks it. */
  goToSheet(sheet: string): Promise<void>;
  /** Plans the fix for these findings (one rule, one sheet) and asks before changing anything. */
  askFix(findings: Finding[]): Promise<void>;
  /** Carries out the fix asked about. */
  confirmFix(): Promise<void>;
  cancelFix(): void;
  /** Accepts a warning or tip with the official's reason; resolves to false when it cannot be. */
  accept(finding: Finding, reason: string): Promise<boolean>;
  /** Takes an acceptance back: the finding counts again. */
  unaccept(finding: Finding): Promise<void>;
  /** Starts noticing the user's edits (the list goes stale); the returned function stops it. */
  watchWorkbook(): () => void;
}

export function workbookCommands(host: ExcelHost, { getState, dispatch }: PaneStateAccess, kit: CommandKit): WorkbookCommands {
  const { run, lastWriteEnded, checkNow, checkedSheet, sheets } = kit;

  const loadAcceptances = async () => dispatch({ type: "acceptances-loaded", acceptances: await runExcel(host, (ctx) => readAcceptances(ctx)) });

  /** The sheet's report again with the acceptances as they are now: no read, the values are those the check saw. */
  const reapply = (sheet: string) => {
    const known = sheets.get(sheet);
    if (known) dispatch({ type: "acceptances-applied", report: checkedSheet(known.report, known.grid).report });
  };

  // The engine's own report of the sheet as read: acceptances never change what a fix does.
  const planFor = (ask: Pick<FixAsk, "sheet" | "kind" | "group" | "offers">): EditPlan | null => {
    const known = sheets.get(ask.sheet);
    if (!known) return null;
    if (ask.kind === "take-from-plan") return { ...emptyPlan(ask.sheet), offers: ask.offers ?? [] };
    return planFix(known.grid, known.report, { kind: ask.kind, cells: ask.group });
  };

  return {
    async check() {
      await run("check", async () => {
        await loadAcceptances();
        const read = await runExcel(host, (ctx) => readWorkbookForCheck(ctx));
        // Every sheet's own report first: a report is reconciled with a plan further along the tabs.
        // A sheet deleted or renamed since is forgotten: no report is reconciled with a plan that is gone.
        const raw = read.sheets.map(({ grid, options }) => ({ grid, report: checkSheet(grid, options) }));
        sheets.clear();
        for (const sheet of raw) sheets.set(sheet.grid.name, sheet);
        const reports = raw.map(({ grid, report }) => checkedSheet(report, grid).report);
        dispatch({ type: "workbook-checked", reports, unread: read.unread, active: read.active });
        // Marks already on a sheet are redrawn to its new findings, as a single sheet's check does.
        for (const report of reports) {
          if (!getState().marks[report.sheet]) continue;
          const marks = report.findings.map((f) => ({ cell: f.cell, severity: f.severity }));
          const { marked } = await runExcel(host, (ctx) => markCells(ctx, report.sheet, marks));
          dispatch({ type: "marks-refreshed", sheet: report.sheet, count: marked });
        }
        dispatch({ type: "selected", key: null });
      });
    },

    async goToSheet(sheet) {
      await run("check", async () => {
        await runExcel(host, async (ctx) => {
          ctx.workbook.worksheets.getItem(sheet).activate();
          await ctx.sync();
        });
        await checkNow(sheet);
        dispatch({ type: "selected", key: null });
      });
    },

    async askFix(findings) {
      const first = findings[0];
      const kind: PaneFixKind | undefined = first && (first.rule === TAKE_FROM_PLAN_RULE ? "take-from-plan" : FIX_FOR_RULE[first.rule]);
      if (!first || !kind) return;
      const grid = sheets.get(first.sheet)?.grid;
      const offers = kind === "take-from-plan" && grid ? takeFromPlanOffers(grid, findings, sheets) : undefined;
      const ask = { sheet: first.sheet, kind, rule: first.rule, group: findings.map((f) => f.cell), offers };
      const plan = planFor(ask);
      if (!plan || !plan.offers.length) dispatch({ type: "nothing-to-fix" });
      else dispatch({ type: "fix-asked", ask: { ...ask, cells: plan.offers.map((o) => o.cell) } });
    },

    async confirmFix() {
      const ask = getState().fixAsk;
      if (!ask) return;
      await run("fix", async () => {
        const plan = planFor(ask);
        const read = sheets.get(ask.sheet)?.grid;
        if (!plan || !read) return;
        // Every write is an offer carrying the value it replaces: a cell changed since the check is refused, nothing else is touched.
        await runExcel(host, (ctx) => writeEditPlan(ctx, plan, { accepted: plan.offers, read }));
        const changes = plan.offers.map((o) => ({ cell: o.cell, before: o.current, after: o.write.formula ?? o.write.value ?? null }));
        await checkNow(ask.sheet);
        dispatch({ type: "fixed", sheet: ask.sheet, changes });
      });
      if (getState().fixAsk) dispatch({ type: "fix-cancelled" });
    },

    cancelFix: () => dispatch({ type: "fix-cancelled" }),

    async accept(finding, reason) {
      const done = await run("accept", async () => {
        const grid = sheets.get(finding.sheet)?.grid;
        if (!grid) return false;
        const result = acceptFinding(finding, grid, reason, new Date());
        if (!result.ok) return false;
        // Read first: another pane (or a co-author) may have accepted something since.
        const stored = await runExcel(host, (ctx) => readAcceptances(ctx));
        const list = withAcceptance(stored, result.acceptance);
        await runExcel(host, (ctx) => saveAcceptances(ctx, list));
        dispatch({ type: "acceptances-loaded", acceptances: list });
        reapply(finding.sheet);
        dispatch({ type: "accepted", cell: finding.cell, undone: false });
        return true;
      });
      return done === true;
    },

    async unaccept(finding) {
      await run("accept", async () => {
        const stored = await runExcel(host, (ctx) => readAcceptances(ctx));
        const list = withoutAcceptance(stored, finding);
        await runExcel(host, (ctx) => saveAcceptances(ctx, list));
        dispatch({ type: "acceptances-loaded", acceptances: list });
        reapply(finding.sheet);
        dispatch({ type: "accepted", cell: finding.cell, undone: true });
      });
    },

    watchWorkbook() {
      let stopped = false;
      let stop: (() => Promise<void>) | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const ids = new Set<string>();
      const flush = async () => {
        const changed = [...ids];
        ids.clear();
        try {
          const sheets = await runExcel(host, (ctx) => sheetNames(ctx, changed));
          if (!stopped) dispatch({ type: "sheets-changed", sheets });
        } catch {
          // Excel busy (a cell being edited): the next change tries again.
        }
      };
      watchSheetChanges(host, (id, known) => {
        // The pane's own writes on an Excel without triggerSource: the re-check after them covers
        // it. Where Excel says whose change it was, a user typing right after a write still counts.
        const busy = getState().busy;
        if (!known && ((busy && WRITING.includes(busy)) || Date.now() - lastWriteEnded() < OWN_WRITE_GRACE_MS)) return;
        ids.add(id);
        clearTimeout(timer);
        timer = setTimeout(() => void flush(), CHANGE_DELAY_MS);
      }).then(
        (remove) => {
          stop = remove;
          if (stopped) void remove().catch(() => undefined);
        },
        () => undefined, // No onChanged (an old Excel): the list cannot know it is stale, as before.
      );
      return () => {
        stopped = true;
        clearTimeout(timer);
        void stop?.().catch(() => undefined);
      };
    },
  };
}
