import { Caption1, MessageBar, MessageBarBody, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { SheetReport } from "../../core/types";
import { useLocale } from "../locale/LocaleContext";
import { SEVERITIES, sheetVerdict } from "../../core/verdict";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  form: { fontWeight: tokens.fontWeightSemibold },
  counts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: "none" },
  count: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Which sheet, which form (or not a form), and how many findings of each severity. The verdict is
 * the workbook's (WorkbookVerdict): this sheet only says when its form is still empty.
 */
export function SheetSummary({ report }: { report: SheetReport }) {
  const { t, m, plural } = useLocale();
  const styles = useStyles();
  const { verdict, counts, accepted } = sheetVerdict(report);
  const acceptedCount = accepted.warning + accepted.info;
  return (
    <section className={styles.root} aria-label={t.sheet(report.sheet)}>
      <Caption1 className={styles.muted}>{t.sheet(report.sheet)}</Caption1>
      {report.form ? (
        <Text className={styles.form} data-form={report.form}>
          {t.form}: {m.form[report.form]}
        </Text>
      ) : (
        <MessageBar intent="info" layout="multiline" data-form="none">
          <MessageBarBody>
            {m.notAForm}
            {report.nearly && <div data-nearly={report.nearly.form}>{m.nearly(report.nearly)}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
      {report.form && verdict === "nothing" && (
        <MessageBar intent="info" layout="multiline" data-sheet-verdict="nothing">
          <MessageBarBody>{t.nothingToCheck}</MessageBarBody>
        </MessageBar>
      )}
      {report.findings.length > 0 && (
        <ul className={styles.counts} aria-label={t.findingsLabel}>
          {SEVERITIES.filter((s) => counts[s]).map((severity) => (
            <li key={severity} className={styles.count} data-severity-count={severity}>
              <SeverityIcon severity={severity} />
              {plural(counts[severity], t.severityForms[severity])}
            </li>
          ))}
          {acceptedCount > 0 && (
            <li className={mergeClasses(styles.count, styles.muted)} data-accepted-count>
              {t.workbook.accepted(acceptedCount)}
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

