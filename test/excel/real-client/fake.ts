/**
 * The one place the real-client harness imports the fake Excel. When the fake moves (to
 * src/fake-excel), this file's import path is the only line to change.
 *
 * It also holds the one piece of knowledge about the fake's insides the bridge needs: whether a
 * fake proxy resolved to a null object, without load()ing it (which would queue a command).
 */
export { FakeExcel, FakeExcelError, FakeRequestContext, FakeWorkbook, sheetSnapshot } from "../../../src/excel/fake";
export type { SyncRecord, WorkbookJson } from "../../../src/excel/fake";

/**
 * True when a fake proxy (a range, a sheet, a setting, merged or special areas…) resolved to
 * nothing at its sync: an `…OrNullObject` that found nothing. The fake keeps the resolved target
 * in a `target` field, `null` for a null object; objects without one (format, fill…) are never null.
 */
export function isNullTarget(proxy: unknown): boolean {
  return typeof proxy === "object" && proxy !== null && "target" in proxy && (proxy as { target: unknown }).target === null;
}
