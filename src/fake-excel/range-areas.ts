/** Several areas of one sheet, as getMergedAreas and getSpecialCells return them (RangeAreas). */
import type { Area } from "../core/address";
import type { XlRangeAreas } from "../excel/types";
import { ClientObject, type FakeRequestContext } from "./context";
import { FakeExcelError } from "./error";
import type { FakeCell, FakeSheet } from "./model";
import { columns, fullAddress, rows } from "./range-address";

export class FakeRangeAreas extends ClientObject<{ sheet: FakeSheet; areas: Area[] }> implements XlRangeAreas {
  constructor(ctx: FakeRequestContext, resolve: () => { sheet: FakeSheet; areas: Area[] } | null) {
    super(ctx, "RangeAreas", resolve, true);
  }

  protected read(property: string): unknown {
    const { sheet, areas } = this.live();
    if (property === "address") return areas.map((area) => fullAddress(sheet, area)).join(",");
    if (property === "cellCount") return areas.reduce((n, a) => n + rows(a) * columns(a), 0);
    throw new FakeExcelError("NotImplemented", `The fake RangeAreas cannot load '${property}'.`);
  }

  get address(): string {
    return this.get("address");
  }
}

/** getMergedAreasOrNullObject "will fail to return the result" past this many merged areas (index.d.ts). */
export const MERGED_AREAS_LIMIT = 512;

/**
 * Excel's getMergedAreasOrNullObject: only merges whose top-left cell lies in the range
 * (office-js#3611), and a failed sync, not a null object, past 512 of them. Which error code
 * Excel gives then is not documented; GeneralException is a guess to check on a device.
 */
export function mergedAreas(sheet: FakeSheet, area: Area): Area[] | null {
  const found = sheet.merges.filter((m) => m.top >= area.top && m.top <= area.bottom && m.left >= area.left && m.left <= area.right);
  if (found.length > MERGED_AREAS_LIMIT) {
    throw new FakeExcelError("GeneralException", `getMergedAreasOrNullObject: ${found.length} merged areas in the range, more than ${MERGED_AREAS_LIMIT}.`);
  }
  return found.length ? found : null;
}

/**
 * Excel's getSpecialCellsOrNullObject: the formula or constant cells (only errors or only numbers,
 * if asked; a date is a number) as rectangles.
 */
export function specialCells(sheet: FakeSheet, area: Area, cellType: "Formulas" | "Constants", cellValueType?: "Errors" | "Numbers"): Area[] | null {
  const areas = specialAreas(sheet, area, (cell) => {
    if (!cell) return false;
    const isFormula = !!cell.formula;
    if (cellType === "Formulas" ? !isFormula : isFormula || cell.value === null) return false;
    if (cellValueType === "Numbers") return typeof cell.value === "number";
    return cellValueType !== "Errors" || (typeof cell.value === "object" && cell.value !== null);
  });
  return areas.length ? areas : null;
}

/** Matching cells of an area as rectangles: runs in a row, stacked when rows repeat the same run. */
function specialAreas(sheet: FakeSheet, area: Area, matches: (cell: FakeCell | undefined) => boolean): Area[] {
  const runs: Area[] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    let start = 0;
    for (let c = area.left; c <= area.right + 1; c++) {
      const hit = c <= area.right && matches(sheet.cell(r, c));
      if (hit && !start) start = c;
      if (!hit && start) {
        const previous = runs.find((run) => run.bottom === r - 1 && run.left === start && run.right === c - 1);
        if (previous) previous.bottom = r;
        else runs.push({ top: r, bottom: r, left: start, right: c - 1 });
        start = 0;
      }
    }
  }
  return runs;
}
