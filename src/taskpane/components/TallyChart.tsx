import { makeStyles, tokens } from "@fluentui/react-components";
import type { ExecutionStatus, Tally } from "../../core/types";

/** Statuses in the order bars and legends show them, with colours that read on white. */
export const STATUS_ORDER: ExecutionStatus[] = ["full", "partial", "none", "qualitative", "unknown"];
export const STATUS_COLOUR: Record<ExecutionStatus, string> = {
  full: "#107C10",
  partial: "#C19C00",
  none: "#C50F1F",
  qualitative: "#0F6CBD",
  unknown: "#A19F9D",
};

const useStyles = makeStyles({
  svg: { display: "block", width: "100%", height: "auto", overflow: "visible" },
  label: { fontFamily: tokens.fontFamilyBase, fontSize: "11px", fill: tokens.colorNeutralForeground2 },
  value: { fontFamily: tokens.fontFamilyBase, fontSize: "11px", fill: tokens.colorNeutralForeground1, fontWeight: 600 },
});

export interface ChartRow {
  label: string;
  tally: Tally;
}

const WIDTH = 280;
const ROW = 30;
const BAR = 10;
const LABEL_CHARS = 34;

const shorten = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1).trimEnd()}…` : text);

/**
 * One stacked bar per row: its measures by status, as shares of the row's measures, with the
 * row's execution at the right. Plain SVG, scaled to the pane's width.
 */
export function TallyChart({ rows, label, statusNames, percent }: { rows: ChartRow[]; label: string; statusNames: Record<ExecutionStatus, string>; percent(value: number): string }) {
  const styles = useStyles();
  const barWidth = WIDTH - 44;
  return (
    <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${rows.length * ROW}`} role="img" aria-label={label} data-chart="execution">
      {rows.map((row, k) => {
        const y = k * ROW;
        let x = 0;
        const total = Math.max(1, row.tally.measures);
        return (
          <g key={k}>
            <title>{`${row.label}: ${STATUS_ORDER.filter((s) => row.tally[s]).map((s) => `${statusNames[s]} ${row.tally[s]}`).join(", ")}`}</title>
            <text className={styles.label} x={0} y={y + 11}>
              {shorten(row.label)}
            </text>
            {STATUS_ORDER.map((status) => {
              const width = (row.tally[status] / total) * barWidth;
              const rect = width > 0 ? <rect key={status} x={x} y={y + 15} width={width} height={BAR} fill={STATUS_COLOUR[status]} data-status={status} /> : null;
              x += width;
              return rect;
            })}
            {row.tally.measures === 0 && <rect x={0} y={y + 15} width={barWidth} height={BAR} fill={tokens.colorNeutralBackground3} />}
            <text className={styles.value} x={WIDTH} y={y + 24} textAnchor="end">
              {row.tally.execution === null ? "—" : percent(row.tally.execution)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
