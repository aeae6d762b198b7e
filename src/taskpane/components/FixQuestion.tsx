import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { CellValue } from "../../core";
import { useLocale } from "../locale/LocaleContext";
import type { FixAsk, FixChange } from "../state/types";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, padding: 0, listStyleType: "none", maxHeight: "160px", overflowY: "auto", fontSize: tokens.fontSizeBase200 },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
});

/** A fix changes the official's own cells: it says how many and which action, and waits for a yes. */
export function FixQuestion({ ask, busy, onConfirm, onCancel }: { ask: FixAsk; busy: boolean; onConfirm(): void; onCancel(): void }) {
  const { t, plural } = useLocale();
  const w = t.workbook;
  const box = useRef<HTMLDivElement>(null);
  // Asked from a finding far down the list, the question stands at the top: bring it into view.
  useEffect(() => {
    box.current?.scrollIntoView?.({ block: "nearest" });
  }, [ask]);
  return (
    <MessageBar ref={box} intent="warning" layout="multiline" data-fix-question={ask.kind}>
      <MessageBarBody>{w.fixQuestion(w.fixNames[ask.kind], plural(ask.cells.length, t.cellForms))}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" disabled={busy} onClick={onConfirm}>
          {w.fixConfirm}
        </Button>
        <Button size="small" disabled={busy} onClick={onCancel}>
          {t.cancel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

const shown = (value: CellValue): string => (value === null || value === undefined ? "∅" : typeof value === "string" ? `«${value}»` : String(value));

/** What the last fix changed, cell by cell, before → after: enough to put any of it back by hand. */
export function FixChanges({ changes }: { changes: FixChange[] }) {
  const { t } = useLocale();
  const styles = useStyles();
  return (
    <details data-fix-changes>
      <summary>{t.workbook.fixedDetails}</summary>
      <ul className={styles.list}>
        {changes.map((c) => (
          <li key={c.cell}>
            <span className={styles.cell}>{c.cell}</span>
            {shown(c.before)} → {shown(c.after)}
          </li>
        ))}
      </ul>
    </details>
  );
}
