/** What the pane's command files share, apart from them so neither imports the other. */
import type { SheetGrid, SheetReport } from "../../core";
import type { PaneAction, PaneState } from "./pane-state";
import type { Busy, Checked } from "./types";

/** The pane's state as the commands see it: read now, and told what happened. */
export interface PaneStateAccess {
  getState(): PaneState;
  dispatch(action: PaneAction): void;
}

/** What the commands share: one command at a time, and the check of one sheet. */
export interface CommandKit {
  run<T>(kind: Busy, work: () => Promise<T>): Promise<T | null>;
  /** When the last command that writes cells ended (Date.now()), or 0. */
  lastWriteEnded(): number;
  checkNow(sheetName?: string): Promise<Checked>;
  /** The engine's report (acceptances applied) and grid of a sheet as last read. */
  checkedSheet(report: SheetReport, grid: SheetGrid): Checked;
  /** Each sheet as last read and the engine's report of it without acceptances: a fix plans from these. */
  sheets: Map<string, Checked>;
}
