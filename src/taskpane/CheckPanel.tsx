import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { ExcelHost } from "../excel";
import { Header } from "./components/Header";
import { FindingGroups } from "./components/FindingGroups";
import { StatusBar } from "./components/StatusBar";
import { Summary } from "./components/Summary";
import { Toolbar } from "./components/Toolbar";
import { useLocale } from "./locale/LocaleContext";
import { groupFindings } from "./state/groups";
import { useChecker } from "./state/useChecker";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    minWidth: 0,
  },
  intro: { color: tokens.colorNeutralForeground2 },
});

/** The whole pane: header, commands, status, and the last check's report. */
export function CheckPanel({ host }: { host: ExcelHost }) {
  const { t } = useLocale();
  const styles = useStyles();
  const checker = useChecker(host);
  const { report } = checker;
  const groups = useMemo(() => (report ? groupFindings(report.findings) : []), [report]);
  const anyMarks = Object.values(checker.marks).some((n) => n > 0);
  return (
    <main className={styles.root} aria-busy={checker.busy ? true : undefined}>
      <Header />
      <Toolbar
        busy={checker.busy}
        checked={!!report}
        canMark={!!report && report.findings.length > 0}
        canUnmark={anyMarks}
        onCheck={checker.check}
        onMark={checker.mark}
        onUnmark={checker.unmark}
      />
      <StatusBar failure={checker.failure} notice={checker.notice} onDismiss={checker.dismiss} />
      {report ? (
        <>
          <Summary report={report} />
          <FindingGroups
            groups={groups}
            noteColumn={report.columns.note}
            selected={checker.selected}
            busy={!!checker.busy}
            onSelect={checker.select}
            onExplain={checker.explain}
          />
        </>
      ) : (
        <Body1 className={styles.intro}>{t.intro}</Body1>
      )}
    </main>
  );
}
