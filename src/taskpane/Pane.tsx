import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { ExcelHost } from "../excel";
import { CheckView } from "./components/CheckView";
import { PaneHeader } from "./components/PaneHeader";
import { StatusBar } from "./components/StatusBar";
import { TemplateGallery } from "./components/TemplateGallery";
import { useLocale } from "./locale/LocaleContext";
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
});

/** The whole pane: header, the two views (check and compute; templates), each with its status. */
export function Pane({ host }: { host: ExcelHost }) {
  const { t } = useLocale();
  const styles = useStyles();
  const { state, commands } = usePane(host);
  return (
    <main className={styles.root} aria-busy={state.busy ? true : undefined}>
      <PaneHeader />
      <TabList className={styles.tabs} size="small" selectedValue={state.view} onTabSelect={(_e, data) => commands.showView(data.value as View)}>
        <Tab value="check">{t.tabCheck}</Tab>
        <Tab value="templates">{t.templates.tab}</Tab>
      </TabList>
      {state.view === "templates" ? (
        <>
          <StatusBar failure={state.failure} notice={null} onDismiss={commands.dismiss} />
          <TemplateGallery details={state.details} busy={state.busy} onDetails={commands.setDetails} onInsert={commands.insert} />
        </>
      ) : (
        <CheckView state={state} commands={commands} />
      )}
    </main>
  );
}
