/* global Office */
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { officeHost } from "../excel/host";
import { storedLang } from "./locale/LocaleContext";
import { strings } from "./locale/strings";
import { TaskPane } from "./TaskPane";

function NotInExcel() {
  return (
    <FluentProvider theme={webLightTheme}>
      <MessageBar intent="info" layout="multiline" style={{ margin: 12 }}>
        <MessageBarBody>{strings[storedLang()].notInExcel}</MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}

const root = createRoot(document.getElementById("root")!);

if (typeof Office === "undefined") {
  root.render(<NotInExcel />);
} else {
  Office.onReady((info) => {
    root.render(info.host === Office.HostType.Excel ? <TaskPane host={officeHost()} /> : <NotInExcel />);
  });
}
