/**
 * Defined names in the fake (a template's form marker is one): the workbook's (`workbook.names`)
 * and each sheet's own (`worksheet.names`, ExcelApi 1.4), checked as Excel checks a new name.
 */
import { sameSheet } from "../core/address";
import type { XlNamedItem, XlNamedItemCollection } from "../excel/types";
import type { FakeRequestContext } from "./context";
import { FakeExcelError } from "./error";
import type { FakeName } from "./model";

/** Excel's rules for a defined name: a letter, _ or \ first, then letters, digits, _ and dots. */
const NAME_RULE = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

export class FakeNamedItemCollection implements XlNamedItemCollection {
  private loadedItems: XlNamedItem[] | null = null;

  /** `scope` names the sheet (at sync time) whose own names these are; none for the workbook's. */
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly scope?: () => string,
  ) {}

  private inScope(name: FakeName, sheet: string | undefined): boolean {
    return sheet === undefined ? name.sheet === undefined : name.sheet !== undefined && sameSheet(name.sheet, sheet);
  }

  add(name: string, reference: string, comment?: string): XlNamedItem {
    const formula = reference.startsWith("=") ? reference : `=${reference}`;
    this.ctx.enqueue({
      request: { call: "names/add", name, reference, comment },
      run: () => {
        const book = this.ctx.book;
        const sheet = this.scope?.();
        if (!NAME_RULE.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw new FakeExcelError("InvalidArgument", `The name "${name}" is not valid.`);
        // The same name may stand once in the workbook and once in each sheet.
        if (book.names.some((n) => this.inScope(n, sheet) && n.name.toLowerCase() === name.toLowerCase())) {
          throw new FakeExcelError("ItemAlreadyExists", `The name "${name}" already exists.`);
        }
        book.names.push({ name, formula, ...(sheet === undefined ? {} : { sheet }) });
      },
      writes: true,
    });
    return { name, formula };
  }

  load(): this {
    this.ctx.enqueue({
      request: { load: this.scope ? "worksheet/names/items" : "names/items" },
      run: () => {
        const sheet = this.scope?.();
        this.loadedItems = this.ctx.book.names.filter((n) => this.inScope(n, sheet)).map((n) => ({ name: n.name, formula: n.formula }));
        return this.loadedItems;
      },
    });
    return this;
  }

  get items(): XlNamedItem[] {
    if (!this.loadedItems) throw new FakeExcelError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.loadedItems;
  }
}
