/**
 * The one place the real-client harness imports the fake Excel. When the fake moves (to
 * src/fake-excel), this file's import path is the only line to change.
 *
 * It also holds the two pieces of knowledge about the fake's insides the bridge needs, read from a
 * proxy after its sync without load()ing it (which would queue a command): whether it resolved to
 * a null object, and which sheet a worksheet proxy resolved to.
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

/**
 * The id Excel gives a worksheet in its instantiation result, so the client can find it again in a
 * later sync (`worksheets.add()` is otherwise invalid after its sync). Excel's ids are GUIDs; the
 * fake's id is the sheet's name (its getItem takes either), so that is what the bridge answers.
 */
export function worksheetId(proxy: unknown): string | undefined {
  if (typeof proxy !== "object" || proxy === null || !("target" in proxy) || typeof (proxy as { getUsedRange?: unknown }).getUsedRange !== "function") return undefined;
  const target = (proxy as { target: unknown }).target;
  return typeof target === "object" && target !== null && "name" in target && typeof target.name === "string" ? target.name : undefined;
}
