import { SheetView } from "../sheet-view";
import { cellText } from "../value";
import { fold } from "../text";

const YEAR_COLUMN = /(на|за)\s+(\d{4}\s*)?(рік|р\.)|річн/u;
const PART_OF_YEAR = /квартал|\b(і|іі|ііі|іv|1|2|3)\s*кв\.?|півріччя|9\s*місяц|дев\S*\s+місяц|з\s+початку\s+року/u;

/**
 * SPEC `underspend-unexplained` does not apply where the planned column is the year's (`на рік`,
 * `річний`, `на 2023 рік`) and the title says the report covers part of it: used below a year's
 * plan after one quarter is no underspend. Reads the planned column's header (all its rows, the
 * group above included) and the title rows above the header.
 */
export function partOfYearAgainstYearPlan(view: SheetView, headerRow: number, plannedCol: number | undefined): boolean {
  if (plannedCol === undefined) return false;
  let header = "";
  for (let row = Math.max(view.firstRow, headerRow - 3); row <= headerRow; row++) header += ` ${cellText(view.shown(row, plannedCol))}`;
  if (!YEAR_COLUMN.test(fold(header))) return false;
  return PART_OF_YEAR.test(titleOf(view, headerRow));
}

/** The title block: rows above the header holding a single text (merged across, or alone). */
function titleOf(view: SheetView, headerRow: number): string {
  const lines: string[] = [];
  for (let row = view.firstRow; row < headerRow; row++) {
    const texts: string[] = [];
    for (let col = view.firstCol; col <= view.lastCol; col++) {
      if (view.isCovered(row, col)) continue;
      const text = cellText(view.own(row, col));
      if (text) texts.push(text);
    }
    if (texts.length === 1) lines.push(texts[0]);
  }
  return fold(lines.join(" "));
}
