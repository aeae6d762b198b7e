import { CellValue, SheetGrid, applyEdits, checkSheet, planFix } from "../../../src/core";
import type { Fix } from "../../../src/core";
import { verdictOf } from "../../../src/core/verdict";
import { REPORT_HEADER, measure, planGrid, planMeasure, reportGrid } from "../../helpers/sheets";

/** Carries out a fix as the edges do: every offer accepted. */
function fixed(grid: SheetGrid, fix: Fix) {
  const before = checkSheet(grid);
  const plan = planFix(grid, before, fix);
  const after = applyEdits(grid, plan, plan.offers.map((o) => o.write));
  return { before, plan, after, report: checkSheet(after) };
}

const at = (grid: SheetGrid, cell: string) => {
  const row = Number(cell.slice(1));
  const col = cell.charCodeAt(0) - 64;
  return { value: grid.values[row - 1][col - 1], formula: grid.formulas?.[row - 1]?.[col - 1] ?? null };
};

const PERCENT_HEADER = [...REPORT_HEADER.slice(0, 7), "% виконання", REPORT_HEADER[7]];
const withPercent = (rows: CellValue[][]) => reportGrid(rows.map((r) => [...r.slice(0, 7), r[8] ?? null, r[7] ?? null]), { header: PERCENT_HEADER });
const pRow = (n: string, plan: CellValue, fact: CellValue, percent: CellValue, note: CellValue = "x") => [...measure(n, plan, fact, note), percent];

describe("convert numbers stored as text", () => {
  const pasted = reportGrid([measure("1.1.1", "1 234,5", "1 000"), measure("1.1.2", "7", " 7 "), measure("1.1.3", 3, "3")]);

  it("turns every one into the number it reads as, and the next check has no such tips and the same verdict", () => {
    const { before, plan, after, report } = fixed(pasted, { kind: "numbers-as-text" });
    expect(plan.offers.map((o) => [o.cell, o.current, o.write.value])).toEqual([
      ["F6", "1 234,5", 1234.5],
      ["G6", "1 000", 1000],
      ["F7", "7", 7],
      ["G7", " 7 ", 7],
      ["G8", "3", 3],
    ]);
    expect(plan.writes).toEqual([]);
    expect(plan.offers.every((o) => o.write.numberFormat === "General" && o.write.formula === undefined)).toBe(true);
    expect(at(after, "F6").value).toBe(1234.5);
    expect(report.findings.filter((f) => f.rule === "number-as-text")).toEqual([]);
    expect(report.findings).toEqual(before.findings.filter((f) => f.rule !== "number-as-text"));
    expect(verdictOf([report]).verdict).toBe(verdictOf([before]).verdict);
    expect(plan.resolves).toHaveLength(5);
  });

  it("converts only a group's or a column's cells when asked", () => {
    const { plan, report } = fixed(pasted, { kind: "numbers-as-text", cells: ["F6", "F7", "F8"] });
    expect(plan.offers.map((o) => o.cell)).toEqual(["F6", "F7"]);
    expect(report.findings.filter((f) => f.rule === "number-as-text").map((f) => f.cell)).toEqual(["G6", "G7", "G8"]);
  });

  it("trims only the numbers with stray spaces around them", () => {
    const { plan, report } = fixed(pasted, { kind: "trim-spaces" });
    expect(plan.offers.map((o) => [o.cell, o.write.value])).toEqual([["G7", 7]]);
    expect(report.findings.filter((f) => f.rule === "number-as-text").map((f) => f.cell)).toEqual(["F6", "G6", "F7", "G8"]);
  });

  it("writes a plan merged down over two rows once, in its top cell", () => {
    const grid = reportGrid([measure("1.1.1", "4", 4), measure("1.1.1", null, 4)], { merges: [{ top: 6, left: 6, bottom: 7, right: 6 }] });
    const { plan, report } = fixed(grid, { kind: "numbers-as-text", cells: ["F7"] });
    expect(plan.offers.map((o) => o.cell)).toEqual(["F6"]);
    expect(plan.resolves.map((r) => r.cell)).toEqual(["F6", "F7"]);
    expect(report.findings.filter((f) => f.rule === "number-as-text")).toEqual([]);
  });
});

describe("replace a typed % виконання with the live formula", () => {
  const grid = withPercent([
    pRow("1.1.1", 4, 2, 0.8), // a mismatch
    pRow("1.1.2", 0, 2, { error: "#DIV/0!" }), // the official's own formula over a zero plan
    pRow("1.1.3", 4, 4, 1), // typed, agrees: becomes live
    pRow("1.1.4", "За потребою", 2, "виконано"), // text: flagged
    pRow("1.1.5", 5, 5, 1), // the official's own formula that agrees: stays
    pRow("1.1.6", "Постійно", 1, 100), // typed where no percentage is computed: not flagged, stays
  ]);
  grid.formulas = grid.values.map((r, i) => r.map((_, j) => (j === 7 && (i === 6 || i === 9) ? `=G${i + 1}/F${i + 1}` : null)));

  it("replaces the flagged and the typed ones, and leaves the official's agreeing formula and unflagged values", () => {
    const { plan, after, report } = fixed(grid, { kind: "percent-formula" });
    expect(plan.offers.map((o) => [o.cell, o.current])).toEqual([["H6", 0.8], ["H7", { error: "#DIV/0!" }], ["H8", 1], ["H9", "виконано"]]);
    expect(plan.offers.every((o) => o.write.formula === `=IFERROR(IF(AND(LEN(G${o.row})>0,VALUE(F${o.row})>0,VALUE(G${o.row})>=0),VALUE(G${o.row})/VALUE(F${o.row}),""),"")`)).toBe(true);
    expect(at(after, "H6").value).toBe(0.5);
    expect(at(after, "H10")).toEqual({ value: 1, formula: "=G10/F10" });
    expect(at(after, "H11").value).toBe(100);
    expect(report.findings.filter((f) => f.rule.startsWith("percent-"))).toEqual([]);
    expect(plan.resolves.map((r) => `${r.cell}:${r.rule}`)).toEqual(["H6:percent-mismatch", "H7:percent-invalid", "H9:percent-invalid"]);
  });

  it("replaces only the asked cells", () => {
    const { plan } = fixed(grid, { kind: "percent-formula", cells: ["H6"] });
    expect(plan.offers.map((o) => o.cell)).toEqual(["H6"]);
  });
});

describe("replace a typed total with the sum formula", () => {
  it("replaces mismatched, wordy and typed totals, a total typed as text with its tip", () => {
    const grid = planGrid([
      planMeasure("1.1.1.1", [1, 1, 1, 1], 5),
      planMeasure("1.1.1.2", [1, 1, null, null], 2),
      planMeasure("1.1.1.3", [2, 2, 2, 2], "8"),
      planMeasure("1.1.1.4", [2, 2, 2, 2], "Постійно"),
      planMeasure("1.1.1.5", ["За потребою", null, null, null], "За потребою"),
    ]);
    const { plan, report } = fixed(grid, { kind: "total-formula" });
    expect(plan.offers.map((o) => [o.cell, o.current, o.write.formula, o.write.value])).toEqual([
      ["J6", 5, "=SUM(F6:I6)", 4],
      ["J7", 2, "=SUM(F7:I7)", 2],
      ["J8", "8", "=SUM(F8:I8)", 8],
      ["J9", "Постійно", "=SUM(F9:I9)", 8],
    ]);
    expect(plan.resolves.map((r) => `${r.cell}:${r.rule}`)).toEqual(["J6:total-mismatch", "J8:number-as-text", "J9:total-missing"]);
    expect(report.findings).toEqual([]);
  });
});
