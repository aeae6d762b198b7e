/**
 * `workbook.functions` in the fake (ExcelApi 1.2): worksheet functions Excel evaluates for an
 * add-in. Only DATE, which the adapter asks to learn the workbook's date system.
 */
import type { XlFunctionResult, XlFunctions } from "../excel/types";
import { ClientObject, type FakeRequestContext } from "./context";
import { FakeExcelError } from "./error";
import { dateSerial } from "./locale";

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
