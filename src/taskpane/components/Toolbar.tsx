import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { CalculatorRegular, EraserRegular, HighlightRegular, TableSearchRegular } from "@fluentui/react-icons";
import { useLocale } from "../locale/LocaleContext";
import type { Busy } from "../state/types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  /** Side by side when both labels fit on one line each, else one under the other. */
  half: { flexGrow: 1, flexBasis: "auto", whiteSpace: "nowrap" },
});

export interface ToolbarProps {
  busy: Busy | null;
  checked: boolean;
  canMark: boolean;
  canUnmark: boolean;
  onCheck(): void;
  onCompute(): void;
  onMark(): void;
  onUnmark(): void;
}

export function Toolbar({ busy, checked, canMark, canUnmark, onCheck, onCompute, onMark, onUnmark }: ToolbarProps) {
  const { t } = useLocale();
  const styles = useStyles();
  const checking = busy === "check";
  const computing = busy === "compute";
  return (
    <div className={styles.root} role="toolbar" aria-label={t.appTitle}>
      <div className={styles.row}>
        <Button
          className={styles.half}
          appearance="primary"
          icon={checking ? <Spinner size="tiny" appearance="inverted" /> : <TableSearchRegular />}
          disabled={!!busy}
          onClick={onCheck}
        >
          {checking ? t.checking : checked ? t.recheck : t.check}
        </Button>
        <Button className={styles.half} icon={computing ? <Spinner size="tiny" /> : <CalculatorRegular />} disabled={!!busy} onClick={onCompute}>
          {computing ? t.compute.computing : t.compute.compute}
        </Button>
      </div>
      <div className={styles.row}>
        <Button className={styles.half} icon={<HighlightRegular />} disabled={!!busy || !canMark} onClick={onMark}>
          {t.mark}
        </Button>
        <Button className={styles.half} icon={<EraserRegular />} disabled={!!busy || !canUnmark} onClick={onUnmark}>
          {t.unmark}
        </Button>
      </div>
    </div>
  );
}
