import { Button, Caption1, Input, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkRegular } from "@fluentui/react-icons";
import { useState, type FormEvent } from "react";
import { isAcceptable } from "../../core/acceptances";
import type { Finding } from "../../core/types";
import { useLocale } from "../locale/LocaleContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingLeft: "22px" },
  line: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  input: { flexGrow: 1, minWidth: 0 },
  reason: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export interface AcceptFormProps {
  finding: Finding;
  disabled: boolean;
  /** The reason field is shown (the finding's «Прийняти» was pressed). */
  open: boolean;
  onClose(): void;
  onAccept(finding: Finding, reason: string): Promise<boolean>;
  onUnaccept(finding: Finding): void;
}

/**
 * Excel's «Ignore error», with a reason: a warning or a tip the official knows is right (a fact
 * three times the plan after a one-off campaign) is accepted and stops counting; an accepted one
 * says why and can be taken back. Errors are not offered: they must be fixed before sending.
 */
export function AcceptForm({ finding, disabled, open, onClose, onAccept, onUnaccept }: AcceptFormProps) {
  const { t } = useLocale();
  const styles = useStyles();
  const [reason, setReason] = useState("");
  const w = t.workbook;
  if (finding.accepted) {
    return (
      <div className={styles.root} data-accepted={finding.cell}>
        <div className={styles.line}>
          <Caption1 className={styles.reason}>{w.acceptedReason(finding.accepted.reason)}</Caption1>
          <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onUnaccept(finding)}>
            {w.unaccept}
          </Button>
        </div>
      </div>
    );
  }
  if (!isAcceptable(finding) || !open) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() && (await onAccept(finding, reason))) onClose();
  };
  return (
    <form className={styles.root} onSubmit={(e) => void submit(e)} data-accept={finding.cell}>
      <div className={styles.line}>
        <Input
          className={styles.input}
          size="small"
          autoFocus
          aria-label={w.acceptLabel(finding.cell)}
          placeholder={w.acceptPlaceholder}
          value={reason}
          onChange={(_, data) => setReason(data.value)}
        />
        <Button size="small" appearance="primary" type="submit" disabled={disabled || !reason.trim()}>
          {w.accept}
        </Button>
        <Button size="small" appearance="subtle" onClick={onClose}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}

/** «Прийняти» beside a warning or tip: an icon, so it costs no line of its own at 350 px. */
export function AcceptButton({ finding, disabled, onOpen }: { finding: Finding; disabled: boolean; onOpen(): void }) {
  const { t } = useLocale();
  if (finding.accepted || !isAcceptable(finding)) return null;
  return <Button size="small" appearance="subtle" icon={<CheckmarkRegular />} aria-label={t.workbook.accept} title={t.workbook.accept} disabled={disabled} onClick={onOpen} />;
}
