import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { sheetsToFix, verdictOf } from "../../core/verdict";
import { useLocale } from "../locale/LocaleContext";
import type { WorkbookCheck } from "../state/types";

const useStyles = makeStyles({
  grey: { backgroundColor: tokens.colorNeutralBackground3, border: `1px solid ${tokens.colorNeutralStroke2}` },
  sheets: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: `${tokens.spacingVerticalXS} 0 0`, padding: 0, listStyleType: "none" },
  unread: { marginTop: tokens.spacingVerticalXS },
});

export interface WorkbookVerdictProps {
  workbook: WorkbookCheck;
  /** Sheets changed since they were checked. */
  stale: readonly string[];
  busy: boolean;
  onGoToSheet(sheet: string): void;
}

/**
 * The SPEC verdict for the whole workbook: green «можна надсилати», red with the sheets to fix as
 * links (each activates its sheet and shows its findings), grey when no sheet holds a filled form.
 * Accepted warnings never count (core/verdict.ts decides; this only shows).
 */
export function WorkbookVerdict({ workbook, stale, busy, onGoToSheet }: WorkbookVerdictProps) {
  const { lang, t, plural } = useLocale();
  const styles = useStyles();
  const w = t.workbook;
  const { verdict, counts } = verdictOf(workbook.reports);
  const toFix = sheetsToFix(workbook.reports);
  const quoted = (sheets: readonly string[]) => sheets.map((s) => (lang === "uk" ? `«${s}»` : `"${s}"`)).join(", ");
  const unread = (
    <>
      {workbook.unread.length > 0 && (
        <div className={styles.unread} data-unread>
          {w.unread(quoted(workbook.unread.map((u) => u.sheet)))}
        </div>
      )}
      {stale.length > 0 && (
        <div className={styles.unread} data-changed-since>
          {w.changedSince(quoted(stale))}
        </div>
      )}
    </>
  );
  if (verdict === "fix") {
    return (
      <MessageBar intent="error" layout="multiline" data-verdict="fix" role="status">
        <MessageBarBody>
          <MessageBarTitle>{w.fix(plural(counts.error, t.severityForms.error), plural(toFix.length, w.sheetForms))}</MessageBarTitle>
          <ul className={styles.sheets} aria-label={w.sheetsToFix}>
            {toFix.map((sheet) => (
              <li key={sheet}>
                <Link as="button" disabled={busy} title={w.goToSheet(sheet)} data-sheet-link={sheet} onClick={() => onGoToSheet(sheet)}>
                  {sheet}
                </Link>
              </li>
            ))}
          </ul>
          {unread}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (verdict === "ready") {
    return (
      <MessageBar intent="success" layout="multiline" data-verdict="ready" role="status">
        <MessageBarBody>
          <MessageBarTitle>{w.ready}</MessageBarTitle>
          {counts.warning + counts.info > 0 && <div>{w.reviewRest}</div>}
          {unread}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="info" layout="multiline" className={styles.grey} icon={null} data-verdict="nothing" role="status">
      <MessageBarBody>
        <MessageBarTitle>{w.nothing}</MessageBarTitle>
        {unread}
      </MessageBarBody>
    </MessageBar>
  );
}
