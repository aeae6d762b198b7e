import { Field, Select, makeStyles } from "@fluentui/react-components";
import { useLocale } from "../locale/LocaleContext";

const useStyles = makeStyles({ field: { maxWidth: "100%" } });

const AUTO = "";
const NONE = "\u0000none";

/**
 * Which annual plan a quarterly report is reconciled with: the plan of its year the pane finds by
 * itself (named, so the official sees which), another plan sheet of the workbook picked by hand
 * (a title carrying last year by mistake, two plans in one book), or none.
 */
export function PlanChoice({ plans, chosen, reconciledWith, busy, onChoose }: { plans: string[]; chosen: string | null | undefined; reconciledWith: string | undefined; busy: boolean; onChoose(plan: string | null | undefined): void }) {
  const { t } = useLocale();
  const c = t.cycle;
  const styles = useStyles();
  const value = chosen === undefined ? AUTO : chosen === null ? NONE : chosen;
  return (
    <Field className={styles.field} label={c.planChoice} size="small">
      <Select
        size="small"
        value={value}
        disabled={busy}
        data-plan-choice
        onChange={(_e, data) => onChoose(data.value === AUTO ? undefined : data.value === NONE ? null : data.value)}
      >
        <option value={AUTO}>{c.planAuto(chosen === undefined ? reconciledWith : undefined)}</option>
        {plans.map((plan) => (
          <option key={plan} value={plan}>
            «{plan}»
          </option>
        ))}
        <option value={NONE}>{c.planNone}</option>
      </Select>
    </Field>
  );
}
