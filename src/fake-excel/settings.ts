/** The fake's workbook settings (Office's document settings as the Excel API has them). */
import type { XlSetting, XlSettingCollection, XlValue } from "../excel/types";
import { ClientObject, type FakeRequestContext } from "./context";
import { FakeExcelError } from "./error";
import { clone } from "./model";

class FakeSetting extends ClientObject<{ key: string }> implements XlSetting {
  constructor(ctx: FakeRequestContext, resolve: () => { key: string } | null, orNull: boolean) {
    super(ctx, "Setting", resolve, orNull);
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
  constructor(private readonly ctx: FakeRequestContext) {}

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
