/** `context.workbook` in the fake: its worksheets, settings, defined names, worksheet functions and application over one request context. */
import type { XlContext } from "../excel/types";
import type { FakeRequestContext } from "./context";
import { FakeNamedItemCollection } from "./names";
import { FakeSettingCollection } from "./settings";
import { FakeWorksheetCollection } from "./worksheet";
import { FakeFunctions } from "./worksheet-functions";
import { FakeCustomXmlPartCollection } from "./xml-parts";

export class FakeWorkbookApi implements Readonly<XlContext["workbook"]> {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly names: FakeNamedItemCollection;
  readonly functions: FakeFunctions;
  readonly customXmlParts: FakeCustomXmlPartCollection;
  /** ExcelApi 1.9: suspending screen updating changes nothing the fake shows, but goes over the wire. */
  readonly application: { suspendScreenUpdatingUntilNextSync(): void };

  constructor(ctx: FakeRequestContext) {
    this.application = {
      suspendScreenUpdatingUntilNextSync: () => ctx.enqueue({ request: { call: "application/suspendScreenUpdatingUntilNextSync" }, run: () => undefined }),
    };
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
    this.functions = new FakeFunctions(ctx);
    this.customXmlParts = new FakeCustomXmlPartCollection(ctx);
  }
}
