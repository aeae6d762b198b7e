/** `context.workbook` in the fake: its worksheets, settings, defined names and worksheet functions over one request context. */
import type { XlContext } from "../excel/types";
import type { FakeRequestContext } from "./context";
import { FakeNamedItemCollection } from "./names";
import { FakeSettingCollection } from "./settings";
import { FakeWorksheetCollection } from "./worksheet";
import { FakeFunctions } from "./worksheet-functions";

export class FakeWorkbookApi implements Readonly<XlContext["workbook"]> {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly names: FakeNamedItemCollection;
  readonly functions: FakeFunctions;

  constructor(ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
    this.functions = new FakeFunctions(ctx);
  }
}
