/** `context.workbook` in the fake: its worksheets, settings, defined names, worksheet functions and application over one request context, and sheets inserted from a file. */
import type { XlContext, XlInsertWorksheetOptions } from "../excel/types";
import type { FakeClientResult, FakeRequestContext } from "./context";
import { insertWorksheetsFromBase64 } from "./insert-sheets";
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

  constructor(private readonly ctx: FakeRequestContext) {
    this.application = {
      suspendScreenUpdatingUntilNextSync: () => ctx.enqueue({ request: { call: "application/suspendScreenUpdatingUntilNextSync" }, run: () => undefined }),
    };
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
    this.functions = new FakeFunctions(ctx);
    this.customXmlParts = new FakeCustomXmlPartCollection(ctx);
  }

  /** ExcelApi 1.13: another workbook's sheets copied in (./insert-sheets). */
  insertWorksheetsFromBase64(base64File: string, options?: XlInsertWorksheetOptions): FakeClientResult<string[]> {
    return insertWorksheetsFromBase64(this.ctx, base64File, options);
  }
}
