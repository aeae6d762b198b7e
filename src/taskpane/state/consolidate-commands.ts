/**
 * «Зведення» in the pane (issue 11): the centres' sheets of one form in the open workbook (pasted
 * or imported by the office) consolidated by the engine (core consolidateSheets) into a new
 * summary sheet, inserted as a template is, then checked. The summary links the centres' own
 * sheets, so nothing is copied; what happened is the command's answer, said by the button's box.
 */
import { checkSheet, completeDetails, consolidateSheets, partialList } from "../../core";
import type { Consolidated } from "../../core";
import { insertBuiltTemplate, readWorkbookForCheck, runExcel, type ExcelHost } from "../../excel";
import type { CommandKit, PaneStateAccess } from "./kit";

export type ConsolidateOutcome =
  | { kind: "made"; sheet: string; centres: number; measures: number; partial: number }
  | { kind: "too-few"; found: number };

export interface ConsolidateCommands {
  consolidate(): Promise<ConsolidateOutcome | null>;
}

export function consolidateCommands(host: ExcelHost, { getState }: PaneStateAccess, kit: CommandKit): ConsolidateCommands {
  return {
    async consolidate() {
      return kit.run("insert", async (): Promise<ConsolidateOutcome> => {
        // The sheets as they are now: their figures are what the summary adds up.
        const read = await runExcel(host, (ctx) => readWorkbookForCheck(ctx));
        const sheets = read.sheets.map(({ grid, options }) => ({ grid, report: checkSheet(grid, options) }));
        const { responsible } = completeDetails(getState().details, new Date());
        const supports = (version: string) => host.isSetSupported("ExcelApi", version);
        let made: Consolidated | null = null;
        const inserted = await runExcel(host, (ctx) =>
          insertBuiltTemplate(
            ctx,
            (existing, serial) => {
              made = consolidateSheets(sheets, { responsible, existing, serial });
              return made.ok ? made.sheet : null;
            },
            { supports },
          ),
        );
        const result = made as Consolidated | null;
        if (!inserted || !result?.ok) return { kind: "too-few", found: result && !result.ok ? result.found : 0 };
        await kit.checkNow(inserted.sheet);
        const { consolidation } = result;
        return { kind: "made", sheet: inserted.sheet, centres: consolidation.centres.length, measures: consolidation.lines.length, partial: partialList(consolidation).rows.length };
      });
    },
  };
}
