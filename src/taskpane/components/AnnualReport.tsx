import { Button, Tooltip, makeStyles } from "@fluentui/react-components";
import { CalendarLtrRegular } from "@fluentui/react-icons";
import { useLocale } from "../locale/LocaleContext";

const useStyles = makeStyles({ button: { alignSelf: "flex-start" } });

/**
 * «Створити річний звіт» on a quarterly report: the year's report from the quarter sheets of the
 * workbook, made at once (nothing to choose: the year is the report's own, the quarters are those
 * in the book), so the official sees it as a new sheet and the status line names the sheets used.
 */
export function AnnualReport({ busy, onCreate }: { busy: boolean; onCreate(): Promise<boolean> }) {
  const { t } = useLocale();
  const styles = useStyles();
  return (
    <Tooltip content={t.cycle.annualHint} relationship="description">
      <Button className={styles.button} icon={<CalendarLtrRegular />} disabled={busy} data-annual-report onClick={() => void onCreate()}>
        {t.cycle.annual}
      </Button>
    </Tooltip>
  );
}
