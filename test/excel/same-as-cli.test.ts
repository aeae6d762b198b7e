/**
 * The task pane and the command line must say the same about a workbook: the adapter's grid (read
 * through the fake Excel) and the CLI's grid (read with exceljs) give the engine the same input.
 */
import fs from "fs";
import path from "path";
import { checkSheet } from "../../src/core";
import { contentsFromBytes } from "../../src/cli/xlsx/load-workbook-file";
import { readSheet, runExcel } from "../../src/excel";
import { FIXTURES, fixtureExcel } from "./helpers";

const names = fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx")).map((f) => f.replace(/\.xlsx$/, ""));

describe.each(names)("%s", (name) => {
  it("gives the engine the same grid and the same findings as the CLI", async () => {
    const cli = await contentsFromBytes(fs.readFileSync(path.join(FIXTURES, `${name}.xlsx`)));
    const excel = await fixtureExcel(name);
    for (const expected of cli.grids) {
      const grid = await runExcel(excel, (ctx) => readSheet(ctx, expected.name));
      const byKey = (m: { top: number; left: number }) => `${m.top},${m.left}`;
      expect([...grid.merges].sort((a, b) => byKey(a).localeCompare(byKey(b)))).toEqual(
        [...expected.merges].sort((a, b) => byKey(a).localeCompare(byKey(b))),
      );
      const pane = checkSheet(grid);
      const line = checkSheet(expected);
      expect(pane.form).toBe(line.form);
      expect(pane.findings).toEqual(line.findings);
      expect(pane.measures).toEqual(line.measures);
    }
  });
});
