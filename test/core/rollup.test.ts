import { splitExecutors } from "../../src/core/executors";
import { check, measure, planGrid, planMeasure, reportGrid } from "../helpers/sheets";
import type { CellValue, SheetReport } from "../../src/core";

/** A report measure with this executor cell. */
const by = (n: string, executor: string, plan: CellValue = 2, fact: CellValue = 2) => ["1", "1.1", `${n}. Захід`, executor, "К-сть", plan, fact, "x"];
const names = (report: SheetReport) => report.rollup.executors.map((e) => [e.executor, e.tally.measures]);

describe("one definition of numeric and qualitative targets", () => {
  it("a plan's numeric measures are exactly those with a total, beside the qualitative ones and those without a target", () => {
    const report = check(
      planGrid([
        planMeasure("1.1.1.1", [1, 1, 1, 1], 4),
        planMeasure("1.1.1.2", [2, "Постійно", 2, 2], null),
        planMeasure("1.1.1.3", ["За потребою", null, null, null], null),
        planMeasure("1.1.1.4", [null, null, null, null], null),
        planMeasure("1.1.1.5", ["3", null, "-", null], 3),
      ]),
    );
    const { sheet } = report.rollup;
    const withTotal = report.measures.filter((m) => m.total !== null).length;
    // The trial saw «з числовими показниками: 32» beside «кількісні: 33»: one row with a word among numbers.
    expect(sheet.numeric).toBe(withTotal);
    expect(sheet).toMatchObject({ measures: 5, numeric: 2, qualitative: 1 });
    expect(sheet.measures - sheet.numeric - sheet.qualitative).toBe(2);
  });

  it("a report's numeric measures are those with a numeric plan, whether or not a fact gives a percentage yet", () => {
    const report = check(reportGrid([measure("1.1.1", 4, 2, "x"), measure("1.1.2", 3, null), measure("1.1.3", "За потребою", 1), measure("1.1.4", null, null)]));
    expect(report.rollup.sheet).toMatchObject({ measures: 4, numeric: 2, qualitative: 1, execution: 50 });
    for (const s of report.rollup.sections) expect(s.tally.numeric + s.tally.qualitative).toBeLessThanOrEqual(s.tally.measures);
  });
});

describe("executors", () => {
  it("splits a cell that lists several, keeping commas inside one name", () => {
    expect(splitExecutors("Директор центру, заступник директора центру, відділ правопросвітництва").map((e) => e.name)).toEqual([
      "Директор центру",
      "Заступник директора центру",
      "Відділ правопросвітництва",
    ]);
    expect(splitExecutors("Міський центр соціальних служб для дітей, сім’ї та молоді, служба у справах дітей").map((e) => e.name)).toEqual([
      "Міський центр соціальних служб для дітей, сім’ї та молоді",
      "Служба у справах дітей",
    ]);
    expect(splitExecutors("Управління освіти; ЦНАП\nРубіжанська міська рада (за згодою).").map((e) => e.name)).toEqual(["Управління освіти", "ЦНАП", "Рубіжанська міська рада"]);
  });

  it("reads «Відділи «А», «Б»» as two units, named as each is named alone", () => {
    const [a, b] = splitExecutors("Відділи «Бахмутське бюро правової допомоги», «Лиманське бюро правової допомоги»");
    expect([a.name, b.name]).toEqual(["Відділ «Бахмутське бюро правової допомоги»", "Відділ «Лиманське бюро правової допомоги»"]);
    expect(b.key).toBe(splitExecutors("«Лиманське бюро правової допомоги»")[0].key);
  });

  it("counts a measure under each executor its cell lists, most measures first", () => {
    const report = check(reportGrid([by("1.1.1", "Відділ освіти"), by("1.1.2", "Директор, відділ освіти"), by("1.1.3", "Директор;Відділ освіти")]));
    expect(names(report)).toEqual([["Відділ освіти", 3], ["Директор", 2]]);
  });

  it("folds executors with one measure into «інші» when the list runs long, counting each measure once", () => {
    const rows = [
      by("1.1.1", "Відділ освіти", 4, 2),
      by("1.1.2", "Відділ освіти"),
      ...["Бюро А", "Бюро Б", "Бюро В", "Бюро Г", "Бюро Д"].map((e, k) => by(`1.1.${k + 3}`, e)),
      by("1.1.8", "Бюро Е, бюро Ж"),
    ];
    const report = check(reportGrid(rows));
    const [first, others] = report.rollup.executors;
    expect([first.executor, first.tally.measures, first.tally.partial]).toEqual(["Відділ освіти", 2, 1]);
    expect(report.rollup.executors).toHaveLength(2);
    expect(others.others).toEqual(["Бюро А", "Бюро Б", "Бюро В", "Бюро Г", "Бюро Д", "Бюро Е", "Бюро Ж"]);
    expect(others.tally.measures).toBe(6);
  });

  it("keeps a short list whole", () => {
    const report = check(reportGrid([by("1.1.1", "Відділ освіти"), by("1.1.2", "Директор"), by("1.1.3", "Бюро А")]));
    expect(names(report)).toEqual([["Відділ освіти", 1], ["Директор", 1], ["Бюро А", 1]]);
    expect(report.rollup.executors.some((e) => e.others)).toBe(false);
  });
});
