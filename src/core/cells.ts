import { CellValue } from "./grid";
import { SheetView } from "./sheet-view";

/**
 * The value a value cell holds for its row. A plan merged down over two rows is shared by both;
 * a wording merged across the quarter columns belongs to its first cell only.
 */
export function valueFor(view: SheetView, row: number, col: number): CellValue {
  const area = view.mergeAt(row, col);
  if (!area || (area.top === row && area.left === col)) return view.own(row, col);
  return area.left === area.right ? view.own(area.top, area.left) : null;
}
