/**
 * The pane's commands on the fake Excel, with no React: what each one asks of the workbook and
 * what it tells the pane's state. The pane tests (../*.test.tsx) check the same through the UI.
 */
import { paneCommands } from "../../../src/taskpane/state/commands";
import { initialPaneState, paneReducer, type PaneAction, type PaneState } from "../../../src/taskpane/state/pane-state";
import { createStore } from "../../../src/taskpane/state/store";
import { fixtureExcel } from "../../excel/helpers";

const Q3 = "report-q3-2021-public";
const Q3_SHEET = "Звіт III кв 2021";

async function setUp(fixture: string) {
  const excel = await fixtureExcel(fixture);
  const store = createStore<PaneState, PaneAction>(paneReducer, initialPaneState({ organisation: "", year: 2026, quarter: 1, responsible: "" }));
  return { excel, store, commands: paneCommands(excel, store) };
}

describe("pane commands", () => {
  it("check reads the active sheet through the adapter and shows its report", async () => {
    const { store, commands } = await setUp(Q3);
    await commands.check();
    expect(store.getState()).toMatchObject({ busy: null, failure: null, selected: null });
    expect(store.getState().report?.sheet).toBe(Q3_SHEET);
  });

  it("runs one command at a time: another asked meanwhile does nothing", async () => {
    const { store, commands } = await setUp(Q3);
    const check = commands.check();
    expect(store.getState().busy).toBe("check");
    await commands.unmark();
    expect(store.getState()).toMatchObject({ busy: "check", notice: null });
    await check;
    expect(store.getState().busy).toBeNull();
  });

  it("turns Excel's refusal into the pane's failure, never a rejection", async () => {
    const { excel, store, commands } = await setUp(Q3);
    excel.book.cellEditMode = true;
    await expect(commands.check()).resolves.toBeUndefined();
    expect(store.getState()).toMatchObject({ busy: null, report: null, failure: { kind: "cell-edit" } });
  });

  it("marks the shown report's cells and redraws them when an explanation is written", async () => {
    const { excel, store, commands } = await setUp(Q3);
    await commands.check();
    await commands.mark();
    expect(store.getState()).toMatchObject({ marks: { [Q3_SHEET]: 8 }, notice: { kind: "marked", count: 8 } });
    const h7 = store.getState().report!.findings.find((f) => f.cell === "H7")!;
    await expect(commands.explain(h7, "  Перенесено  ")).resolves.toEqual({ status: "written" });
    expect(excel.book.sheet(Q3_SHEET)!.cell(7, 8)?.value).toBe("Перенесено");
    expect(store.getState()).toMatchObject({ marks: { [Q3_SHEET]: 7 }, notice: { kind: "written", cell: "H7" } });
  });

  it("compute asks before adding the % column, then writes it from the sheet as read", async () => {
    const { store, commands } = await setUp("report-q1-2020-kramatorsk");
    await commands.compute();
    expect(store.getState().compute).toEqual({ sheet: "Звіт I кв 2020", askPercent: true, offers: [] });
    await commands.answerPercent(true);
    expect(store.getState()).toMatchObject({ compute: { askPercent: false, offers: [] }, notice: { kind: "computed", cells: 41 } });
    expect(store.getState().report?.columns.percent).toBeDefined();
  });

  it("follows the active sheet after a check, until told to stop", async () => {
    const { excel, store, commands } = await setUp("plan-2022-public");
    excel.book.activeSheet = "Примітки";
    const stop = commands.followActiveSheet();
    await commands.check();
    excel.book.activate("План 2022");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(store.getState().report?.sheet).toBe("План 2022");
    stop();
    excel.book.activate("Примітки");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(store.getState().report?.sheet).toBe("План 2022");
  });
});
