/**
 * The one-click fixes write over what the official typed, so they are held to more than Compute:
 * outside their cells nothing changes, every write carries the value it replaces, and the next
 * check reports exactly the findings it had minus those the fix says it removes.
 */
import fc from "fast-check";
import { CellValue, Finding, SheetGrid, applyEdits, checkSheet, planFix } from "../../../src/core";
import type { FixKind } from "../../../src/core";
import { REPORT_HEADER, planGrid, planMeasure, reportGrid } from "../../helpers/sheets";

/** Figures as officials type them: whole numbers and decimals with up to two places. */
const decimal = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100);

const anyValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 60 }),
  decimal(100),
  fc.constantFrom("7", "12,5", " 13 ", "1 234,5", "\u00a05", "0", "За потребою", "3 шт", "", "  ", "-", "Постійно"),
  fc.constant({ error: "#REF!" }),
);

const percentValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  decimal(2),
  fc.integer({ min: 0, max: 150 }),
  fc.constantFrom("виконано", "50 %", "67", "", "-"),
  fc.constant({ error: "#DIV/0!" }),
);

const reportSheet = fc
  .array(fc.tuple(anyValue, anyValue, percentValue, fc.constantFrom(null, "Перенесено", "-"), fc.boolean()), { minLength: 1, maxLength: 10 })
  .map((rows) => {
    const header = [...REPORT_HEADER.slice(0, 7), "% виконання", REPORT_HEADER[7]];
    const grid = reportGrid(
      rows.map(([plan, fact, percent, note], k) => ["1", "1.1", `1.1.${k + 1}. Захід`, "Відділ", "К-сть", plan, fact, percent, note]),
      { header },
    );
    // Some percentages are the official's own formulas.
    grid.formulas = grid.values.map((line, i) => line.map((_, j) => (j === 7 && i >= 5 && rows[i - 5][4] ? `=G${i + 1}/F${i + 1}` : null)));
    return grid;
  });

const planSheet = fc.array(fc.tuple(fc.array(anyValue, { minLength: 4, maxLength: 4 }), anyValue), { minLength: 1, maxLength: 10 }).map((rows) =>
  planGrid(rows.map(([quarters, total], k) => planMeasure(`1.1.1.${k + 1}`, quarters, total))),
);

const key = (f: Finding) => `${f.rule}@${f.cell}@${JSON.stringify(f.params)}`;

function assertFix(grid: SheetGrid, kind: FixKind, mask: boolean[] | null) {
  const before = checkSheet(grid);
  const all = before.findings.map((f) => f.cell);
  const cells = mask && mask.length > 0 ? all.filter((_, k) => mask[k % mask.length]) : undefined;
  const plan = planFix(grid, before, { kind, cells });
  expect(plan.writes).toEqual([]);
  expect(plan.insertColumns).toEqual([]);

  const own = (g: SheetGrid, row: number, col: number) => g.values[row - g.top]?.[col - g.left] ?? null;
  const formulaAt = (g: SheetGrid, row: number, col: number) => g.formulas?.[row - g.top]?.[col - g.left] ?? null;
  // Every write carries the value it replaces, as read: an edge refuses a cell that changed since.
  for (const offer of plan.offers) expect(offer.current).toEqual(own(grid, offer.row, offer.col));

  const after = applyEdits(grid, plan, plan.offers.map((o) => o.write));
  const targets = new Set(plan.offers.map((o) => `${o.row}:${o.col}`));
  grid.values.forEach((line, i) =>
    line.forEach((value, j) => {
      const [row, col] = [grid.top + i, grid.left + j];
      if (targets.has(`${row}:${col}`)) return;
      expect(own(after, row, col)).toEqual(value);
      expect(formulaAt(after, row, col)).toEqual(formulaAt(grid, row, col));
    }),
  );

  // Re-checking removes exactly the findings the fix names, and no finding appears or changes.
  const resolved = new Set(plan.resolves.map((r) => `${r.rule}@${r.cell}`));
  for (const r of plan.resolves) expect(before.findings.some((f) => f.rule === r.rule && f.cell === r.cell)).toBe(true);
  const expected = before.findings.filter((f) => !resolved.has(`${f.rule}@${f.cell}`)).map(key);
  expect(checkSheet(after).findings.map(key)).toEqual(expected);
  if (cells) for (const r of plan.resolves) expect(cells.includes(r.cell) || kind === "numbers-as-text" || kind === "trim-spaces").toBe(true);

  // Run again, the fix has nothing left to do.
  expect(planFix(after, checkSheet(after), { kind, cells }).offers).toEqual([]);
}

const mask = fc.option(fc.array(fc.boolean(), { maxLength: 8 }), { nil: null });

describe("no data loss in the one-click fixes", () => {
  it.each(["numbers-as-text", "trim-spaces", "percent-formula"] as FixKind[])("%s on any report touches only its cells and removes exactly what it says", (kind) => {
    fc.assert(fc.property(reportSheet, mask, (grid, m) => assertFix(grid, kind, m)), { numRuns: 200 });
  });

  it.each(["numbers-as-text", "trim-spaces", "total-formula"] as FixKind[])("%s on any annual plan touches only its cells and removes exactly what it says", (kind) => {
    fc.assert(fc.property(planSheet, mask, (grid, m) => assertFix(grid, kind, m)), { numRuns: 200 });
  });
});
