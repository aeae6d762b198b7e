import { Body1, Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { groupFindings } from "../../core";
import { useLocale } from "../locale/LocaleContext";
import type { PaneCommands } from "../state/commands";
import { DraftsContext } from "../state/drafts";
import { anyMarks, canMark, isStale, shownCompute, shownOtherSheet, type PaneState } from "../state/pane-state";
import { ComputeQuestions } from "./ComputeQuestions";
import { ExecutionSummary } from "./ExecutionSummary";
import { FindingGroups } from "./FindingGroups";
import { FixChanges, FixQuestion } from "./FixQuestion";
import { OtherSheetBar } from "./OtherSheetBar";
import { AnnualReport } from "./AnnualReport";
import { PlanChoice } from "./PlanChoice";
import { ReportFromPlan } from "./ReportFromPlan";
import { Consolidate } from "./Consolidate";
import { ImportCentres } from "./ImportCentres";
import { StatusBar } from "./StatusBar";
import { SheetSummary } from "./SheetSummary";
import { Toolbar } from "./Toolbar";
import { WorkbookVerdict } from "./WorkbookVerdict";

const useStyles = makeStyles({
  intro: { color: tokens.colorNeutralForeground2 },
  accepted: { alignSelf: "flex-start" },
});

/** The check view: the commands, the workbook's verdict, what the last command did, Compute's questions, and the active sheet's report. */
export function CheckView({ state, commands }: { state: PaneState; commands: PaneCommands }) {
  const { t } = useLocale();
  const styles = useStyles();
  const { report, busy } = state;
  const [showAccepted, setShowAccepted] = useState(false);
  const allGroups = useMemo(() => (report ? groupFindings(report.findings, [report]) : []), [report]);
  const accepted = allGroups.filter((g) => g.accepted).reduce((n, g) => n + g.count, 0);
  const groups = showAccepted ? allGroups : allGroups.filter((g) => !g.accepted);
  const otherSheet = shownOtherSheet(state);
  const computed = shownCompute(state);
  const stale = isStale(state);
  // The plan sheets the last workbook check found: a report may be reconciled with any of them.
  const plans = state.workbook?.reports.filter((r) => r.form === "annual-plan").map((r) => r.sheet) ?? [];
  const fixAsk = report && state.fixAsk?.sheet === report.sheet ? state.fixAsk : null;
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
      {state.workbook && <WorkbookVerdict workbook={state.workbook} stale={state.stale} busy={!!busy} onGoToSheet={(sheet) => void commands.goToSheet(sheet)} />}
      <StatusBar failure={state.failure} notice={state.notice} onDismiss={commands.dismiss} />
      {state.notice?.kind === "fixed" && <FixChanges changes={state.notice.changes} />}
      {stale && (
        <MessageBar intent="warning" layout="multiline" data-stale>
          <MessageBarBody>{t.workbook.stale}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={!!busy} onClick={commands.check}>
              {t.recheck}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {otherSheet && <OtherSheetBar otherSheet={otherSheet} busy={!!busy} onCheck={commands.checkOther} />}
      {computed && (
        <ComputeQuestions state={computed} busy={!!busy} onAnswerPercent={commands.answerPercent} onReplace={commands.replace} onKeep={commands.keep} />
      )}
      {fixAsk && <FixQuestion ask={fixAsk} busy={!!busy} onConfirm={() => void commands.confirmFix()} onCancel={commands.cancelFix} />}
      {report ? (
        <>
          <SheetSummary report={report} />
          {report.form === "annual-plan" && <ReportFromPlan key={report.sheet} busy={!!busy} onCreate={commands.reportFromPlan} />}
          {report.form === "quarterly-report" && plans.length > 0 && (
            <PlanChoice plans={plans} chosen={state.planChoice[report.sheet]} reconciledWith={report.reconciledWith} busy={!!busy} onChoose={(plan) => void commands.choosePlan(report.sheet, plan)} />
          )}
          {report.form === "quarterly-report" && <AnnualReport busy={!!busy} onCreate={commands.annualReport} />}
          {(report.form === "quarterly-report" || report.form === "annual-plan") && <Consolidate busy={!!busy} onConsolidate={commands.consolidate} />}
          {/* Beside «Зведення», and on a sheet that is no form (a new workbook the office starts from). */}
          {(report.form === "quarterly-report" || report.form === "annual-plan" || report.form === null) && (
            <ImportCentres busy={!!busy} supported={commands.canImport()} onImport={commands.importFiles} onRemove={commands.removeImported} />
          )}
          {computed && <ExecutionSummary report={report} />}
          {accepted > 0 && (
            <Button className={styles.accepted} size="small" appearance="subtle" aria-pressed={showAccepted} data-show-accepted onClick={() => setShowAccepted(!showAccepted)}>
              {showAccepted ? t.workbook.hideAccepted : t.workbook.showAccepted(accepted)}
            </Button>
          )}
          <DraftsContext.Provider value={commands.noteDraft}>
            <div aria-disabled={stale || undefined} style={stale ? { opacity: 0.6 } : undefined}>
              <FindingGroups
                groups={groups}
                noteColumn={report.columns.note}
                selected={state.selected}
                busy={!!busy}
                onSelect={commands.select}
                onExplain={commands.explain}
                onFix={(findings) => void commands.askFix(findings)}
                onAccept={commands.accept}
                onUnaccept={(finding) => void commands.unaccept(finding)}
              />
            </div>
          </DraftsContext.Provider>
        </>
      ) : (
        // After a workbook check with no report, the active sheet was too large: the verdict names it.
        !state.workbook && <Body1 className={styles.intro}>{t.intro}</Body1>
      )}
    </>
  );
}
