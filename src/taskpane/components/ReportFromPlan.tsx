import { Button, Checkbox, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentAddRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { defaultDetails, type Quarter } from "../../core";
import { useLocale } from "../locale/LocaleContext";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  quarter: { maxWidth: "120px" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  open: { alignSelf: "flex-start" },
});

/**
 * «Створити звіт за квартал» on an annual plan: the quarter (the last finished one, as the
 * templates default) and whether «План» runs from the start of the year, then a new report sheet.
 */
export function ReportFromPlan({ busy, onCreate }: { busy: boolean; onCreate(quarter: Quarter, cumulative: boolean): Promise<boolean> }) {
  const { t } = useLocale();
  const c = t.cycle;
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [quarter, setQuarter] = useState<Quarter>(() => defaultDetails(new Date()).quarter);
  const [cumulative, setCumulative] = useState(false);
  if (!open) {
    return (
      <Button className={styles.open} icon={<DocumentAddRegular />} disabled={busy} data-report-from-plan onClick={() => setOpen(true)}>
        {c.fromPlan}
      </Button>
    );
  }
  return (
    <form
      className={styles.box}
      aria-label={c.fromPlan}
      data-report-from-plan-form
      onSubmit={(e) => {
        e.preventDefault();
        void onCreate(quarter, cumulative).then((made) => made && setOpen(false));
      }}
    >
      <Text weight="semibold">{c.fromPlan}</Text>
      <Text className={styles.hint}>{c.fromPlanHint}</Text>
      <Field className={styles.quarter} label={c.quarter}>
        <Select value={String(quarter)} onChange={(_e, data) => setQuarter(Number(data.value) as Quarter)}>
          {c.quarterNames.map((name, k) => (
            <option key={name} value={k + 1}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox label={c.cumulative} checked={cumulative} onChange={(_e, data) => setCumulative(data.checked === true)} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" size="small" disabled={busy}>
          {c.create}
        </Button>
        <Button size="small" disabled={busy} onClick={() => setOpen(false)}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
