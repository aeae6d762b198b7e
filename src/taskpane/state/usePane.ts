/**
 * The pane's state and commands for React: the store is made once, rendered through
 * useSyncExternalStore, and the commands are bound to the host. On mount the pane asks which
 * sheets carry marks, starts following the active sheet and noticing edits; it stops when the pane closes.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { ExcelHost } from "../../excel";
import { paneCommands, type PaneCommands } from "./commands";
import { loadDetails } from "./details-storage";
import { initialPaneState, paneReducer, type PaneState } from "./pane-state";
import { createStore } from "./store";

export function usePane(host: ExcelHost): { state: PaneState; commands: PaneCommands } {
  const [store] = useState(() => createStore(paneReducer, initialPaneState(loadDetails())));
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const commands = useMemo(() => paneCommands(host, store), [host, store]);
  useEffect(() => commands.findMarks(), [commands]);
  useEffect(() => commands.followActiveSheet(), [commands]);
  useEffect(() => commands.watchWorkbook(), [commands]);
  return { state, commands };
}
