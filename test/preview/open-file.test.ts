/**
 * The preview's «Відкрити файл…» and the command line must say the same about every workbook we
 * have: each fixture goes through the preview's own file-open code (openWorkbookFile, with
 * Node's DecompressionStream as the browser's) into the fake Excel, each sheet is made active
 * and checked by the pane's own commands and store, and the findings (rule and cell) must be
 * exactly those of `pokaznyk check --json` for that sheet (and its form and header row).
 */
import fs from "fs";
import path from "path";
import { FakeExcel } from "../../src/fake-excel";
import { openWorkbookFile } from "../../src/preview/open-file";
import { paneCommands } from "../../src/taskpane/state/commands";
import { loadDetails } from "../../src/taskpane/state/details-storage";
import { initialPaneState, paneReducer } from "../../src/taskpane/state/pane-state";
import { createStore } from "../../src/taskpane/state/store";
import { parseJsonDocument, runCli } from "../cli/run-cli";

const FOLDERS = [path.resolve(__dirname, "../../../shared/fixtures"), path.resolve(__dirname, "../fixtures")];
const files = FOLDERS.flatMap((folder) =>
  fs
    .readdirSync(folder)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(folder, f)),
);

const brief = (findings: { rule: string; cell: string }[]) => findings.map((f) => `${f.rule} ${f.cell}`);

it("finds the shared fixtures and the project's own", () => {
  expect(files.filter((f) => f.includes(`${path.sep}shared${path.sep}`)).length).toBeGreaterThanOrEqual(4);
  expect(files.filter((f) => f.includes(`${path.sep}test${path.sep}fixtures`)).length).toBeGreaterThanOrEqual(10);
});

describe.each(files.map((file) => [path.relative(path.resolve(__dirname, "../../.."), file), file]))("%s", (_name, file) => {
  it("shows the same findings in the preview's pane as the CLI, sheet by sheet", async () => {
    const cli = parseJsonDocument((await runCli(["check", file, "--json"])).stdout);
    const bytes = fs.readFileSync(file);
    const opened = await openWorkbookFile(new File([bytes], path.basename(file)));
    if (!opened.ok) throw new Error(`the preview could not open it: ${JSON.stringify(opened.problem)}`);
    const excel = FakeExcel.fromJson(opened.json);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(cli.files[0].sheets.map((s) => s.sheet));

    const store = createStore(paneReducer, initialPaneState(loadDetails()));
    const commands = paneCommands(excel, store);
    for (const sheet of cli.files[0].sheets) {
      excel.book.activate(sheet.sheet);
      await commands.check();
      const { report, failure } = store.getState();
      expect(failure).toBeNull();
      // The header row as well: a form stamp (a defined name) is what decides it on some sheets.
      expect({ sheet: report?.sheet, form: report?.form ?? null, headerRow: report?.headerRow ?? null, findings: brief(report?.findings ?? []) }).toEqual({
        sheet: sheet.sheet,
        form: sheet.form,
        headerRow: sheet.headerRow,
        findings: brief(sheet.findings),
      });
    }
  }, 60_000);
});
