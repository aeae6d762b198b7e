/**
 * The 20,000-row sheets the payload tests measure on: the generators of test/excel/big-sheets.ts
 * (already fake JSON) and bench/generate.ts (engine grids, turned into fake JSON here).
 */
import { cellAddress } from "../../../src/core/address";
import type { SheetGrid } from "../../../src/core/grid";
import { bigPlan } from "../big-sheets";
import type { WorkbookJson } from "./fake";

/** A bench grid (values from its top-left, merges) as a one-sheet fake workbook. */
export function gridToJson(grid: SheetGrid): WorkbookJson {
  const cells: WorkbookJson["sheets"][number]["cells"] = [];
  grid.values.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value === null) return;
      if (typeof value === "object") throw new Error(`gridToJson: ${JSON.stringify(value)} at row ${grid.top + i} is not a plain value`);
      cells.push({ r: grid.top + i, c: grid.left + j, v: value });
    }),
  );
  const merges = grid.merges.map((m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`);
  return { sheets: [{ name: grid.name, cells, merges }] };
}

/**
 * An annual plan (test/excel/big-sheets.ts bigPlan) whose totals are typed, and right, in every
 * other measure row: Compute's targets are then single cells apart, not runs of a column.
 */
export function planWithScatteredTotals(rows: number): WorkbookJson {
  const json = bigPlan(rows);
  const sheet = json.sheets[0];
  const first = 6;
  sheet.cells = sheet.cells.filter((c) => !(c.c === 11 && c.r >= first));
  const sums = new Map<number, number>();
  for (const c of sheet.cells) if (c.r >= first && c.c >= 7 && c.c <= 10) sums.set(c.r, (sums.get(c.r) ?? 0) + Number(c.v));
  for (let r = first + 1; r < first + rows; r += 2) sheet.cells.push({ r, c: 11, v: sums.get(r) ?? 0 });
  return json;
}
