import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TableStackBelowRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { useLocale } from "../locale/LocaleContext";
import type { ConsolidateOutcome } from "../state/consolidate-commands";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  open: { alignSelf: "flex-start" },
});

/**
 * «Зведення» beside a report or plan: the centres' sheets of that form in this workbook summed on
 * a new sheet; the answer (the sheet made, or why none was) stays under the button.
 */
export function Consolidate({ busy, onConsolidate }: { busy: boolean; onConsolidate(): Promise<ConsolidateOutcome | null> }) {
  const { t, plural } = useLocale();
  const c = t.consolidate;
  const styles = useStyles();
  const [outcome, setOutcome] = useState<ConsolidateOutcome | null>(null);
  return (
    <div className={styles.box} data-consolidate>
      <Button className={styles.open} icon={<TableStackBelowRegular />} disabled={busy} title={c.hint} onClick={() => void onConsolidate().then(setOutcome)}>
        {c.button}
      </Button>
      {!outcome && <Text className={styles.hint}>{c.hint}</Text>}
      {outcome && (
        <MessageBar intent={outcome.kind === "made" ? "success" : "warning"} layout="multiline" data-consolidate-outcome>
          <MessageBarBody>
            {outcome.kind === "made" ? c.made(outcome.sheet, plural(outcome.centres, c.centreForms), plural(outcome.measures, c.measureForms), outcome.partial) : c.tooFew(outcome.found)}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
