import { Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useLocale } from "../locale/LocaleContext";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { color: tokens.colorBrandForeground1 },
});

/** The pane's name and the language switch (remembered across sessions). */
export function PaneHeader() {
  const { t, lang, setLang } = useLocale();
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <Subtitle2 as="h1" className={styles.title}>
        {t.appTitle}
      </Subtitle2>
      <Button
        size="small"
        appearance="subtle"
        aria-label={t.switchLabel}
        title={t.switchLabel}
        onClick={() => setLang(lang === "uk" ? "en" : "uk")}
      >
        {t.switchTo}
      </Button>
    </header>
  );
}
