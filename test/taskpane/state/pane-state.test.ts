/**
 * The pane's reducer and selectors, with no React and no Excel: each action as the commands
 * dispatch it, and what the pane then shows.
 */
import type { ReplaceOffer, SheetReport } from "../../../src/core";
import { ExcelFailure } from "../../../src/excel";
import {
  anyMarks,
  canMark,
  followSheet,
  initialPaneState,
  paneReducer,
  shownCompute,
  shownOtherSheet,
  type PaneAction,
  type PaneState,
} from "../../../src/taskpane/state/pane-state";
import type { Checked, Details } from "../../../src/taskpane/state/types";

const DETAILS: Details = { organisation: "", year: 2026, quarter: 3, responsible: "" };

/** The reducer reads a report's sheet and how many findings it has, nothing else. */
const report = (sheet: string, findings = 0) => ({ sheet, findings: Array.from({ length: findings }, () => ({})) }) as unknown as SheetReport;
const offer = (cell: string) => ({ cell }) as ReplaceOffer;

const start = initialPaneState(DETAILS);
const reduce = (actions: PaneAction[], state: PaneState = start) => actions.reduce(paneReducer, state);
const shown = (sheet: string, findings = 0) => reduce([{ type: "checked", report: report(sheet, findings) }]);

describe("pane state: at start", () => {
  it("shows the check view with nothing checked, nothing running and the remembered details", () => {
    expect(start).toEqual({
      view: "check",
      busy: null,
      failure: null,
      notice: null,
      report: null,
      selected: null,
      marks: {},
      drafts: [],
      otherSheet: null,
      compute: null,
      computeBasis: null,
      details: DETAILS,
      workbook: null,
      stale: [],
      acceptances: [],
      fixAsk: null,
      planChoice: {},
    });
  });

  it("remembers a plan picked for a report, none, and forgets it back to the pane's own pick", () => {
    const picked = reduce([{ type: "plan-chosen", report: "Звіт I кв", plan: "План 2024" }, { type: "plan-chosen", report: "Звіт II кв", plan: null }]);
    expect(picked.planChoice).toEqual({ "Звіт I кв": "План 2024", "Звіт II кв": null });
    expect(reduce([{ type: "plan-chosen", report: "Звіт I кв", plan: undefined }], picked).planChoice).toEqual({ "Звіт II кв": null });
  });

  it("switches views", () => {
    expect(reduce([{ type: "view-chosen", view: "templates" }]).view).toBe("templates");
  });

  it("keeps the details typed", () => {
    const details = { ...DETAILS, organisation: "Центр" };
    expect(reduce([{ type: "details-changed", details }]).details).toBe(details);
  });
});

describe("pane state: a command's life", () => {
  const failure = new ExcelFailure("cell-edit", "Excel is in cell edit mode");

  it("a command starting clears the last failure and notice", () => {
    const before = reduce([{ type: "command-failed", failure }, { type: "nothing-to-mark" }]);
    const state = paneReducer(before, { type: "command-started", busy: "check" });
    expect(state).toMatchObject({ busy: "check", failure: null, notice: null });
  });

  it("a refusal stays after the command finishes, until dismissed", () => {
    const state = reduce([{ type: "command-started", busy: "write" }, { type: "command-failed", failure }, { type: "command-finished" }]);
    expect(state).toMatchObject({ busy: null, failure });
    expect(paneReducer(state, { type: "dismissed" })).toMatchObject({ failure: null, notice: null });
  });

  it("a check replaces the report and leaves the selection to the command", () => {
    const selected = reduce([{ type: "checked", report: report("A") }, { type: "selected", key: "fact-missing@A!G7" }]);
    const again = paneReducer(selected, { type: "checked", report: report("A", 2) });
    expect(again.report?.findings).toHaveLength(2);
    expect(again.selected).toBe("fact-missing@A!G7");
    expect(paneReducer(again, { type: "selected", key: null }).selected).toBeNull();
  });

  it("an explanation written is said", () => {
    expect(reduce([{ type: "written", cell: "H7" }]).notice).toEqual({ kind: "written", cell: "H7" });
  });

  it("an insert is said with what this Excel skipped", () => {
    expect(reduce([{ type: "inserted", sheet: "План 2026", skipped: ["print"] }]).notice).toEqual({ kind: "inserted", sheet: "План 2026", skipped: ["print"] });
  });
});

describe("pane state: marks", () => {
  it("takes the marks found in the workbook as they are", () => {
    const state = reduce([{ type: "marks-found", marks: { A: 3, B: 0 } }]);
    expect(state.marks).toEqual({ A: 3, B: 0 });
    expect(anyMarks(state)).toBe(true);
    expect(anyMarks(reduce([{ type: "marks-found", marks: { B: 0 } }]))).toBe(false);
  });

  it("marking counts the sheet's cells and says so; a refresh after a re-check says nothing", () => {
    const marked = reduce([{ type: "marks-found", marks: { B: 1 } }, { type: "marked", sheet: "A", count: 8 }]);
    expect(marked.marks).toEqual({ B: 1, A: 8 });
    expect(marked.notice).toEqual({ kind: "marked", count: 8 });
    const refreshed = reduce([{ type: "dismissed" }, { type: "marks-refreshed", sheet: "A", count: 7 }], marked);
    expect(refreshed.marks).toEqual({ B: 1, A: 7 });
    expect(refreshed.notice).toBeNull();
  });

  it("unmarking clears every sheet and says how many cells were restored", () => {
    const state = reduce([{ type: "marks-found", marks: { A: 3, B: 5 } }, { type: "unmarked", restored: 8 }]);
    expect(state.marks).toEqual({});
    expect(state.notice).toEqual({ kind: "unmarked", count: 8 });
  });

  it("can mark only a report with findings", () => {
    expect(canMark(start)).toBe(false);
    expect(canMark(shown("A"))).toBe(false);
    expect(canMark(shown("A", 1))).toBe(true);
    expect(reduce([{ type: "nothing-to-mark" }]).notice).toEqual({ kind: "nothing-to-mark" });
  });
});

describe("pane state: explanations being typed", () => {
  it("notes each cell once and forgets it when written or emptied", () => {
    const typing = reduce([{ type: "draft-changed", cell: "H7", pending: true }, { type: "draft-changed", cell: "H35", pending: true }]);
    expect(typing.drafts).toEqual(["H7", "H35"]);
    expect(paneReducer(typing, { type: "draft-changed", cell: "H7", pending: true })).toBe(typing);
    expect(paneReducer(typing, { type: "draft-changed", cell: "H7", pending: false }).drafts).toEqual(["H35"]);
  });

  it("an empty field that was never typed in changes nothing", () => {
    expect(paneReducer(start, { type: "draft-changed", cell: "H7", pending: false })).toBe(start);
  });
});

describe("pane state: following the active sheet", () => {
  const asking = (sheet: string) => ({ type: "percent-asked", sheet }) as const;

  it("does nothing before the first check", () => {
    expect(followSheet(start, "B")).toBe("none");
    expect(paneReducer(start, { type: "sheet-activated", active: "B" })).toBe(start);
  });

  it("re-checks another sheet when nothing holds the pane", () => {
    expect(followSheet(shown("A"), "A")).toBe("same");
    expect(followSheet(shown("A"), "B")).toBe("check");
    expect(paneReducer(shown("A"), { type: "sheet-activated", active: "B" }).otherSheet).toBeNull();
  });

  it.each<[string, PaneAction]>([
    ["a command runs", { type: "command-started", busy: "mark" }],
    ["an explanation is being typed", { type: "draft-changed", cell: "H7", pending: true }],
    ["Compute asks about the % column", asking("A")],
    ["Compute offers to replace typed totals", { type: "computed", sheet: "A", cells: 1, offers: [offer("K16")] }],
  ])("only offers the other sheet while %s", (_why, action) => {
    const held = paneReducer(shown("A"), action);
    expect(followSheet(held, "B")).toBe("offer");
    const state = paneReducer(held, { type: "sheet-activated", active: "B" });
    expect(state.otherSheet).toEqual({ shown: "A", active: "B" });
    expect(shownOtherSheet(state)).toEqual({ shown: "A", active: "B" });
  });

  it("follows when Compute has nothing left to ask, or asks about another sheet", () => {
    expect(followSheet(reduce([{ type: "computed", sheet: "A", cells: 1, offers: [] }], shown("A")), "B")).toBe("check");
    expect(followSheet(reduce([asking("C")], shown("A")), "B")).toBe("check");
  });

  it("forgets the offer once the pane is back on the shown sheet", () => {
    const offered = reduce([{ type: "command-started", busy: "check" }, { type: "sheet-activated", active: "B" }], shown("A"));
    const back = paneReducer(offered, { type: "sheet-activated", active: "A" });
    expect(back.otherSheet).toBeNull();
    expect(paneReducer(back, { type: "sheet-activated", active: "A" })).toBe(back);
  });

  it("shows the offer only while the report it speaks of is shown", () => {
    const offered = reduce([{ type: "command-started", busy: "check" }, { type: "sheet-activated", active: "B" }], shown("A"));
    expect(shownOtherSheet(paneReducer(offered, { type: "checked", report: report("B") }))).toBeNull();
    expect(shownOtherSheet(paneReducer(offered, { type: "checked", report: report("C") }))).toBeNull();
  });
});

describe("pane state: Compute", () => {
  const checked = { grid: { name: "A" }, report: report("A") } as unknown as Checked;

  it("keeps the sheet as Compute read it", () => {
    expect(reduce([{ type: "compute-read", checked }]).computeBasis).toBe(checked);
  });

  it("says why there is nothing to compute and drops earlier questions", () => {
    const state = reduce([{ type: "percent-asked", sheet: "A" }, { type: "not-computable", notAForm: true }]);
    expect(state.compute).toBeNull();
    expect(state.notice).toEqual({ kind: "nothing-to-compute", notAForm: true });
  });

  it("asks about the % column; declining keeps the rest", () => {
    const asked = reduce([{ type: "percent-asked", sheet: "A" }]);
    expect(asked.compute).toEqual({ sheet: "A", askPercent: true, offers: [] });
    expect(asked.notice).toBeNull();
    expect(paneReducer(asked, { type: "percent-declined" }).compute).toEqual({ sheet: "A", askPercent: false, offers: [] });
    expect(paneReducer(start, { type: "percent-declined" })).toBe(start);
  });

  it("says how many cells got formulas and keeps the offers to answer", () => {
    const offers = [offer("K16"), offer("K40")];
    const state = reduce([{ type: "computed", sheet: "A", cells: 1, offers }]);
    expect(state.compute).toEqual({ sheet: "A", askPercent: false, offers });
    expect(state.notice).toEqual({ kind: "computed", cells: 1 });
  });

  it("drops the offers replaced, and all of them when kept as typed", () => {
    const offers = [offer("K16"), offer("K40")];
    const computed = reduce([{ type: "computed", sheet: "A", cells: 0, offers }]);
    const replaced = paneReducer(computed, { type: "offers-replaced", offers: [offers[0]] });
    expect(replaced.compute?.offers).toEqual([offers[1]]);
    expect(replaced.notice).toEqual({ kind: "replaced", count: 1 });
    expect(paneReducer(computed, { type: "offers-kept" }).compute).toEqual({ sheet: "A", askPercent: false, offers: [] });
    expect(paneReducer(start, { type: "offers-kept" })).toBe(start);
  });

  it("shows its questions only for the sheet shown", () => {
    const asked = reduce([{ type: "percent-asked", sheet: "A" }], shown("A"));
    expect(shownCompute(asked)).toEqual({ sheet: "A", askPercent: true, offers: [] });
    expect(shownCompute(paneReducer(asked, { type: "checked", report: report("B") }))).toBeNull();
    expect(shownCompute(reduce([{ type: "percent-asked", sheet: "A" }]))).toBeNull();
  });
});
