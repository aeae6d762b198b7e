import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { ExcelFailure } from "../../excel";
import { useLocale } from "../locale/LocaleContext";
import type { Notice } from "../state/types";
import type { Strings } from "../locale/strings";
import type { NounForms as PluralForms } from "../../core/messages/format";

/** A notice in words, and how it should look: a plain fact, or something to act on. */
function noticeText(notice: Notice, t: Strings, plural: (count: number, forms: PluralForms) => string): { text: string; intent: "success" | "info" | "warning" } {
  switch (notice.kind) {
    case "written":
      return { text: t.written(notice.cell), intent: "success" };
    case "marked":
      return { text: t.marked(plural(notice.count, t.cellForms)), intent: "success" };
    case "unmarked":
      return { text: t.unmarked(plural(notice.count, t.cellForms)), intent: "success" };
    case "nothing-to-mark":
      return { text: t.nothingToMark, intent: "info" };
    case "computed":
      return notice.cells ? { text: t.compute.written(plural(notice.cells, t.cellForms)), intent: "success" } : { text: t.compute.nothingToWrite, intent: "info" };
    case "replaced":
      return { text: t.compute.replaced(plural(notice.count, t.compute.valueForms)), intent: "success" };
    case "nothing-to-compute":
      return { text: notice.notAForm ? t.compute.notAForm : t.compute.nothingToCompute, intent: "info" };
    case "inserted":
    case "report-made": {
      const text = notice.kind === "inserted" ? t.templates.inserted(notice.sheet) : t.cycle.made(notice.sheet, plural(notice.measures, t.cycle.measureForms));
      if (!notice.skipped.length) return { text, intent: "success" };
      return { text: `${text} ${t.templates.skipped(notice.skipped.map((f) => t.templates.features[f]).join(", "))}`, intent: "warning" };
    }
    case "fixed":
      return { text: t.workbook.fixed(plural(notice.changes.length, t.cellForms)), intent: "success" };
    case "nothing-to-fix":
      return { text: t.workbook.nothingToFix, intent: "info" };
    case "annual-made": {
      const text = t.cycle.annualMade(notice.sheet, plural(notice.measures, t.cycle.measureForms), notice.quarters);
      if (!notice.skipped.length) return { text, intent: "success" };
      return { text: `${text} ${t.templates.skipped(notice.skipped.map((f) => t.templates.features[f]).join(", "))}`, intent: "warning" };
    }
    case "annual-refused":
      return { text: t.cycle.annualRefused[notice.reason](notice.sheet, notice.year), intent: "warning" };
    case "nothing-planned":
      return { text: t.cycle.nothingPlanned(t.cycle.quarterNames[notice.quarter - 1], notice.cumulative), intent: "info" };
    case "accepted":
      return { text: t.workbook.acceptedNotice(notice.cell), intent: "success" };
    case "unaccepted":
      return { text: t.workbook.unacceptedNotice(notice.cell), intent: "info" };
  }
}

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
  const { text, intent } = noticeText(notice, t, plural);
  return (
    <MessageBar intent={intent} layout="multiline" role="status" data-notice={notice.kind}>
      <MessageBarBody>{text}</MessageBarBody>
      {dismiss}
    </MessageBar>
  );
}
