/**
 * `workbook.functions` in the fake (ExcelApi 1.2): worksheet functions Excel evaluates for an
 * add-in. Only DATE, which the adapter asks to learn the workbook's date system.
 */
import type { XlFunctionResult, XlFunctions } from "../excel/types";
import { ClientObject, type FakeRequestContext } from "./context";
import { FakeExcelError } from "./error";

const MS_PER_DAY = 24 * 3600 * 1000;

/**
 * Excel's DATE: the serial of a day in the 1900 date system (1 = 1.1.1900, with Excel's phantom
 * 29.2.1900, so days from 1 March 1900 on count from 30.12.1899) or in the 1904 one (0 = 1.1.1904).
 * Years 0…1899 are taken as 1900 + year, as Excel does.
 */
export function dateSerial(year: number, month: number, day: number, date1904: boolean): number {
  const y = year < 1900 ? year + 1900 : year;
  const ms = Date.UTC(y, month - 1, day);
  if (date1904) return Math.round((ms - Date.UTC(1904, 0, 1)) / MS_PER_DAY);
  const serial = Math.round((ms - Date.UTC(1899, 11, 30)) / MS_PER_DAY);
  return serial < 61 ? serial - 1 : serial;
}

class FakeFunctionResult extends ClientObject<{ value: number }> implements XlFunctionResult<number> {
  constructor(ctx: FakeRequestContext, resolve: () => { value: number }) {
    super(ctx, "FunctionResult", resolve);
  }

  protected read(property: string): unknown {
    if (property === "value") return this.live().value;
    if (property === "error") return undefined;
    throw new FakeExcelError("NotImplemented", `The fake FunctionResult cannot load '${property}'.`);
  }

  get value(): number {
    return this.get("value");
  }
}

export class FakeFunctions implements XlFunctions {
  constructor(private readonly ctx: FakeRequestContext) {}

  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.ctx, () => ({ value: dateSerial(year, month, day, this.ctx.book.date1904) }));
  }
}
