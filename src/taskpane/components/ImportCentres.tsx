import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DeleteRegular, DocumentAddRegular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import { formatNumber } from "../../core/messages/format";
import { useLocale } from "../locale/LocaleContext";
import type { ImportStrings } from "../locale/import-strings";
import type { CentreFile } from "../state/centre-files";
import type { ImportOutcome, RemoveOutcome } from "../state/import-commands";
import type { Lang } from "../../core/types";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  open: { alignSelf: "flex-start" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface ImportCentresProps {
  busy: boolean;
  /** This Excel has insertWorksheetsFromBase64 (ExcelApi 1.13). */
  supported: boolean;
  onImport(files: CentreFile[]): Promise<ImportOutcome | null>;
  onRemove(ids: string[], anyway?: boolean): Promise<RemoveOutcome | null>;
}

/**
 * «Додати файли центрів…» beside «Зведення»: a file picker for the centres' .xlsx files, then
 * what was added (and why a file was not), with «Прибрати додані аркуші» to take exactly those
 * sheets out again (any the official has changed since stay, and are named). On an Excel without the API it says how to bring the sheets in by hand.
 */
export function ImportCentres({ busy, supported, onImport, onRemove }: ImportCentresProps) {
  const { t, plural, lang } = useLocale();
  const c = t.consolidate.importing;
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [removed, setRemoved] = useState<Extract<RemoveOutcome, { kind: "removed" }> | null>(null);
  const [linking, setLinking] = useState<string[] | null>(null);
  if (!supported) {
    return (
      <Text className={styles.hint} data-import-unsupported>
        {c.unsupported}
      </Text>
    );
  }
  const chosen = (files: CentreFile[]) => {
    if (files.length === 0) return;
    setRemoved(null);
    setLinking(null);
    void onImport(files).then((done) => done && setOutcome(done));
  };
  const remove = (ids: string[], anyway = false) =>
    void onRemove(ids, anyway).then((done) => {
      if (done?.kind === "linked") setLinking(done.linking);
      else if (done) {
        setLinking(null);
        setRemoved(done);
      }
    });
  return (
    <div className={styles.box} data-import>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple
        hidden
        aria-label={c.button}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // The same files may be chosen again later (after an undo).
          event.target.value = "";
          chosen(files);
        }}
      />
      <Button className={styles.open} icon={<DocumentAddRegular />} disabled={busy} title={c.hint} onClick={() => input.current?.click()}>
        {c.button}
      </Button>
      {!outcome && <Text className={styles.hint}>{c.hint}</Text>}
      {outcome && !removed && (
        <MessageBar intent={outcome.refused.length === 0 ? "success" : "warning"} layout="multiline" data-import-outcome>
          <MessageBarBody>
            {addedLine(outcome, c, plural)}
            {outcome.refused.length > 0 && (
              <ul className={styles.list}>
                {outcome.refused.map(({ file, refusal }) => (
                  <li key={file}>{`${file}: ${refusalText(refusal, c, lang)}.`}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
          {outcome.ids.length > 0 && !linking && (
            <MessageBarActions>
              <Button size="small" icon={<DeleteRegular />} disabled={busy} onClick={() => remove(outcome.ids)}>
                {c.remove}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {outcome && linking && !removed && (
        <MessageBar intent="warning" layout="multiline" data-import-linked>
          <MessageBarBody>{c.linked(linking)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={busy} onClick={() => remove(outcome.ids, true)}>
              {c.removeAnyway}
            </Button>
            <Button size="small" appearance="subtle" disabled={busy} onClick={() => setLinking(null)}>
              {c.keepThem}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {removed && (
        <MessageBar intent={removed.kept.length > 0 ? "warning" : "info"} layout="multiline" data-import-removed>
          <MessageBarBody>
            {removed.removed.length > 0 ? c.removed(plural(removed.removed.length, c.sheetForms), removed.removed) : removed.kept.length === 0 && c.noneLeft}
            {removed.kept.length > 0 && ` ${c.kept(removed.kept)}`}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

function addedLine(outcome: ImportOutcome, c: ImportStrings, plural: (count: number, forms: ImportStrings["sheetForms"]) => string): string {
  const names = outcome.added.flatMap((a) => a.sheets);
  return names.length > 0 ? c.added(plural(names.length, c.sheetForms), names) : c.nothingAdded;
}

function refusalText(refusal: ImportOutcome["refused"][number]["refusal"], c: ImportStrings, lang: Lang): string {
  switch (refusal.kind) {
    case "too-large":
      // Rounded down: a file of the size shown must fit.
      return c.tooLarge(formatNumber(Math.floor((refusal.largest / (1024 * 1024)) * 10) / 10, lang, { fractionDigits: 1 }));
    case "no-form":
      return c.noForm;
    case "already":
      return c.already(refusal.sheet);
    case "unreadable":
      return c.unreadable[refusal.problem];
    case "excel":
      // An Excel that claims 1.13 but lacks the call (some Mac builds): the way by hand, not Excel's words.
      return refusal.failure === "api-unsupported" ? c.unsupported : c.excel(refusal.message);
  }
}
