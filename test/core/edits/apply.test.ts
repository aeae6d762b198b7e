import { applyEdits, type EditPlan } from "../../../src/core";
import { measure, reportGrid } from "../../helpers/sheets";

describe("applyEdits: a column insert as Excel does it", () => {
  const plan: EditPlan = { sheet: "Звіт", insertColumns: [{ before: 8, header: "% виконання", headerRows: [4], widen: [] }], writes: [], offers: [] };

  it("moves the sheet's formulas with their cells and their references with the cells they point at", () => {
    const grid = reportGrid([measure("1.1.1", 4, 2, null)]);
    grid.formulas = grid.values.map((row) => row.map(() => null));
    grid.formulas[5][7] = '=IF(G6<F6,"нижче плану: "&H7,"")';
    grid.formulas[5][0] = "=COUNTA(H:H)+'Звіт'!$H$6+Інший!H6";
    const after = applyEdits(grid, plan);
    expect(after.formulas?.[5][8]).toBe('=IF(G6<F6,"нижче плану: "&I7,"")');
    expect(after.formulas?.[5][7]).toBeNull();
    expect(after.formulas?.[5][0]).toBe("=COUNTA(I:I)+'Звіт'!$I$6+Інший!H6");
  });
});
