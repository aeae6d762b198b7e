import { Button, Input, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { DEFAULT_REASONS } from "../locale/strings";
import { useLocale } from "../locale/LocaleContext";
import { useReasons } from "../state/reasons-storage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  toggle: { alignSelf: "flex-start", minWidth: 0, paddingLeft: 0 },
  reasons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: "none" },
  reason: {
    minWidth: 0,
    maxWidth: "100%",
    height: "auto",
    paddingTop: "2px",
    paddingBottom: "2px",
    fontWeight: tokens.fontWeightRegular,
    textAlign: "left",
    whiteSpace: "normal",
  },
  edit: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  input: { flexGrow: 1, minWidth: 0 },
});

/**
 * Common reasons, collapsed behind one «Типові причини…» toggle (four chips under every
 * shortfall took ~230 px each at 350 px). The list is the official's: editable, kept per user.
 */
export function ReasonChips({ id, onPick }: { id: string; onPick(reason: string): void }) {
  const { t } = useLocale();
  const w = t.workbook;
  const styles = useStyles();
  const [reasons, setReasons] = useReasons();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState("");
  return (
    <div className={styles.root}>
      <Button className={styles.toggle} size="small" appearance="transparent" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {w.reasonsToggle}
      </Button>
      {open && (
        <ul className={styles.reasons} id={id} aria-label={t.reasonsLabel}>
          {reasons.map((reason) => (
            <li key={reason}>
              {editing ? (
                <Button className={styles.reason} size="small" shape="circular" type="button" icon={<DismissRegular />} iconPosition="after" aria-label={w.reasonsRemove(reason)} onClick={() => setReasons(reasons.filter((r) => r !== reason))}>
                  {reason}
                </Button>
              ) : (
                <Button className={styles.reason} size="small" appearance="outline" shape="circular" type="button" onClick={() => onPick(reason)}>
                  {reason}
                </Button>
              )}
            </li>
          ))}
          <li>
            <Button size="small" appearance="subtle" type="button" aria-pressed={editing} onClick={() => setEditing(!editing)}>
              {editing ? w.reasonsDone : w.reasonsEdit}
            </Button>
          </li>
        </ul>
      )}
      {open && editing && (
        <div className={styles.edit}>
          <Input className={styles.input} size="small" aria-label={w.reasonNew} placeholder={w.reasonNew} value={draft} onChange={(_, data) => setDraft(data.value)} />
          <Button
            size="small"
            type="button"
            disabled={!draft.trim()}
            onClick={() => {
              setReasons([...reasons, draft]);
              setDraft("");
            }}
          >
            {w.reasonsAdd}
          </Button>
          <Button size="small" appearance="subtle" type="button" onClick={() => setReasons(DEFAULT_REASONS)}>
            {w.reasonsReset}
          </Button>
        </div>
      )}
    </div>
  );
}
