import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { useLocale } from "../locale/LocaleContext";
import type { PaneCommands } from "../state/commands";
import { DraftsContext } from "../state/drafts";
import { groupFindings } from "../state/groups";
import { anyMarks, canMark, shownCompute, shownOtherSheet, type PaneState } from "../state/pane-state";
import { ComputeQuestions } from "./ComputeQuestions";
import { ExecutionSummary } from "./ExecutionSummary";
import { FindingGroups } from "./FindingGroups";
import { OtherSheetBar } from "./OtherSheetBar";
import { StatusBar } from "./StatusBar";
import { SheetSummary } from "./SheetSummary";
import { Toolbar } from "./Toolbar";

const useStyles = makeStyles({
  intro: { color: tokens.colorNeutralForeground2 },
});

/** The check view: the commands, what the last one did, Compute's questions, and the last report. */
export function CheckView({ state, commands }: { state: PaneState; commands: PaneCommands }) {
  const { t } = useLocale();
  const styles = useStyles();
  const { report, busy } = state;
  const groups = useMemo(() => (report ? groupFindings(report.findings) : []), [report]);
  const otherSheet = shownOtherSheet(state);
  const computed = shownCompute(state);
  return (
    <>
      <Toolbar
        busy={busy}
        checked={!!report}
        canMark={canMark(state)}
        canUnmark={anyMarks(state)}
        onCheck={commands.check}
        onCompute={commands.compute}
        onMark={commands.mark}
        onUnmark={commands.unmark}
      />
      <StatusBar failure={state.failure} notice={state.notice} onDismiss={commands.dismiss} />
      {otherSheet && <OtherSheetBar otherSheet={otherSheet} busy={!!busy} onCheck={commands.checkOther} />}
      {computed && (
        <ComputeQuestions state={computed} busy={!!busy} onAnswerPercent={commands.answerPercent} onReplace={commands.replace} onKeep={commands.keep} />
      )}
      {report ? (
        <>
          <SheetSummary report={report} />
          {computed && <ExecutionSummary report={report} />}
          <DraftsContext.Provider value={commands.noteDraft}>
            <FindingGroups
              groups={groups}
              noteColumn={report.columns.note}
              selected={state.selected}
              busy={!!busy}
              onSelect={commands.select}
              onExplain={commands.explain}
            />
          </DraftsContext.Provider>
        </>
      ) : (
        <Body1 className={styles.intro}>{t.intro}</Body1>
      )}
    </>
  );
}
