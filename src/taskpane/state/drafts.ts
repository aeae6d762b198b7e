import { createContext, useContext, useEffect } from "react";

/**
 * Explanations typed but not yet written. The pane must not replace the findings list under them
 * (following another sheet would), or the official loses what they typed.
 */
export const DraftsContext = createContext<(cell: string, pending: boolean) => void>(() => undefined);

export function useDraft(cell: string, text: string): void {
  const noteDraft = useContext(DraftsContext);
  const pending = text.trim() !== "";
  useEffect(() => {
    noteDraft(cell, pending);
    return () => noteDraft(cell, false);
  }, [noteDraft, cell, pending]);
}
