/**
 * No data loss for the one-click fixes, as a property, through the real adapter on the fake
 * Excel: for random report sheets (numbers, numbers stored as text with commas and stray spaces,
 * words, errors, the user's formulas, looks) and a random fix over all cells or a random group, a
 * fix changes only the cells its plan names, each from text holding a number to that same number
 * (its format set to General so Excel keeps it a number, every other look kept); every other
 * cell keeps its value, formula and look.
 */
import fc from "fast-check";
import { checkSheet, planFix, type CellValue, type FixKind } from "../../src/core";
import { readSheetForCheck, runExcel, writeEditPlan } from "../../src/excel";
import { FakeExcel, type FakeCell, type FakeStyle, type WorkbookJson } from "../../src/fake-excel";
import { recalculate } from "../../src/fake-excel/calc";
import { REPORT_HEADER, reportGrid } from "../helpers/sheets";

const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 60 }),
  fc.constantFrom("7", " 12 ", "12,5", "3 ", " 40", "0", "За потребою", "3 шт", "", "  ", "перенесено"),
  fc.constant({ error: "#REF!" }),
);

const STYLES: FakeStyle[] = [{ fill: { color: "#FFFF00", pattern: "Solid" } }, { font: { bold: true, color: "#C00000" } }, { numFmt: "@" }, { numFmt: "0.00", align: { horizontal: "right" } }];

interface Case {
  json: WorkbookJson;
  kind: FixKind;
  /** Indexes into the findings of the rule: a group; null for every cell. */
  pick: number[] | null;
}

const cases: fc.Arbitrary<Case> = fc
  .record({
    rows: fc.array(fc.tuple(value, value, fc.boolean()), { minLength: 1, maxLength: 12 }),
    styled: fc.array(fc.tuple(fc.nat(18), fc.nat(8), fc.nat(STYLES.length - 1)), { maxLength: 20 }),
    kind: fc.constantFrom<FixKind>("numbers-as-text", "trim-spaces"),
    pick: fc.option(fc.array(fc.nat(4), { minLength: 1, maxLength: 4 }), { freq: 2 }),
  })
  .map(({ rows, styled, kind, pick }) => {
    const grid = reportGrid(rows.map(([plan, fact], k) => ["1", "1.1", `1.1.${k + 1}. Захід`, "Відділ", "К-сть", plan, fact, null]), { header: REPORT_HEADER });
    const styles = new Map(styled.map(([r, c, s]) => [`${r + 1},${c + 1}`, s]));
    const cells: WorkbookJson["sheets"][number]["cells"] = [];
    grid.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const r = i + 1;
        const c = j + 1;
        // A user's formula in the fact column of some rows: a fix must never touch one.
        const f = c === 7 && i >= 5 && rows[i - 5]?.[2] ? `=F${r}*1` : undefined;
        const s = styles.get(`${r},${c}`);
        if ((v === null || v === undefined) && !f && s === undefined) return;
        cells.push({ r, c, ...(v !== null && v !== undefined && !f ? { v: v as never } : {}), ...(f ? { f } : {}), ...(s !== undefined ? { s } : {}) });
      }),
    );
    return { json: { sheets: [{ name: "Звіт", cells, styles: STYLES, merges: [] }] }, kind, pick };
  });

function snapshot(excel: FakeExcel): Map<string, FakeCell> {
  const out = new Map<string, FakeCell>();
  for (const [k, cell] of excel.book.sheets[0].entries()) out.set(k, JSON.parse(JSON.stringify(cell)));
  return out;
}

/** The number a text holds, as an official means it: spaces around and inside ignored, a decimal comma. */
const numberIn = (text: string) => Number(text.replace(/\s/g, "").replace(",", "."));

describe("no data loss: one-click fixes", () => {
  it("change only the cells they name, each from a text number to that number", async () => {
    let fixedSome = 0;
    await fc.assert(
      fc.asyncProperty(cases, async ({ json, kind, pick }) => {
        const excel = FakeExcel.fromJson(json);
        recalculate(excel.book);
        const before = snapshot(excel);
        const { grid, options } = await runExcel(excel, (ctx) => readSheetForCheck(ctx));
        const report = checkSheet(grid, options);
        const texts = report.findings.filter((f) => f.rule === "number-as-text").map((f) => f.cell);
        const cells = pick ? [...new Set(pick.filter((k) => k < texts.length).map((k) => texts[k]))] : undefined;
        const plan = planFix(grid, report, { kind, cells });
        expect(plan.writes).toEqual([]);
        expect(plan.insertColumns).toEqual([]);
        if (cells) for (const offer of plan.offers) expect(cells).toContain(offer.cell);
        await runExcel(excel, (ctx) => writeEditPlan(ctx, plan, { accepted: plan.offers, read: grid }));
        const after = snapshot(excel);
        const named = new Set(plan.offers.map((o) => `${o.row},${o.col}`));
        if (named.size) fixedSome++;
        for (const k of new Set([...before.keys(), ...after.keys()])) {
          const was = before.get(k);
          const now = after.get(k);
          if (!named.has(k)) {
            // Untouched: the same value, formula and look (a cell the fake never had stays absent or
            // blank). A formula keeps its text; its result follows the cells it reads, as in Excel.
            if (was?.formula) expect({ ...now, value: null }).toEqual({ ...was, value: null });
            else expect(now ?? { value: null }).toEqual(was ?? { value: null });
            continue;
          }
          expect(typeof was?.value).toBe("string");
          const text = was!.value as string;
          if (kind === "trim-spaces") expect(text).not.toBe(text.trim());
          expect(now?.value).toBe(numberIn(text));
          expect(now?.formula).toBeUndefined();
          const withoutFormat = (style: FakeStyle | undefined) => ({ ...style, numFmt: undefined });
          expect(withoutFormat(now!.style)).toEqual(withoutFormat(was!.style));
          expect(now?.style?.numFmt).toBeUndefined();
        }
      }),
      { numRuns: 100 },
    );
    // The property is not vacuous: most runs had something to fix.
    expect(fixedSome).toBeGreaterThan(25);
  });
});
