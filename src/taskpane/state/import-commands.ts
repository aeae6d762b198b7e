/**
 * «Додати файли центрів…» beside «Зведення» (issue 11): each chosen .xlsx file's report sheets
 * copied into the open workbook (centre-files picks and names them; the adapter inserts them with
 * insertWorksheetsFromBase64), one file per request so each stays under Excel on the web's limit.
 * A file that cannot come in is named with the reason and the rest still come in. The first added
 * sheet is then checked, so «Зведення» is one click away. Every added sheet is the add-in's own
 * write, so the import can be undone by deleting exactly those sheets (by id).
 */
import type { SheetGrid } from "../../core";
import { allSheetNames, importSheets, readSheet, removeImportedSheets, runExcel, sheetNames, toFailure, type ExcelHost, type FailureKind } from "../../excel";
import { streamInflate } from "../../preview/inflate";
import { prepareCentreFile, type CentreFile, type Refusal } from "./centre-files";
import type { CommandKit } from "./kit";
import { sheetsLinking } from "./linked-sheets";
import { unchangedSince } from "./unchanged-since";

/** The API set insertWorksheetsFromBase64 came with. */
export const IMPORT_API = "1.13";

export interface ImportOutcome {
  added: { file: string; sheets: string[] }[];
  refused: { file: string; refusal: Refusal | { kind: "already"; sheet: string } | { kind: "excel"; failure: FailureKind; message: string } }[];
  /** `Worksheet.id` of every added sheet: what «Прибрати додані аркуші» deletes. */
  ids: string[];
}

export interface ImportCommands {
  /** This Excel can insert another workbook's sheets. */
  canImport(): boolean;
  importFiles(files: CentreFile[]): Promise<ImportOutcome | null>;
  /**
   * Deletes the sheets an import added that are still there as they came; the others stay. Asks
   * first (answers "linked", deleting nothing) when another sheet's formulas link them, unless `anyway`.
   */
  removeImported(ids: string[], anyway?: boolean): Promise<RemoveOutcome | null>;
}

export type RemoveOutcome =
  | {
      kind: "removed";
      removed: string[];
      /** Added sheets changed since (typed in, rows added): the official's work, so left in place. */
      kept: string[];
    }
  /** Sheets whose formulas link the ones to delete (a «Зведення» of them): they would show #REF!. */
  | { kind: "linked"; linking: string[] };

export function importCommands(host: ExcelHost, kit: CommandKit): ImportCommands {
  // Each added sheet's id and its content as the file held it: what undo compares against.
  const added = new Map<string, SheetGrid>();

  /**
   * The name of a sheet added earlier and still in the workbook whose file held the same as one of
   * these: the same report chosen again (or resent under another name) would be summed twice.
   */
  const alreadyIn = async (grids: SheetGrid[]): Promise<string | null> => {
    for (const [id, earlier] of added) {
      if (!grids.some((grid) => unchangedSince(earlier, grid))) continue;
      const [name] = await runExcel(host, (ctx) => sheetNames(ctx, [id]));
      if (name !== undefined) return name;
    }
    return null;
  };

  return {
    canImport: () => host.isSetSupported("ExcelApi", IMPORT_API),

    importFiles: (files) =>
      kit.run("insert", async () => {
        const outcome: ImportOutcome = { added: [], refused: [], ids: [] };
        const inflate = streamInflate();
        for (const file of files) {
          const prepared = await prepareCentreFile(file, inflate);
          if (!prepared.ok) {
            outcome.refused.push({ file: file.name, refusal: prepared.refusal });
            continue;
          }
          const twice = await alreadyIn(prepared.grids);
          if (twice !== null) {
            outcome.refused.push({ file: file.name, refusal: { kind: "already", sheet: twice } });
            continue;
          }
          try {
            // The first centre's sheet opens; later files leave it open.
            const activate = outcome.added.length === 0;
            const { ids, names } = await runExcel(host, (ctx) => importSheets(ctx, { ...prepared.file, activate }));
            outcome.ids.push(...ids);
            ids.forEach((id, i) => added.set(id, prepared.grids[i]));
            outcome.added.push({ file: file.name, sheets: names });
          } catch (error) {
            // One file Excel would not take (its request too large after all, a sheet it cannot copy): the rest still come.
            const failure = toFailure(error);
            outcome.refused.push({ file: file.name, refusal: { kind: "excel", failure: failure.kind, message: failure.message } });
          }
        }
        const first = outcome.added[0]?.sheets[0];
        if (first) await kit.checkNow(first);
        return outcome;
      }),

    removeImported: (ids, anyway = false) =>
      kit.run("insert", async (): Promise<RemoveOutcome> => {
        const untouched: string[] = [];
        const kept: string[] = [];
        for (const id of ids) {
          const grid = await runExcel(host, (ctx) => readSheet(ctx, id)).catch((error: unknown) => {
            // Deleted by hand meanwhile: nothing left to remove.
            if (toFailure(error).kind === "not-found") return null;
            throw error;
          });
          const imported = added.get(id);
          if (grid === null) continue;
          if (imported && unchangedSince(imported, grid)) untouched.push(id);
          else kept.push(grid.name);
        }
        if (!anyway && untouched.length) {
          const present = new Set(await runExcel(host, allSheetNames));
          const names = await runExcel(host, (ctx) => sheetNames(ctx, untouched));
          const linking = sheetsLinking(names, [...kit.sheets.values()].map((s) => s.grid).filter((g) => present.has(g.name)));
          if (linking.length) return { kind: "linked", linking };
        }
        const removed = untouched.length ? await runExcel(host, (ctx) => removeImportedSheets(ctx, untouched)) : [];
        for (const id of untouched) added.delete(id);
        // The pane showed one of them, perhaps: show the sheet Excel moved to instead.
        await kit.checkNow();
        return { kind: "removed", removed, kept };
      }),
  };
}
