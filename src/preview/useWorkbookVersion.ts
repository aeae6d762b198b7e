import { useCallback, useRef, useSyncExternalStore } from "react";
import type { FakeWorkbook } from "../fake-excel";

/** Re-renders on every change the fake reports (writes, selection, activation). */
export function useWorkbookVersion(book: FakeWorkbook): number {
  const version = useRef(0);
  const subscribe = useCallback(
    (notify: () => void) =>
      book.subscribe(() => {
        version.current++;
        notify();
      }),
    [book],
  );
  return useSyncExternalStore(subscribe, () => version.current);
}
