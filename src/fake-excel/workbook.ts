/** `context.workbook` in the fake: its worksheets, settings and defined names over one request context. */
import type { XlContext } from "../excel/types";
import type { FakeRequestContext } from "./context";
import { FakeNamedItemCollection } from "./names";
import { FakeSettingCollection } from "./settings";
import { FakeWorksheetCollection } from "./worksheet";

export class FakeWorkbookApi implements Readonly<XlContext["workbook"]> {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly names: FakeNamedItemCollection;

  constructor(ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
  }
}
