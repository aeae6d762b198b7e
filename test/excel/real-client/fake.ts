/**
 * The one place the real-client harness imports the fake Excel: when the fake moves (to
 * src/fake-excel), the one import line below is the only line to change.
 *
 * It also holds what the bridge needs of the fake's insides, read from a proxy after its sync
 * without load()ing it (which would queue a command): whether it resolved to a null object, which
 * sheet a worksheet proxy resolved to, which cells a range proxy resolved to (for the one method
 * the real client sends that the fake lacks, getBoundingRect).
 */
import type { Area } from "../../../src/core/address";
import { FakeExcel, FakeExcelError, FakeRequestContext, FakeWorkbook, sheetSnapshot, workbookFromJson, workbookToJson, type FakeSheet, type SyncRecord, type WorkbookJson } from "../../../src/fake-excel";
import { FakeWorkbookApi } from "../../../src/fake-excel/workbook";

export { FakeExcel, FakeExcelError, FakeRequestContext, FakeWorkbook, sheetSnapshot, workbookFromJson, workbookToJson };
export type { SyncRecord, WorkbookJson };

/** A fake request context over `book`, as FakeExcel.run makes one. */
export function fakeContext(book: FakeWorkbook, onSync: (record: SyncRecord) => void): FakeRequestContext {
  return new FakeRequestContext(book, onSync, (ctx) => new FakeWorkbookApi(ctx));
}

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
 * later sync (`worksheets.add()` is otherwise invalid after its sync): the sheet's `Worksheet.id`,
 * a GUID in Excel and in the fake (whose getItem takes it as well as the name).
 */
export function worksheetId(proxy: unknown): string | undefined {
  if (typeof proxy !== "object" || proxy === null || !("target" in proxy) || typeof (proxy as { getUsedRange?: unknown }).getUsedRange !== "function") return undefined;
  const target = (proxy as { target: unknown }).target;
  return typeof target === "object" && target !== null && "id" in target && typeof target.id === "string" && target.id ? target.id : undefined;
}

/** The sheet and cells a fake range proxy resolved to. */
function rangeTarget(proxy: unknown): { sheet: FakeSheet; area: Area } {
  const target = typeof proxy === "object" && proxy !== null && "target" in proxy ? (proxy as { target: unknown }).target : undefined;
  if (typeof target !== "object" || target === null || !("area" in target) || !("sheet" in target)) {
    throw new FakeExcelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  }
  return target as { sheet: FakeSheet; area: Area };
}

/**
 * `range.getBoundingRect(other)`, which the fake lacks: the real client sends it when it splits a
 * write of more than 1,500 cells into chunks, `range.getRow(a).getBoundingRect(range.getRow(b))`.
 * A new fake range over the smallest rectangle holding both, resolved at the sync like any other.
 */
export function boundingRect(context: FakeRequestContext, range: unknown, other: unknown): unknown {
  // A new range of the fake's own range class (FakeRange, not exported by the fake's index).
  const FakeRange = (range as { constructor: new (context: FakeRequestContext, resolve: () => { sheet: FakeSheet; area: Area }) => unknown }).constructor;
  return new FakeRange(context, () => {
    const a = rangeTarget(range);
    const b = rangeTarget(other);
    if (a.sheet !== b.sheet) throw new FakeExcelError("InvalidArgument", "The ranges are on different sheets.");
    return {
      sheet: a.sheet,
      area: { top: Math.min(a.area.top, b.area.top), left: Math.min(a.area.left, b.area.left), bottom: Math.max(a.area.bottom, b.area.bottom), right: Math.max(a.area.right, b.area.right) },
    };
  });
}
