import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { CellValue, ReplaceOffer } from "../../core";
import { useLocale } from "../locale/LocaleContext";
import { formatNumber } from "../../core/messages/format";
import type { ComputeState } from "../state/types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  /** Under the question, not run on after it. */
  explain: { marginTop: tokens.spacingVerticalXXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  offers: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: `${tokens.spacingVerticalS} 0 0`, padding: 0, listStyleType: "none" },
  offer: { display: "flex", alignItems: "center", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  detail: { flexGrow: 1, flexBasis: "140px", minWidth: 0 },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
});

export interface ComputeQuestionsProps {
  state: ComputeState;
  busy: boolean;
  onAnswerPercent(add: boolean): void;
  onReplace(offers: ReplaceOffer[]): void;
  onKeep(): void;
}

/** What Compute asks before changing what the user typed: a new column, or replacing typed totals. */
export function ComputeQuestions({ state, busy, onAnswerPercent, onReplace, onKeep }: ComputeQuestionsProps) {
  const { t, lang, plural } = useLocale();
  const styles = useStyles();
  const c = t.compute;
  const number = (value: CellValue | undefined) =>
    typeof value === "number" ? formatNumber(value, lang) : String(value ?? "");
  return (
    <div className={styles.root}>
      {state.askPercent && (
        <MessageBar intent="info" layout="multiline" data-question="percent-column">
          <MessageBarBody>
            <MessageBarTitle>{c.percentQuestion}</MessageBarTitle>
            <div className={styles.explain}>{c.percentExplain}</div>
            <div className={styles.actions}>
              <Button appearance="primary" size="small" disabled={busy} onClick={() => onAnswerPercent(true)}>
                {c.addColumn}
              </Button>
              <Button size="small" disabled={busy} onClick={() => onAnswerPercent(false)}>
                {c.dontAdd}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.offers.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-question="replace-totals">
          <MessageBarBody>
            <MessageBarTitle>{c.replaceQuestion(plural(state.offers.length, c.valueForms))}</MessageBarTitle>
            <div className={styles.explain}>{c.replaceExplain}</div>
            <ul className={styles.offers}>
              {state.offers.map((offer) => (
                <li key={offer.cell} className={styles.offer} data-offer={offer.cell}>
                  <span className={styles.detail}>
                    <span className={styles.cell}>{offer.cell}</span>
                    {c.typedVersusSum(number(offer.current), number(offer.write.value))}
                  </span>
                  <Button size="small" disabled={busy} aria-label={c.replaceOne(offer.cell)} onClick={() => onReplace([offer])}>
                    {t.replace}
                  </Button>
                </li>
              ))}
            </ul>
            <div className={styles.actions}>
              <Button appearance="primary" size="small" disabled={busy} onClick={() => onReplace(state.offers)}>
                {c.replaceAll}
              </Button>
              <Button size="small" disabled={busy} onClick={onKeep}>
                {c.keepTyped}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
