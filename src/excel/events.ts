import { runExcel } from "./run";
import type { ExcelHost, XlContext } from "./types";

/**
 * Calls `listener` whenever another worksheet becomes the active one (worksheets.onActivated,
 * ExcelApi 1.7, within the manifest's 1.13). Resolves to the function that removes the handler.
 * The listener gets no name: Excel's event carries only the sheet's id, and the pane reads the
 * active sheet's name itself (activeSheetName) when it needs it.
 */
export async function watchActiveSheet(host: ExcelHost, listener: () => void): Promise<() => Promise<void>> {
  const result = await runExcel(host, async (ctx) => {
    const handler = ctx.workbook.worksheets.onActivated.add(async () => listener());
    await ctx.sync();
    return handler;
  });
  return async () => {
    // The removal must go through the context the handler was added in; the handler stops at once.
    result.remove();
    await result.context.sync();
  };
}

/** The active sheet's name: one sync. */
export async function activeSheetName(context: XlContext): Promise<string> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  await context.sync();
  return sheet.name;
}

/**
 * Calls `listener` with the sheet's id whenever data in a sheet's cells changes (worksheets.
 * onChanged, ExcelApi 1.9): the user typed, pasted or cleared. Changes this add-in made itself
 * (`triggerSource` "ThisLocalAddin", ExcelApi 1.14) are left out, and `known` is true: the
 * change is surely the user's. On an Excel without triggerSource `known` is false and the pane
 * tells its own writes apart by itself (it re-checks after writing).
 */
export async function watchSheetChanges(host: ExcelHost, listener: (worksheetId: string, known: boolean) => void): Promise<() => Promise<void>> {
  const result = await runExcel(host, async (ctx) => {
    const handler = ctx.workbook.worksheets.onChanged.add(async (args) => {
      if (args.triggerSource !== "ThisLocalAddin") listener(args.worksheetId, args.triggerSource !== undefined);
    });
    await ctx.sync();
    return handler;
  });
  return async () => {
    result.remove();
    await result.context.sync();
  };
}

/** The names of sheets given by id (an event's worksheetId); a sheet deleted since is left out. */
export async function sheetNames(context: XlContext, ids: readonly string[]): Promise<string[]> {
  const sheets = ids.map((id) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(id);
    sheet.load("name");
    return sheet;
  });
  await context.sync();
  return sheets.filter((s) => !s.isNullObject).map((s) => s.name);
}
