/**
 * The pane's state and commands: check the sheet, go to a finding, write an explanation,
 * mark and unmark. Every Excel call goes through runExcel, so a refusal lands in `failure`
 * as an ExcelFailure the pane can explain.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { checkSheet, type SheetGrid } from "../../core";
import type { Finding, SheetReport } from "../../core/types";
import {
  activeSheetName,
  markCells,
  markedCells,
  readSheetForCheck,
  runExcel,
  selectCell,
  toFailure,
  unmarkAll,
  watchActiveSheet,
  writeNote,
  type ExcelFailure,
  type ExcelHost,
  type TemplateFeature,
  type WriteNoteResult,
} from "../../excel";
import { findingKey } from "./groups";
import { useCompute, type Computer } from "./useCompute";
import { useTemplates, type Templates } from "./useTemplates";

export type Busy = "check" | "select" | "write" | "mark" | "unmark" | "compute" | "insert";

export type Notice =
  | { kind: "written"; cell: string }
  | { kind: "marked"; count: number }
  | { kind: "unmarked"; count: number }
  | { kind: "nothing-to-mark" }
  | { kind: "computed"; cells: number }
  | { kind: "replaced"; count: number }
  | { kind: "nothing-to-compute"; notAForm: boolean }
  | { kind: "inserted"; sheet: string; skipped: TemplateFeature[] };

/** A sheet as read and what the engine said about it. */
export interface Checked {
  grid: SheetGrid;
  report: SheetReport;
}

/** The pane shows a report for `shown` while `active` is the active sheet, and could not follow it by itself. */
export interface OtherSheet {
  shown: string;
  active: string;
}

/** How long the pane waits after a sheet is activated before following it (tabs clicked through quickly). */
export const FOLLOW_SHEET_DELAY_MS = 300;

/** What the command hooks (compute, templates) share with the checker. */
export interface CommandKit {
  host: ExcelHost;
  /** Runs one command at a time; a failure lands in `failure`. Resolves to null when busy or failed. */
  command<T>(kind: Busy, work: () => Promise<T>): Promise<T | null>;
  /** Reads and checks a sheet (the active one unless named) and shows its report. */
  checkNow(sheetName?: string): Promise<Checked>;
  setNotice(notice: Notice | null): void;
}

export interface Checker {
  busy: Busy | null;
  report: SheetReport | null;
  failure: ExcelFailure | null;
  notice: Notice | null;
  /** Key of the finding whose cell was selected last. */
  selected: string | null;
  /** Cells carrying our marks in the workbook, per sheet. */
  marks: Record<string, number>;
  /** Set when another sheet became active while a command or Compute's questions kept the pane from re-checking. */
  otherSheet: OtherSheet | null;
  check(): Promise<void>;
  /** Checks the sheet named in `otherSheet`. */
  checkOther(): Promise<void>;
  /** An explanation field has text not yet written (or no longer has). */
  noteDraft(cell: string, pending: boolean): void;
  select(finding: Finding): Promise<void>;
  /** Writes the explanation; resolves to "occupied" when the cell holds text and overwrite is off. */
  explain(finding: Finding, text: string, overwrite?: boolean): Promise<WriteNoteResult | null>;
  mark(): Promise<void>;
  unmark(): Promise<void>;
  dismiss(): void;
  compute: Computer;
  templates: Templates;
}

const marksOf = (report: SheetReport) => report.findings.map((f) => ({ cell: f.cell, severity: f.severity }));

export function useChecker(host: ExcelHost): Checker {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [report, setReport] = useState<SheetReport | null>(null);
  const [failure, setFailure] = useState<ExcelFailure | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [marks, setMarks] = useState<Record<string, number>>({});
  const marksRef = useRef(marks);
  marksRef.current = marks;
  const busyRef = useRef(false);
  const draftsRef = useRef(new Set<string>());
  const noteDraft = useCallback((cell: string, pending: boolean) => {
    if (pending) draftsRef.current.add(cell);
    else draftsRef.current.delete(cell);
  }, []);
  const reportRef = useRef(report);
  reportRef.current = report;
  const [otherSheet, setOtherSheet] = useState<OtherSheet | null>(null);

  /** One command at a time; failures become `failure`, never an unhandled rejection. */
  const command = useCallback(async <T>(kind: Busy, work: () => Promise<T>): Promise<T | null> => {
    if (busyRef.current) return null;
    busyRef.current = true;
    setBusy(kind);
    setFailure(null);
    setNotice(null);
    try {
      return await work();
    } catch (error) {
      setFailure(toFailure(error));
      return null;
    } finally {
      busyRef.current = false;
      setBusy(null);
    }
  }, []);

  // Marks survive a reload: ask the workbook once whether any are there.
  useEffect(() => {
    runExcel(host, (ctx) => markedCells(ctx)).then(setMarks, () => undefined);
  }, [host]);

  /** Reads and checks a sheet (the active one unless named); refreshes marks already on it. */
  const checkNow = useCallback(
    async (sheetName?: string): Promise<Checked> => {
      // The form a template recorded in the workbook comes with the read, in the same sync.
      const { grid, options } = await runExcel(host, (ctx) => readSheetForCheck(ctx, sheetName));
      const next = checkSheet(grid, options);
      setReport(next);
      if (marksRef.current[next.sheet]) {
        const { marked } = await runExcel(host, (ctx) => markCells(ctx, next.sheet, marksOf(next)));
        setMarks((m) => ({ ...m, [next.sheet]: marked }));
      }
      return { grid, report: next };
    },
    [host],
  );

  const compute = useCompute({ host, command, checkNow, setNotice });
  const templates = useTemplates({ host, command, checkNow, setNotice });

  const checkSheetNamed = useCallback(
    async (sheet: string) => {
      await command("check", async () => {
        await checkNow(sheet);
        setSelected(null);
      });
    },
    [command, checkNow],
  );

  // Follow the active sheet: when another sheet becomes active while a report is shown, check it,
  // unless a command is running or Compute waits for an answer; then offer it instead.
  const computeRef = useRef(compute);
  computeRef.current = compute;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | null = null;
    let unmounted = false;
    const follow = async () => {
      if (!reportRef.current) return;
      let active: string;
      try {
        active = await runExcel(host, (ctx) => activeSheetName(ctx));
      } catch {
        return; // The next check says what Excel refuses.
      }
      const shown = reportRef.current?.sheet;
      if (unmounted || !shown) return;
      if (active === shown) {
        setOtherSheet(null);
        return;
      }
      const questions = computeRef.current.state;
      const computing = !!questions && questions.sheet === shown && (questions.askPercent || questions.offers.length > 0);
      if (busyRef.current || computing || draftsRef.current.size > 0) {
        setOtherSheet({ shown, active });
        return;
      }
      setOtherSheet(null);
      await checkSheetNamed(active);
    };
    watchActiveSheet(host, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void follow(), FOLLOW_SHEET_DELAY_MS);
    }).then(
      (remove) => {
        stop = remove;
        if (unmounted) void remove().catch(() => undefined);
      },
      () => undefined, // No event (an old Excel): the pane checks when asked, as before.
    );
    return () => {
      unmounted = true;
      clearTimeout(timer);
      void stop?.().catch(() => undefined);
    };
  }, [host, checkSheetNamed]);

  const checkOther = useCallback(async () => {
    if (otherSheet) await checkSheetNamed(otherSheet.active);
  }, [otherSheet, checkSheetNamed]);

  const check = useCallback(async () => {
    await command("check", async () => {
      await checkNow();
      setSelected(null);
    });
  }, [command, checkNow]);

  const select = useCallback(
    async (finding: Finding) => {
      await command("select", async () => {
        await runExcel(host, (ctx) => selectCell(ctx, finding.sheet, finding.cell));
        setSelected(findingKey(finding));
      });
    },
    [command, host],
  );

  const explain = useCallback(
    (finding: Finding, text: string, overwrite = false) =>
      command("write", async () => {
        const result = await runExcel(host, (ctx) => writeNote(ctx, finding.sheet, finding.cell, text.trim(), { overwrite }));
        if (result.status === "written") {
          await checkNow(finding.sheet);
          setNotice({ kind: "written", cell: finding.cell });
        }
        return result;
      }),
    [command, host, checkNow],
  );

  const mark = useCallback(async () => {
    await command("mark", async () => {
      if (!report || !report.findings.length) {
        setNotice({ kind: "nothing-to-mark" });
        return;
      }
      const { marked } = await runExcel(host, (ctx) => markCells(ctx, report.sheet, marksOf(report)));
      setMarks((m) => ({ ...m, [report.sheet]: marked }));
      setNotice({ kind: "marked", count: marked });
    });
  }, [command, host, report]);

  const unmark = useCallback(async () => {
    await command("unmark", async () => {
      const { restored } = await runExcel(host, (ctx) => unmarkAll(ctx));
      setMarks({});
      setNotice({ kind: "unmarked", count: restored });
    });
  }, [command, host]);

  const dismiss = useCallback(() => {
    setFailure(null);
    setNotice(null);
  }, []);

  // Only while the report it speaks of is still the one shown.
  const shownOther = otherSheet && report?.sheet === otherSheet.shown && otherSheet.active !== report.sheet ? otherSheet : null;

  return { busy, report, failure, notice, selected, marks, otherSheet: shownOther, check, checkOther, select, explain, mark, unmark, dismiss, compute, templates, noteDraft };
}
