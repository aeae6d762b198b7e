import { applyEdits, checkSheet, percentFormula, planCompute } from "../../../src/core";
import { fileFormula, isOwnFormula, totalFormula } from "../../../src/core/edits";
import { measure, planGrid, planMeasure, reportGrid } from "../../helpers/sheets";

describe("Compute on an annual plan", () => {
  it("writes a live SUM into every empty total cell, with the engine's value as expected result", () => {
    const grid = planGrid([planMeasure("1.1.1.1", [1, null, 1, null], null), planMeasure("1.1.1.2", [2, 2, 2, 2], 8)]);
    const plan = planCompute(grid, checkSheet(grid));
    expect(plan.writes).toEqual([{ row: 6, col: 10, formula: "=SUM(F6:I6)", value: 2 }]);
    expect(plan.offers).toEqual([]);
  });

  it("offers, never overwrites, a typed total that disagrees with the quarters", () => {
    const grid = planGrid([planMeasure("1.1.1.1", [4, 4, 4, 4], 12)]);
    const plan = planCompute(grid, checkSheet(grid));
    expect(plan.writes).toEqual([]);
    expect(plan.offers).toEqual([{ row: 6, col: 10, cell: "J6", current: 12, write: { row: 6, col: 10, formula: "=SUM(F6:I6)", value: 16 } }]);
    const accepted = applyEdits(grid, plan, plan.offers.map((o) => o.write));
    expect(checkSheet(accepted).findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });

  it("rewrites its own formula, and leaves the user's own formula alone", () => {
    const grid = planGrid([planMeasure("1.1.1.1", [1, 1, 1, 1], 4), planMeasure("1.1.1.2", [1, 1, 1, 1], 4)]);
    grid.formulas = grid.values.map((row) => row.map(() => null));
    grid.formulas[5][9] = "=sum(F6:I6)";
    grid.formulas[6][9] = "=F7+G7+H7+I7";
    const plan = planCompute(grid, checkSheet(grid));
    expect(plan.writes.map((w) => w.row)).toEqual([6]);
  });

  it("skips rows with qualitative or invalid quarters", () => {
    const grid = planGrid([planMeasure("1.1.1.1", ["Постійно", null, null, null], null), planMeasure("1.1.1.2", [1, "1 шт", 1, 1], null)]);
    expect(planCompute(grid, checkSheet(grid)).writes).toEqual([]);
  });
});

describe("Compute on a quarterly report", () => {
  const header = ["№ з/п", "Найменування завдання", "Найменування заходу", "Виконавець", "Показник", "План", "Факт", "% виконання", "Примітка"];

  it("fills the % column with zero-safe live formulas in percent format", () => {
    const grid = reportGrid([["1", "1.1", "1.1.1. Захід", "Відділ", "К-сть", 3, 2, null, "x"], ["1", "1.1", "1.1.2. Захід", "Відділ", "К-сть", "За потребою", 1, null, null]], { header });
    const plan = planCompute(grid, checkSheet(grid));
    expect(plan.insertColumns).toEqual([]);
    expect(plan.writes[0]).toEqual({ row: 6, col: 8, formula: percentFormula(6, 6, 7), value: 2 / 3, numberFormat: "0.0%" });
    expect(plan.writes[1].value).toBe("");
  });

  it("never writes over a percentage the user typed", () => {
    const grid = reportGrid([["1", "1.1", "1.1.1. Захід", "Відділ", "К-сть", 3, 3, 1, null]], { header });
    expect(planCompute(grid, checkSheet(grid)).writes).toEqual([]);
  });

  it("adds the % column next to Факт only when asked, moving the note column right", () => {
    const grid = reportGrid([measure("1.1.1", 4, 2, "Карантин")]);
    const report = checkSheet(grid);
    expect(planCompute(grid, report).insertColumns).toEqual([]);
    const plan = planCompute(grid, report, { addPercentColumn: true });
    expect(plan.insertColumns).toEqual([{ before: 8, header: "% виконання", headerRows: [4], widen: [] }]);
    const after = applyEdits(grid, plan);
    expect(after.values[3].slice(5)).toEqual(["План", "Факт", "% виконання", "Примітка у разі недовиконання плану"]);
    expect(after.values[5].slice(5)).toEqual([4, 2, 0.5, "Карантин"]);
    expect(after.merges).toContainEqual({ top: 5, left: 1, bottom: 5, right: 9 });
    const rechecked = checkSheet(after);
    expect(rechecked.columns).toMatchObject({ plan: 6, fact: 7, percent: 8, note: 9 });
    expect(rechecked.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("formulas that compute what the engine computes", () => {
  const N = (ref: string) => `IF(ISNUMBER(${ref}),${ref},NUMBERVALUE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},",","."),"\u00a0",""),"\u202f",""),".",","))`;

  it("reads quarters stored as text with explicit separators, since SUM would skip them and VALUE reads by locale", () => {
    const grid = planGrid([planMeasure("1.1.1.1", ["7", 1, null, null], null)]);
    const plan = planCompute(grid, checkSheet(grid));
    const formula = `=SUM(${["F6", "G6", "H6", "I6"].map((ref) => `IFERROR(${N(ref)},0)`).join(",")})`;
    expect(plan.writes).toEqual([{ row: 6, col: 10, formula, value: 8 }]);
  });

  it("gives a blank percentage where the engine gives none", () => {
    const filled = `LEN(TRIM(SUBSTITUTE(SUBSTITUTE(G6,"\u00a0",""),"\u202f","")))>0`;
    expect(percentFormula(6, 6, 7)).toBe(`=IFERROR(IF(AND(${filled},${N("F6")}>0,${N("G6")}>=0),${N("G6")}/${N("F6")},""),"")`);
  });

  it("stays within Excel's limits: 8,192 characters, 64 levels of nesting", () => {
    const longest = [percentFormula(1048576, 16383, 16384), totalFormula(1048576, [16381, 16382, 16383, 16384], true)];
    for (const formula of longest) {
      expect(formula.length).toBeLessThan(1000);
      let depth = 0;
      let deepest = 0;
      for (const ch of formula.replace(/"[^"]*"/g, "")) {
        if (ch === "(") deepest = Math.max(deepest, ++depth);
        if (ch === ")") depth--;
      }
      expect(deepest).toBeLessThanOrEqual(8);
    }
  });

  it("writes NUMBERVALUE into a file as _xlfn.NUMBERVALUE, which Excel's API shows without the prefix", () => {
    expect(fileFormula(percentFormula(6, 6, 7))).toBe(percentFormula(6, 6, 7).replace(/NUMBERVALUE\(/g, "_xlfn.NUMBERVALUE("));
    expect(fileFormula("=_xlfn.NUMBERVALUE(A1)")).toBe("=_xlfn.NUMBERVALUE(A1)");
    expect(fileFormula("=SUM(F6:I6)")).toBe("=SUM(F6:I6)");
  });

  // A sheet computed by an earlier version holds VALUE() formulas: they are still Pokaznyk's.
  it("recognises its own formulas as earlier versions wrote them, and as a file spells them", () => {
    const percent = percentFormula(6, 6, 7);
    const total = totalFormula(6, [6, 7, 8, 9], true);
    expect(isOwnFormula('=IFERROR(IF(AND(LEN(G6)>0,VALUE(F6)>0,VALUE(G6)>=0),VALUE(G6)/VALUE(F6),""),"")', percent)).toBe(true);
    expect(isOwnFormula('=IF(AND(ISNUMBER(F6),ISNUMBER(G6),F6>0),G6/F6,"")', percent)).toBe(true);
    expect(isOwnFormula("=SUM(VALUE(0&F6),VALUE(0&G6),VALUE(0&H6),VALUE(0&I6))", total)).toBe(true);
    expect(isOwnFormula(fileFormula(percent).replace(/F6/g, "$F$6"), percent)).toBe(true);
    expect(isOwnFormula(percent.toLowerCase(), percent)).toBe(true);
    // Another row's, or the user's own, are not.
    expect(isOwnFormula('=IFERROR(IF(AND(LEN(G7)>0,VALUE(F7)>0,VALUE(G7)>=0),VALUE(G7)/VALUE(F7),""),"")', percent)).toBe(false);
    expect(isOwnFormula("=SUM(VALUE(F6),VALUE(G6),VALUE(H6),VALUE(I6))", total)).toBe(false);
    expect(isOwnFormula("=G6/F6", percent)).toBe(false);
  });

  it("rewrites a percentage an earlier version wrote with VALUE()", () => {
    const header = ["№ з/п", "Найменування завдання", "Найменування заходу", "Виконавець", "Показник", "План", "Факт", "% виконання", "Примітка"];
    const grid = reportGrid([["1", "1.1", "1.1.1. Захід", "Відділ", "К-сть", 3, 2, 2 / 3, "x"]], { header });
    grid.formulas = grid.values.map((row) => row.map(() => null));
    grid.formulas[5][7] = '=IFERROR(IF(AND(LEN(G6)>0,VALUE(F6)>0,VALUE(G6)>=0),VALUE(G6)/VALUE(F6),""),"")';
    expect(planCompute(grid, checkSheet(grid)).writes).toMatchObject([{ row: 6, col: 8, formula: percentFormula(6, 6, 7) }]);
  });
});

describe("adding the % column under a group title", () => {
  it("widens the group merged over План and Факт to stand over the new column", () => {
    const grid = reportGrid([measure("1.1.1", 4, 4)], {
      header: ["№ з/п", "Найменування завдання", "Найменування заходу", "Виконавець", "Показник", "План", "Факт", "Примітка"],
    });
    grid.values.splice(3, 0, ["№ з/п", "Найменування завдання", "Найменування заходу", "Виконавець", "Показник", "Значення показників", null, "Примітка"]);
    grid.merges = [
      { top: 1, left: 1, bottom: 1, right: 8 },
      { top: 6, left: 1, bottom: 6, right: 8 },
      { top: 4, left: 6, bottom: 4, right: 7 },
      ...[1, 2, 3, 4, 5, 8].map((c) => ({ top: 4, left: c, bottom: 5, right: c })),
    ];
    const report = checkSheet(grid);
    expect(report.headerRow).toBe(5);
    const plan = planCompute(grid, report, { addPercentColumn: true });
    expect(plan.insertColumns[0]).toMatchObject({ before: 8, headerRows: [5], widen: [{ top: 4, left: 6, bottom: 4, right: 7 }] });
    const after = applyEdits(grid, plan);
    expect(after.merges).toContainEqual({ top: 4, left: 6, bottom: 4, right: 8 });
    expect(after.values[4].slice(5, 9)).toEqual(["План", "Факт", "% виконання", "Примітка"]);
    expect(checkSheet(after).columns).toMatchObject({ plan: 6, fact: 7, percent: 8, note: 9 });
  });
});
