import { SheetGrid, checkSheet, formatFinding, ruleCatalogue, Finding, FindingParams, Lang, RuleId } from "../../src/core";

/**
 * One rule's test table, as typescript-eslint's `tests/rules/*.test.ts`: sheets that must not
 * produce the rule, and sheets that must produce it at given cells with given params, with the
 * words its message shows the official in each language.
 */
export interface RuleTable<R extends RuleId> {
  valid: { name: string; grid: SheetGrid }[];
  invalid: {
    name: string;
    grid: SheetGrid;
    /** Every finding of the rule on the sheet, top-down. */
    findings: { cell: string; params: FindingParams<R> }[];
    /** Text the first finding's message holds, per language: its key values. */
    messages: Record<Lang, string[]>;
  }[];
}

export function ruleTable<R extends RuleId>(rule: R, table: RuleTable<R>): void {
  const findingsOf = (grid: SheetGrid): Finding[] => checkSheet(grid).findings.filter((f) => f.rule === rule);

  describe(rule, () => {
    it.each(table.valid.map((c) => [c.name, c.grid] as const))("not for %s", (_name, grid) => {
      expect(findingsOf(grid)).toEqual([]);
    });

    it.each(table.invalid.map((c) => [c.name, c] as const))("for %s", (_name, c) => {
      const found = findingsOf(c.grid);
      expect(found.map((f) => ({ cell: f.cell, params: f.params }))).toEqual(c.findings);
      expect(found.map((f) => f.severity)).toEqual(c.findings.map(() => ruleCatalogue[rule].severity));
      for (const lang of ["uk", "en"] as const) {
        const message = formatFinding(found[0], lang);
        for (const words of c.messages[lang]) expect(message).toContain(words);
      }
    });
  });
}
