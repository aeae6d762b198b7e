/** The fake's workbook settings (Office's document settings as the Excel API has them). */
import type { XlSetting, XlSettingCollection, XlValue } from "../excel/types";
import { ClientObject, type FakeRequestContext } from "./context";
import { FakeExcelError } from "./error";
import { clone } from "./model";

class FakeSetting extends ClientObject<{ key: string }> implements XlSetting {
  constructor(ctx: FakeRequestContext, resolve: () => { key: string } | null, orNull: boolean, queued = true) {
    super(ctx, "Setting", resolve, orNull, queued);
  }

  /** @internal a collection item: resolved and loaded while its collection loads */
  settle(target: { key: string }, data: Record<string, unknown>): void {
    this.target = target;
    this.markLoaded(data);
  }

  protected read(property: string): unknown {
    const { key } = this.live();
    if (property === "key") return key;
    if (property === "value") return clone(this.ctx.book.settings.get(key));
    throw new FakeExcelError("NotImplemented", `The fake Setting cannot load '${property}'.`);
  }

  get key(): string {
    return this.get("key");
  }

  get value(): XlValue {
    return this.get("value");
  }

  set value(value: XlValue) {
    this.command({ set: "value", value }, () => this.ctx.book.settings.set(this.live().key, clone(value)), true);
  }

  delete(): void {
    this.command({ call: "delete" }, () => this.ctx.book.settings.delete(this.live().key), true);
  }
}

export class FakeSettingCollection implements XlSettingCollection {
  private loadedItems: FakeSetting[] | null = null;

  constructor(private readonly ctx: FakeRequestContext) {}

  /** Loads every setting ("items/key,items/value", or just the keys); as in Excel, only this add-in's. */
  load(propertyNames?: string | string[]): this {
    const asked = (Array.isArray(propertyNames) ? propertyNames : (propertyNames ?? "").split(",")).map((n) => n.trim().replace(/^items\//, "")).filter(Boolean);
    const names = asked.length ? asked : ["key", "value"];
    this.ctx.enqueue({
      request: { load: "settings/items", select: names },
      run: () => {
        const answers: Record<string, unknown>[] = [];
        this.loadedItems = [...this.ctx.book.settings.keys()].map((key) => {
          const item = new FakeSetting(this.ctx, () => ({ key }), false, false);
          const data: Record<string, unknown> = {};
          if (names.includes("key")) data.key = key;
          if (names.includes("value")) data.value = clone(this.ctx.book.settings.get(key));
          item.settle({ key }, data);
          answers.push(data);
          return item;
        });
        return answers;
      },
    });
    return this;
  }

  get items(): FakeSetting[] {
    if (!this.loadedItems) throw new FakeExcelError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.loadedItems;
  }

  add(key: string, value: XlValue): FakeSetting {
    const copy = clone(value);
    const setting = new FakeSetting(this.ctx, () => ({ key }), false);
    this.ctx.enqueue({ request: { call: "settings/add", key, value: copy }, run: () => void this.ctx.book.settings.set(key, copy), writes: true });
    return setting;
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, () => (this.ctx.book.settings.has(key) ? { key } : null), true);
  }
}
