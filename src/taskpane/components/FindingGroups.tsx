import { Button, CounterBadge, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Finding } from "../../core/types";
import type { WriteNoteResult } from "../../excel";
import { useLocale } from "../locale/LocaleContext";
import { findingKey, type FindingGroup } from "../state/groups";
import { FindingItem } from "./FindingItem";

/** Items shown per group before "show more": a sheet can have thousands of findings. */
export const PAGE = 50;

const useStyles = makeStyles({
  groups: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: "none" },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    width: "100%",
    padding: `${tokens.spacingVerticalXS} 0`,
    border: "none",
    borderBottom: `2px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "left",
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  title: { flexGrow: 1 },
  items: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: `${tokens.spacingVerticalS} 0 0`, listStyleType: "none" },
});

export interface FindingGroupsProps {
  groups: FindingGroup[];
  noteColumn?: number;
  selected: string | null;
  busy: boolean;
  onSelect(finding: Finding): void;
  onExplain(finding: Finding, text: string, overwrite?: boolean): Promise<WriteNoteResult | null>;
}

export function FindingGroups(props: FindingGroupsProps) {
  const { t } = useLocale();
  const styles = useStyles();
  return (
    <ul className={styles.groups} aria-label={t.findingsLabel}>
      {props.groups.map((group) => (
        <GroupView key={group.rule} group={group} {...props} />
      ))}
    </ul>
  );
}

function GroupView({ group, noteColumn, selected, busy, onSelect, onExplain }: FindingGroupsProps & { group: FindingGroup }) {
  const { t, m } = useLocale();
  const styles = useStyles();
  const [open, setOpen] = useState(true);
  const [shown, setShown] = useState(PAGE);
  const listId = `group-${group.rule}`;
  const rest = group.findings.length - shown;
  const color = group.severity === "error" ? "danger" : group.severity === "warning" ? "important" : "informative";
  return (
    <li data-group={group.rule} data-severity={group.severity}>
      <button
        type="button"
        className={styles.header}
        aria-expanded={open}
        aria-controls={listId}
        title={open ? t.collapse : t.expand}
        onClick={() => setOpen(!open)}
      >
        {open ? <ChevronDownRegular aria-hidden /> : <ChevronRightRegular aria-hidden />}
        <span className={styles.title}>{m.ruleTitle[group.rule]}</span>
        <CounterBadge count={group.findings.length} color={color} size="small" overflowCount={9999} />
      </button>
      {open && (
        <ul id={listId} className={styles.items}>
          {group.findings.slice(0, shown).map((finding) => (
            <FindingItem
              key={findingKey(finding)}
              finding={finding}
              noteColumn={noteColumn}
              selected={selected === findingKey(finding)}
              busy={busy}
              onSelect={onSelect}
              onExplain={onExplain}
            />
          ))}
          {rest > 0 && (
            <li>
              <Button size="small" appearance="subtle" onClick={() => setShown(shown + PAGE)}>
                {t.showMore(Math.min(rest, PAGE))}
              </Button>
            </li>
          )}
        </ul>
      )}
    </li>
  );
}
