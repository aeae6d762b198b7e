/**
 * The reducer's part of issue 10: the workbook check and single-sheet re-checks keeping it current,
 * the stale list (and the pane's own writes not making it stale), the fix question.
 */
import type { SheetReport } from "../../../src/core";
import { initialPaneState, isStale, paneReducer, type PaneAction, type PaneState } from "../../../src/taskpane/state/pane-state";
import type { FixAsk } from "../../../src/taskpane/state/types";

const report = (sheet: string, errors = 0) =>
  ({ sheet, form: "quarterly-report", findings: Array.from({ length: errors }, () => ({ severity: "error" })) }) as unknown as SheetReport;
const start = initialPaneState({ organisation: "", year: 2026, quarter: 3, responsible: "" });
const reduce = (actions: PaneAction[], state: PaneState = start) => actions.reduce(paneReducer, state);
const book = reduce([{ type: "workbook-checked", reports: [report("A", 1), report("B"), report("C", 2)], unread: [{ sheet: "D", cells: 9e6 }], active: "B" }]);

describe("pane state: the workbook check", () => {
  it("keeps every sheet's report and shows the active one", () => {
    expect(book.workbook?.reports.map((r) => r.sheet)).toEqual(["A", "B", "C"]);
    expect(book.workbook?.unread).toEqual([{ sheet: "D", cells: 9e6 }]);
    expect(book.report?.sheet).toBe("B");
  });

  it("shows nothing as the active sheet's report when the active sheet was too large to read", () => {
    expect(reduce([{ type: "workbook-checked", reports: [report("A")], unread: [{ sheet: "D", cells: 9e6 }], active: "D" }]).report).toBeNull();
  });

  it("replaces a sheet's report when that sheet is checked again, and adds a sheet new since", () => {
    const again = paneReducer(book, { type: "checked", report: report("A") });
    expect(again.workbook?.reports.map((r) => [r.sheet, r.findings.length])).toEqual([["A", 0], ["B", 0], ["C", 2]]);
    const added = paneReducer(book, { type: "checked", report: report("E", 1) });
    expect(added.workbook?.reports.map((r) => r.sheet)).toEqual(["A", "B", "C", "E"]);
    expect(paneReducer(start, { type: "checked", report: report("A") }).workbook).toBeNull();
  });
});

describe("pane state: a stale list", () => {
  it("marks checked sheets changed by the user, and only those", () => {
    const changed = paneReducer(book, { type: "sheets-changed", sheets: ["B", "Z"] });
    expect(changed.stale).toEqual(["B"]);
    expect(isStale(changed)).toBe(true);
    expect(paneReducer(changed, { type: "sheets-changed", sheets: ["B"] })).toBe(changed);
    expect(isStale(paneReducer(book, { type: "sheets-changed", sheets: ["A"] }))).toBe(false);
  });

  it("ignores changes while the pane itself writes", () => {
    for (const busy of ["write", "compute", "insert", "fix"] as const) {
      const writing = paneReducer(book, { type: "command-started", busy });
      expect(paneReducer(writing, { type: "sheets-changed", sheets: ["B"] })).toBe(writing);
    }
    const checking = paneReducer(book, { type: "command-started", busy: "check" });
    expect(paneReducer(checking, { type: "sheets-changed", sheets: ["B"] }).stale).toEqual(["B"]);
  });

  it("is current again once the sheet is checked, or the workbook", () => {
    const changed = reduce([{ type: "sheets-changed", sheets: ["A", "B"] }], book);
    expect(paneReducer(changed, { type: "checked", report: report("B") }).stale).toEqual(["A"]);
    expect(paneReducer(changed, { type: "workbook-checked", reports: [report("A")], unread: [], active: "A" }).stale).toEqual([]);
  });

  it("stays stale when acceptances are applied again to the same read", () => {
    const changed = paneReducer(book, { type: "sheets-changed", sheets: ["B"] });
    const applied = paneReducer(changed, { type: "acceptances-applied", report: report("B") });
    expect(applied.stale).toEqual(["B"]);
    expect(applied.report).toEqual(report("B"));
    // Another sheet's report does not replace the one shown.
    expect(paneReducer(changed, { type: "acceptances-applied", report: report("A") }).report?.sheet).toBe("B");
  });

  it("says nothing before the first check", () => {
    expect(paneReducer(start, { type: "sheets-changed", sheets: ["A"] })).toBe(start);
  });
});

describe("pane state: a fix", () => {
  const ask: FixAsk = { sheet: "B", kind: "numbers-as-text", rule: "number-as-text", group: ["F7", "F8", "F9"], cells: ["F7", "F8"] };

  it("waits for a yes, and is gone after it or a no", () => {
    const asked = paneReducer(book, { type: "fix-asked", ask });
    expect(asked.fixAsk).toEqual(ask);
    expect(paneReducer(asked, { type: "fix-cancelled" }).fixAsk).toBeNull();
    const fixed = paneReducer(asked, { type: "fixed", sheet: "B", changes: [{ cell: "F7", before: "7", after: 7 }] });
    expect(fixed.fixAsk).toBeNull();
    expect(fixed.notice).toEqual({ kind: "fixed", sheet: "B", changes: [{ cell: "F7", before: "7", after: 7 }] });
    expect(paneReducer(asked, { type: "nothing-to-fix" })).toMatchObject({ fixAsk: null, notice: { kind: "nothing-to-fix" } });
  });
});
