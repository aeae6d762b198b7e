import { areaAfterInsert } from "../address";
import { shiftColumns } from "../formula";
import { CellValue, SheetGrid } from "../grid";
import { EditPlan, CellWrite } from "./types";

/**
 * Carries out an edit plan on a grid, the way Excel would: inserted columns shift cells, widen
 * merges they fall inside and move the references of the sheet's formulas. Used to reason about
 * plans (tests, previews, the CLI's check of what it wrote) without a host.
 */
export function applyEdits(grid: SheetGrid, plan: EditPlan, accepted: CellWrite[] = []): SheetGrid {
  let values = grid.values.map((row) => [...row]);
  let formulas = grid.formulas?.map((row) => [...row]) ?? grid.values.map((row) => row.map(() => null as string | null));
  let merges = grid.merges.map((m) => ({ ...m }));

  for (const insert of plan.insertColumns) {
    const at = insert.before - grid.left;
    values = values.map((row) => insertAt(row, at, null));
    formulas = formulas.map((row) => insertAt(row, at, null).map((f) => f && shiftColumns(f, grid.name, grid.name, insert.before)));
    merges = merges.map((m) => areaAfterInsert(m, insert.before));
    for (const group of insert.widen) {
      const m = merges.find((x) => x.top === group.top && x.left === group.left && x.bottom === group.bottom && x.right === group.right);
      if (m) m.right += 1;
    }
    const [first] = insert.headerRows;
    for (const r of insert.headerRows) {
      values[r - grid.top] ??= [];
      values[r - grid.top][at] = r === first ? insert.header : null;
    }
    if (insert.headerRows.length > 1) merges.push({ top: first, bottom: insert.headerRows[insert.headerRows.length - 1], left: insert.before, right: insert.before });
  }

  for (const write of [...plan.writes, ...accepted]) {
    const i = write.row - grid.top;
    const j = write.col - grid.left;
    while (values.length <= i) values.push([]);
    while (formulas.length <= i) formulas.push([]);
    values[i][j] = write.value ?? null;
    formulas[i][j] = write.formula ?? null;
  }
  return { ...grid, values: fill(values), formulas: fill(formulas), merges };
}

function insertAt<T>(row: T[], at: number, item: T): T[] {
  if (row.length <= at) return row;
  return [...row.slice(0, at), item, ...row.slice(at)];
}

function fill<T extends CellValue | string | null>(rows: T[][]): T[][] {
  return rows.map((row) => Array.from({ length: row.length }, (_, k) => (row[k] === undefined ? (null as T) : row[k])));
}
