import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type FormEvent } from "react";
import { useDraft } from "../state/drafts";
import type { Finding } from "../../core/types";
import type { WriteNoteResult } from "../../excel";
import { useLocale } from "../locale/LocaleContext";
import { ReasonChips } from "./ReasonChips";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingLeft: "22px" },
  line: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "flex-end" },
  input: { flexGrow: 1, minWidth: 0 },
});

export interface ExplainFormProps {
  finding: Finding;
  disabled: boolean;
  onExplain(finding: Finding, text: string, overwrite?: boolean): Promise<WriteNoteResult | null>;
}

/**
 * An explanation for a shortfall, written into the row's note cell. A common reason can be
 * picked and edited before writing; an occupied cell is only replaced after a confirmation.
 */
export function ExplainForm({ finding, disabled, onExplain }: ExplainFormProps) {
  const { t } = useLocale();
  const styles = useStyles();
  const [text, setText] = useState("");
  const [occupied, setOccupied] = useState<string | null>(null);
  const reasonsId = useId();
  useDraft(finding.cell, text);

  const write = async (overwrite: boolean) => {
    const result = await onExplain(finding, text, overwrite);
    setOccupied(result?.status === "occupied" ? result.existing : null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) void write(false);
  };

  return (
    <form className={styles.root} onSubmit={submit} data-explain={finding.cell}>
      <div className={styles.line}>
        <Field className={styles.input} label={t.explainLabel(finding.cell)} size="small">
          <Input
            size="small"
            value={text}
            placeholder={t.explainPlaceholder}
            aria-describedby={reasonsId}
            onChange={(_, data) => {
              setText(data.value);
              setOccupied(null);
            }}
          />
        </Field>
        <Button size="small" appearance="primary" type="submit" disabled={disabled || !text.trim()}>
          {t.save}
        </Button>
      </div>
      <ReasonChips
        id={reasonsId}
        onPick={(reason) => {
          setText(reason);
          setOccupied(null);
        }}
      />
      {occupied !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.overwritePrompt(occupied)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={disabled} onClick={() => void write(true)}>
              {t.replace}
            </Button>
            <Button size="small" appearance="subtle" onClick={() => setOccupied(null)}>
              {t.cancel}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </form>
  );
}
