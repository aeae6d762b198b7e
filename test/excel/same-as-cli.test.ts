/**
 * The task pane and the command line must say the same about a workbook: the adapter's grid (read
 * through the fake Excel, which hands it what real Excel would: dates as serial numbers, errors as
 * text beside getSpecialCells, whole-row merges as 5:5, sheet-scoped names) and the CLI's grid
 * (read with exceljs) give the engine the same input, and the same form stamps.
 */
import fs from "fs";
import path from "path";
import { checkSheet } from "../../src/core";
import { stampedOptions } from "../../src/core/templates";
import { contentsFromBytes } from "../helpers/exceljs/load-workbook-file";
import { nameReferences } from "../helpers/exceljs/read-workbook";
import { readSheetForCheck, runExcel } from "../../src/excel";
import { FakeExcel } from "../../src/fake-excel";
import { xlsxToJson } from "../../src/preview/fixtures/xlsx-to-json";
import { FIXTURES } from "./helpers";

/** The shared fixtures and the project's own (test/fixtures: dates, error values, text numbers, whole-row and 512+ merges). */
const FOLDERS = [FIXTURES, path.resolve(__dirname, "../fixtures")];
const files = FOLDERS.flatMap((folder) =>
  fs
    .readdirSync(folder)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(folder, f)),
);

describe.each(files.map((file) => [path.basename(file), file]))("%s", (_name, file) => {
  it("gives the engine the same grid, stamps and findings as the CLI", async () => {
    const cli = await contentsFromBytes(fs.readFileSync(file));
    const stamps = nameReferences(cli.definedNames);
    const excel = FakeExcel.fromJson(await xlsxToJson(file));
    for (const expected of cli.grids) {
      const { grid, options } = await runExcel(excel, (ctx) => readSheetForCheck(ctx, expected.name));
      const byKey = (m: { top: number; left: number }) => `${m.top},${m.left}`;
      expect([...grid.merges].sort((a, b) => byKey(a).localeCompare(byKey(b)))).toEqual(
        [...expected.merges].sort((a, b) => byKey(a).localeCompare(byKey(b))),
      );
      const cliOptions = stampedOptions(stamps, expected.name);
      expect(options).toEqual(cliOptions);
      const pane = checkSheet(grid, options);
      const line = checkSheet(expected, cliOptions);
      expect({ sheet: expected.name, form: pane.form }).toEqual({ sheet: expected.name, form: line.form });
      expect(pane.findings).toEqual(line.findings);
      expect(pane.measures).toEqual(line.measures);
    }
  }, 60_000);
});
