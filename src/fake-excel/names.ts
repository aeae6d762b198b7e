/** The workbook's defined names in the fake (a template's form marker is one), checked as Excel checks a new name. */
import type { XlNamedItem, XlNamedItemCollection } from "../excel/types";
import type { FakeRequestContext } from "./context";
import { FakeExcelError } from "./error";

/** Excel's rules for a defined name: a letter, _ or \ first, then letters, digits, _ and dots. */
const NAME_RULE = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

export class FakeNamedItemCollection implements XlNamedItemCollection {
  private loadedItems: XlNamedItem[] | null = null;

  constructor(private readonly ctx: FakeRequestContext) {}

  add(name: string, reference: string, comment?: string): XlNamedItem {
    const formula = reference.startsWith("=") ? reference : `=${reference}`;
    this.ctx.enqueue({
      request: { call: "names/add", name, reference, comment },
      run: () => {
        const book = this.ctx.book;
        if (!NAME_RULE.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw new FakeExcelError("InvalidArgument", `The name "${name}" is not valid.`);
        if (book.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new FakeExcelError("ItemAlreadyExists", `The name "${name}" already exists.`);
        book.names.push({ name, formula });
      },
      writes: true,
    });
    return { name, formula };
  }

  load(): this {
    this.ctx.enqueue({
      request: { load: "names/items" },
      run: () => {
        this.loadedItems = this.ctx.book.names.map((n) => ({ ...n }));
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
