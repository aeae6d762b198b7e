import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../core/types";
import type { ExcelHost } from "../excel";
import { Pane } from "./Pane";
import { LocaleProvider } from "./locale/LocaleContext";

export interface TaskPaneProps {
  /** Real Excel (officeHost) or the fake (preview, tests). */
  host: ExcelHost;
  /** Overrides the remembered language (tests). */
  lang?: Lang;
}

export function TaskPane({ host, lang }: TaskPaneProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider initial={lang}>
        <Pane host={host} />
      </LocaleProvider>
    </FluentProvider>
  );
}
