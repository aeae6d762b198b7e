import { Button, CounterBadge, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular, WrenchRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { FIX_FOR_RULE, groupSummary, type FindingGroup } from "../../core";
import type { Finding } from "../../core/types";
import type { WriteNoteResult } from "../../excel";
import { useLocale } from "../locale/LocaleContext";
import { findingKey } from "../state/groups";
import { canTakeFromPlan } from "../state/take-from-plan";
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
  summary: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  items: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: `${tokens.spacingVerticalS} 0 0`, listStyleType: "none" },
});

export interface FindingGroupsProps {
  groups: FindingGroup[];
  noteColumn?: number;
  selected: string | null;
  busy: boolean;
  onSelect(finding: Finding): void;
  onExplain(finding: Finding, text: string, overwrite?: boolean): Promise<WriteNoteResult | null>;
  onFix(findings: Finding[]): void;
  onAccept(finding: Finding, reason: string): Promise<boolean>;
  onUnaccept(finding: Finding): void;
}

export function FindingGroups(props: FindingGroupsProps) {
  const { t } = useLocale();
  const styles = useStyles();
  return (
    <ul className={styles.groups} aria-label={t.findingsLabel}>
      {props.groups.map((group) => (
        <GroupView key={`${group.accepted}|${group.sheet}|${group.rule}`} group={group} {...props} />
      ))}
    </ul>
  );
}

/**
 * One rule's findings. A group that repeats (GROUP_MIN or more) is one line with its cells as
 * ranges, its items behind «Показати всі», and, where the engine has a fix, «Виправити всі».
 */
function GroupView({ group, noteColumn, selected, busy, onSelect, onExplain, onFix, onAccept, onUnaccept }: FindingGroupsProps & { group: FindingGroup }) {
  const { lang, t, m } = useLocale();
  const styles = useStyles();
  const fix = !group.accepted && FIX_FOR_RULE[group.rule];
  // «Взяти з плану» stands on each finding (./FindingItem); a repeated group also takes them all.
  const takeable = group.accepted || !group.repeated ? [] : group.findings.filter(canTakeFromPlan);
  // Repeated tips and warnings, and anything one fix clears, fold to their summary line; errors to act on one by one stay open.
  const [open, setOpen] = useState(!group.repeated || (group.severity === "error" && !fix));
  const [shown, setShown] = useState(PAGE);
  const listId = `group-${group.accepted ? "accepted-" : ""}${group.rule}`;
  const rest = group.findings.length - shown;
  // Repeated: the plural title in the header, and under it only the cells («4 клітинки у стовпці «План»: F7:F10»).
  const title = group.count > 1 ? m.groupTitle[group.rule] : m.ruleTitle[group.rule];
  const summary = groupSummary(group, lang);
  const cells = summary.startsWith(`${title}: `) ? summary.slice(title.length + 2) : summary;
  const color = group.accepted ? "informative" : group.severity === "error" ? "danger" : group.severity === "warning" ? "important" : "informative";
  return (
    <li data-group={group.rule} data-severity={group.severity} data-accepted-group={group.accepted || undefined}>
      <button
        type="button"
        className={styles.header}
        aria-expanded={open}
        aria-controls={listId}
        title={open ? t.collapse : t.expand}
        onClick={() => setOpen(!open)}
      >
        {open ? <ChevronDownRegular aria-hidden /> : <ChevronRightRegular aria-hidden />}
        <span className={styles.title}>{title}</span>
        <CounterBadge count={group.count} color={color} size="small" overflowCount={9999} />
      </button>
      {group.repeated && (
        <>
          <p className={styles.summary} data-group-summary>
            {cells}: {group.ranges.join(", ")}
          </p>
          <div className={styles.actions}>
            {fix && (
              <Button size="small" appearance="primary" icon={<WrenchRegular />} disabled={busy} title={t.workbook.fixNames[fix]} onClick={() => onFix(group.findings)}>
                {t.workbook.fixAll(group.count)}
              </Button>
            )}
            {takeable.length > 0 && (
              <Button size="small" appearance="primary" icon={<WrenchRegular />} disabled={busy} data-take-all onClick={() => onFix(takeable)}>
                {t.workbook.takeAll(takeable.length)}
              </Button>
            )}
            <Button size="small" appearance="subtle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
              {open ? t.workbook.hideAll : t.workbook.showAll(group.count)}
            </Button>
          </div>
        </>
      )}
      {!group.repeated && fix && (
        <div className={styles.actions}>
          <Button size="small" icon={<WrenchRegular />} disabled={busy} onClick={() => onFix(group.findings)}>
            {t.workbook.fixNames[fix]}
          </Button>
        </div>
      )}
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
              onFix={group.accepted ? undefined : onFix}
              onAccept={onAccept}
              onUnaccept={onUnaccept}
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
