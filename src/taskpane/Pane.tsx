import { Body1, Button, MessageBar, MessageBarActions, MessageBarBody, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { DraftsContext } from "./state/drafts";
import { useMemo, useState } from "react";
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
  tabs: { marginTop: `calc(-1 * ${tokens.spacingVerticalS})` },
  intro: { color: tokens.colorNeutralForeground2 },
});

type View = "check" | "templates";

/** The whole pane: header, the two views (check and compute; templates), status, and the last report. */
export function Pane({ host }: { host: ExcelHost }) {
  const { t } = useLocale();
  const styles = useStyles();
  const checker = useChecker(host);
  const [view, setView] = useState<View>("check");
  const { report, compute } = checker;
  const groups = useMemo(() => (report ? groupFindings(report.findings) : []), [report]);
  const anyMarks = Object.values(checker.marks).some((n) => n > 0);
  const computed = compute.state && report && compute.state.sheet === report.sheet ? compute.state : null;
  // After an insert, show the new sheet's check; after a failure, stay with the form.
  const insertTemplate: typeof checker.templates.insert = async (id) => {
    const done = await checker.templates.insert(id);
    if (done) setView("check");
    return done;
  };
  return (
    <main className={styles.root} aria-busy={checker.busy ? true : undefined}>
      <Header />
      <TabList className={styles.tabs} size="small" selectedValue={view} onTabSelect={(_e, data) => setView(data.value as View)}>
        <Tab value="check">{t.tabCheck}</Tab>
        <Tab value="templates">{t.templates.tab}</Tab>
      </TabList>
      {view === "templates" ? (
        <>
          <StatusBar failure={checker.failure} notice={null} onDismiss={checker.dismiss} />
          <TemplateGallery templates={{ ...checker.templates, insert: insertTemplate }} busy={checker.busy} />
        </>
      ) : (
        <>
          <Toolbar
            busy={checker.busy}
            checked={!!report}
            canMark={!!report && report.findings.length > 0}
            canUnmark={anyMarks}
            onCheck={checker.check}
            onCompute={compute.run}
            onMark={checker.mark}
            onUnmark={checker.unmark}
          />
          <StatusBar failure={checker.failure} notice={checker.notice} onDismiss={checker.dismiss} />
          {checker.otherSheet && (
            <MessageBar intent="info" layout="multiline" data-other-sheet={checker.otherSheet.active}>
              <MessageBarBody>{t.otherSheet(checker.otherSheet.shown, checker.otherSheet.active)}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" disabled={!!checker.busy} onClick={checker.checkOther}>
                  {t.otherSheetAction}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {computed && (
            <ComputeQuestions state={computed} busy={!!checker.busy} onAnswerPercent={compute.answerPercent} onReplace={compute.replace} onKeep={compute.keep} />
          )}
          {report ? (
            <>
              <Summary report={report} />
              {computed && <ExecutionSummary report={report} />}
              <DraftsContext.Provider value={checker.noteDraft}>
                <FindingGroups
                  groups={groups}
                  noteColumn={report.columns.note}
                  selected={checker.selected}
                  busy={!!checker.busy}
                  onSelect={checker.select}
                  onExplain={checker.explain}
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
