import { Body1, Button, MessageBar, MessageBarActions, MessageBarBody, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { DraftsContext } from "./state/drafts";
import { useMemo } from "react";
import type { ExcelHost } from "../excel";
import { ComputeQuestions } from "./components/ComputeQuestions";
import { ExecutionSummary } from "./components/ExecutionSummary";
import { FindingGroups } from "./components/FindingGroups";
import { Header } from "./components/Header";
import { StatusBar } from "./components/StatusBar";
import { Summary } from "./components/Summary";
import { TemplateGallery } from "./components/TemplateGallery";
import { Toolbar } from "./components/Toolbar";
import { useLocale } from "./locale/LocaleContext";
import { groupFindings } from "./state/groups";
import { anyMarks, canMark, shownCompute, shownOtherSheet } from "./state/pane-state";
import type { View } from "./state/types";
import { usePane } from "./state/usePane";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    minWidth: 0,
  },
  tabs: { marginTop: `calc(-1 * ${tokens.spacingVerticalS})` },
  intro: { color: tokens.colorNeutralForeground2 },
});

/** The whole pane: header, the two views (check and compute; templates), status, and the last report. */
export function Pane({ host }: { host: ExcelHost }) {
  const { t } = useLocale();
  const styles = useStyles();
  const { state, commands } = usePane(host);
  const { report, busy } = state;
  const groups = useMemo(() => (report ? groupFindings(report.findings) : []), [report]);
  const otherSheet = shownOtherSheet(state);
  const computed = shownCompute(state);
  return (
    <main className={styles.root} aria-busy={busy ? true : undefined}>
      <Header />
      <TabList className={styles.tabs} size="small" selectedValue={state.view} onTabSelect={(_e, data) => commands.showView(data.value as View)}>
        <Tab value="check">{t.tabCheck}</Tab>
        <Tab value="templates">{t.templates.tab}</Tab>
      </TabList>
      {state.view === "templates" ? (
        <>
          <StatusBar failure={state.failure} notice={null} onDismiss={commands.dismiss} />
          <TemplateGallery details={state.details} busy={busy} onDetails={commands.setDetails} onInsert={commands.insert} />
        </>
      ) : (
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
          {otherSheet && (
            <MessageBar intent="info" layout="multiline" data-other-sheet={otherSheet.active}>
              <MessageBarBody>{t.otherSheet(otherSheet.shown, otherSheet.active)}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" disabled={!!busy} onClick={commands.checkOther}>
                  {t.otherSheetAction}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {computed && (
            <ComputeQuestions state={computed} busy={!!busy} onAnswerPercent={commands.answerPercent} onReplace={commands.replace} onKeep={commands.keep} />
          )}
          {report ? (
            <>
              <Summary report={report} />
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
      )}
    </main>
  );
}
