import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { WrenchRegular } from "@fluentui/react-icons";
import { formatFinding } from "../../core";
import type { Finding } from "../../core/types";
import type { WriteNoteResult } from "../../excel";
import { useLocale } from "../locale/LocaleContext";
import { canTakeFromPlan } from "../state/take-from-plan";
import { useState } from "react";
import { AcceptButton, AcceptForm } from "./AcceptForm";
import { ExplainForm } from "./ExplainForm";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  target: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    flexGrow: 1,
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: "1px solid transparent",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    textAlign: "left",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  current: { backgroundColor: tokens.colorBrandBackground2, border: `1px solid ${tokens.colorBrandStroke2}` },
  cell: {
    flexShrink: 0,
    minWidth: "40px",
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  message: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  row: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXXS },
});

export interface FindingItemProps {
  finding: Finding;
  /** The sheet's note column: an explanation is offered only when the finding's cell is in it. */
  noteColumn?: number;
  selected: boolean;
  busy: boolean;
  onSelect(finding: Finding): void;
  onExplain(finding: Finding, text: string, overwrite?: boolean): Promise<WriteNoteResult | null>;
  onAccept(finding: Finding, reason: string): Promise<boolean>;
  onUnaccept(finding: Finding): void;
  /** «Взяти з плану» for this finding (asked first); absent for an accepted one. */
  onFix?(findings: Finding[]): void;
}

/** One finding: a button that goes to its cell (click or Enter), for a shortfall the explanation field, for a warning «Прийняти». */
export function FindingItem({ finding, noteColumn, selected, busy, onSelect, onExplain, onAccept, onUnaccept, onFix }: FindingItemProps) {
  const { lang, t } = useLocale();
  const styles = useStyles();
  const [accepting, setAccepting] = useState(false);
  return (
    <li className={styles.item} data-finding={finding.rule} data-cell={finding.cell}>
      <div className={styles.row}>
        <button
          type="button"
          className={mergeClasses(styles.target, selected && styles.current)}
          aria-current={selected ? "true" : undefined}
          title={t.goToCell(finding.cell)}
          onClick={() => onSelect(finding)}
        >
          <SeverityIcon severity={finding.severity} />
          <span className={styles.cell}>{finding.cell}</span>
          <span className={styles.message}>{formatFinding(finding, lang)}</span>
        </button>
        {!accepting && <AcceptButton finding={finding} disabled={busy} onOpen={() => setAccepting(true)} />}
      </div>
      {finding.rule === "shortfall-unexplained" && finding.col === noteColumn && (
        <ExplainForm finding={finding} disabled={busy} onExplain={onExplain} />
      )}
      {onFix && canTakeFromPlan(finding) && (
        <div>
          <Button size="small" icon={<WrenchRegular />} disabled={busy} data-take-from-plan onClick={() => onFix([finding])}>
            {t.workbook.fixNames["take-from-plan"]}
          </Button>
        </div>
      )}
      <AcceptForm finding={finding} disabled={busy} open={accepting} onClose={() => setAccepting(false)} onAccept={onAccept} onUnaccept={onUnaccept} />
    </li>
  );
}
