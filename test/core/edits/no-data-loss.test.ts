import fc from "fast-check";
import { CellValue, applyEdits, checkSheet, planCompute, SheetGrid } from "../../../src/core";
import { REPORT_HEADER, planGrid, planMeasure, reportGrid } from "../../helpers/sheets";

const anyValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 60 }),
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.constantFrom("7", "12,5", "За потребою", "3 шт", "", "  ", "Постійно", "перенесено"),
  fc.constant({ error: "#REF!" }),
);

const reportSheet = fc
  .tuple(fc.array(fc.tuple(anyValue, anyValue, anyValue, anyValue), { minLength: 1, maxLength: 12 }), fc.boolean())
  .map(([rows, withPercent]) => {
    const header = withPercent ? [...REPORT_HEADER.slice(0, 7), "% виконання", REPORT_HEADER[7]] : REPORT_HEADER;
    const measures = rows.map(([plan, fact, percent, note], k) => {
      const base: CellValue[] = ["1", "1.1", `1.1.${k + 1}. Захід`, "Відділ", "К-сть", plan, fact];
      return withPercent ? [...base, percent, note] : [...base, note];
    });
    return reportGrid(measures, { header });
  });

const planSheet = fc.array(fc.tuple(fc.array(anyValue, { minLength: 4, maxLength: 4 }), anyValue), { minLength: 1, maxLength: 12 }).map((rows) =>
  planGrid(rows.map(([quarters, total], k) => planMeasure(`1.1.1.${k + 1}`, quarters, total))),
);

/** Where an original column lands after the plan's column inserts. */
function landing(col: number, inserts: number[]): number {
  let c = col;
  for (const before of inserts) if (c >= before) c++;
  return c;
}

function assertNoDataLoss(grid: SheetGrid, addPercentColumn: boolean, acceptOffers: boolean) {
  const report = checkSheet(grid);
  const plan = planCompute(grid, report, { addPercentColumn });
  const accepted = acceptOffers ? plan.offers.map((o) => o.write) : [];
  const after = applyEdits(grid, plan, accepted);
  const targets = new Set([...plan.writes, ...accepted].map((w) => `${w.row}:${w.col}`));
  const inserts = plan.insertColumns.map((i) => i.before);
  const insertedHeaders = new Set(plan.insertColumns.flatMap((i) => i.headerRows.map((r) => `${r}:${i.before}`)));

  grid.values.forEach((line, i) => {
    line.forEach((value, j) => {
      const row = grid.top + i;
      const col = landing(grid.left + j, inserts);
      const key = `${row}:${col}`;
      if (targets.has(key) || insertedHeaders.has(key)) {
        // Only empty cells, Pokaznyk's own formulas, or offers the user accepted are ever written.
        const wasEmpty = value === null || (typeof value === "string" && value.trim() === "");
        const accepted = plan.offers.some((o) => o.row === row && o.col === col) && acceptOffers;
        expect(wasEmpty || accepted || grid.formulas?.[i]?.[j]).toBeTruthy();
        return;
      }
      expect(after.values[row - after.top][col - after.left]).toEqual(value);
      expect(after.formulas?.[row - after.top]?.[col - after.left] ?? null).toEqual(grid.formulas?.[i]?.[j] ?? null);
    });
  });
}

describe("no data loss", () => {
  it("Compute on any report changes no cell outside its plan, whatever the user answers", () => {
    fc.assert(fc.property(reportSheet, fc.boolean(), fc.boolean(), (grid, add, accept) => assertNoDataLoss(grid, add, accept)), { numRuns: 300 });
  });

  it("Compute on any annual plan changes no cell outside its plan, whatever the user answers", () => {
    fc.assert(fc.property(planSheet, fc.boolean(), (grid, accept) => assertNoDataLoss(grid, false, accept)), { numRuns: 300 });
  });
});
