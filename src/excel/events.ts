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
