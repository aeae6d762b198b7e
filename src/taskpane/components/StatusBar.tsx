import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { ExcelFailure } from "../../excel";
import { useLocale } from "../locale/LocaleContext";
import type { Notice } from "../state/useChecker";

/** What Excel refused, in words the user can act on; or what the last command did. */
export function StatusBar({ failure, notice, onDismiss }: { failure: ExcelFailure | null; notice: Notice | null; onDismiss(): void }) {
  const { t, plural } = useLocale();
  const dismiss = (
    <MessageBarActions
      containerAction={<Button appearance="transparent" size="small" icon={<DismissRegular />} aria-label={t.dismiss} onClick={onDismiss} />}
    />
  );
  if (failure) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert" data-failure={failure.kind}>
        <MessageBarBody>
          <MessageBarTitle>{t.failureTitle}</MessageBarTitle>
          {t.failure[failure.kind](failure.detail, failure.message)}
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  if (!notice) return null;
  const text =
    notice.kind === "written"
      ? t.written(notice.cell)
      : notice.kind === "marked"
        ? t.marked(plural(notice.count, t.cellForms))
        : notice.kind === "unmarked"
          ? t.unmarked(plural(notice.count, t.cellForms))
          : t.nothingToMark;
  return (
    <MessageBar intent={notice.kind === "nothing-to-mark" ? "info" : "success"} layout="multiline" role="status">
      <MessageBarBody>{text}</MessageBarBody>
      {dismiss}
    </MessageBar>
  );
}
