import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ExecutionStatus, SheetReport, Tally } from "../../core/types";
import { useLocale } from "../locale/LocaleContext";
import { formatPercent } from "../../core/messages/format";
import { STATUS_COLOUR, STATUS_ORDER, TallyChart } from "./TallyChart";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  title: { margin: 0 },
  legend: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: "none", fontSize: tokens.fontSizeBase200 },
  key: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { width: "10px", height: "10px", borderRadius: "2px", flexShrink: 0 },
  strong: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  details: { fontSize: tokens.fontSizeBase200 },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXXS} 0` },
  list: { margin: 0, padding: `${tokens.spacingVerticalXS} 0 0 ${tokens.spacingHorizontalM}`, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { overflowWrap: "anywhere" },
});

/** Sections drawn in the chart besides the whole sheet: the top-level ones, the first few. */
const CHART_SECTIONS = 8;

/**
 * The roll-up after Compute: per sheet, per section and per executor, how many measures were fully,
 * partly or not executed and how many are qualitative, the execution of numeric rows, and a chart.
 * On an annual plan there is nothing executed yet: it counts numeric and qualitative measures.
 */
export function ExecutionSummary({ report }: { report: SheetReport }) {
  const { t, lang, plural } = useLocale();
  const styles = useStyles();
  const c = t.compute;
  const isPlan = report.form === "annual-plan";
  const names: Record<ExecutionStatus, string> = isPlan ? { ...c.status, unknown: c.planned } : c.status;
  const percent = (value: number) => formatPercent(value, lang);
  const { rollup } = report;

  const counts = (tally: Tally) =>
    STATUS_ORDER.filter((s) => tally[s] > 0)
      .map((s) => `${names[s]} ${tally[s]}`)
      .join(" · ");
  const line = (tally: Tally) => [plural(tally.measures, c.measureForms), counts(tally), tally.execution === null ? "" : percent(tally.execution)].filter(Boolean).join(" — ");

  const topSections = rollup.sections.filter((s) => report.sections[s.section]?.parent === null && s.tally.measures > 0).slice(0, CHART_SECTIONS);
  const rows = [{ label: c.overall, tally: rollup.sheet }, ...topSections.map((s) => ({ label: s.title, tally: s.tally }))];

  return (
    <section className={styles.root} aria-label={c.summaryTitle} data-summary={report.sheet}>
      <Subtitle2 as="h2" className={styles.title}>
        {c.summaryTitle}
      </Subtitle2>
      <div data-overall>
        <span className={styles.strong}>{plural(rollup.sheet.measures, c.measureForms)}</span>
        {isPlan ? (
          <div className={styles.muted}>{c.planKinds(rollup.sheet.numeric, rollup.sheet.qualitative)}</div>
        ) : (
          <div className={styles.strong} data-execution>
            {rollup.sheet.execution === null ? c.noExecution : c.execution(percent(rollup.sheet.execution))}
          </div>
        )}
      </div>
      <ul className={styles.legend} aria-label={c.chartLabel}>
        {STATUS_ORDER.filter((s) => rollup.sheet[s] > 0).map((s) => (
          <li key={s} className={styles.key} data-status-count={s}>
            <span className={styles.swatch} style={{ backgroundColor: STATUS_COLOUR[s] }} aria-hidden />
            {names[s]}: {rollup.sheet[s]}
          </li>
        ))}
      </ul>
      <TallyChart rows={rows} label={c.chartLabel} statusNames={names} percent={percent} />
      {rollup.sections.length > 0 && (
        <details className={styles.details} data-rollup="sections">
          <summary className={styles.summary}>{c.bySection}</summary>
          <ul className={styles.list}>
            {rollup.sections.map((s) => (
              <li key={s.section} className={styles.item} style={{ marginLeft: `${(report.sections[s.section]?.level ?? 0) * 8}px` }}>
                <span className={styles.strong}>{s.title}</span>: {line(s.tally)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {rollup.executors.length > 0 && (
        <details className={styles.details} data-rollup="executors">
          <summary className={styles.summary}>{c.byExecutor}</summary>
          <ul className={styles.list}>
            {rollup.executors.map((e) => (
              <li key={e.executor} className={styles.item}>
                <span className={styles.strong}>{e.executor}</span>: {line(e.tally)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
