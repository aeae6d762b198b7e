import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useLocale } from "../locale/LocaleContext";
import type { OtherSheet } from "../state/types";

/** Another sheet became active while the pane could not follow it: offer to check it. */
export function OtherSheetBar({ otherSheet, busy, onCheck }: { otherSheet: OtherSheet; busy: boolean; onCheck(): void }) {
  const { t } = useLocale();
  return (
    <MessageBar intent="info" layout="multiline" data-other-sheet={otherSheet.active}>
      <MessageBarBody>{t.otherSheet(otherSheet.shown, otherSheet.active)}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" disabled={busy} onClick={onCheck}>
          {t.otherSheetAction}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
