/**
 * The fake's custom XML parts (`workbook.customXmlParts`, ExcelApi 1.5), no more lenient than
 * Excel: add() refuses text that is not one well-formed root element; a part's namespace is its
 * root element's (default or prefixed xmlns), fixed when it is added or its XML is replaced;
 * getByNamespace finds the parts whose root is in that namespace at sync time; getXml is a
 * ClientResult readable only after the sync; a deleted part is gone for every later command.
 */
import type { XlCustomXmlPart, XlCustomXmlPartCollection, XlCustomXmlPartScopedCollection } from "../excel/types";
import { ClientObject, FakeClientResult, type FakeRequestContext } from "./context";
import { FakeExcelError } from "./error";
import type { FakeXmlPart } from "./model";

const DECLARATION = /^\uFEFF?(?:<\?xml[^?]*\?>)?(?:\s|<!--[\s\S]*?-->)*/;
const ROOT = /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/;

/** The root element's namespace, or a refusal as Excel gives one for XML it cannot load. */
export function namespaceOf(xml: string): string {
  if (typeof xml !== "string") throw new FakeExcelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  const rest = xml.replace(DECLARATION, "");
  const root = ROOT.exec(rest);
  if (!root) throw new FakeExcelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  const [whole, name, attributes, selfClosing] = root;
  const tail = rest.slice(whole.length);
  const close = `</${name}>`;
  const closes = selfClosing ? tail.trim().replace(/<!--[\s\S]*?-->/g, "").trim() === "" : tail.trimEnd().endsWith(close);
  if (!closes) throw new FakeExcelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  const prefix = name.includes(":") ? name.split(":")[0] : null;
  const wanted = prefix ? `xmlns:${prefix}` : "xmlns";
  for (const m of attributes.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (m[1] === wanted) return m[2] ?? m[3] ?? "";
  }
  if (prefix) throw new FakeExcelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  return "";
}

class FakeCustomXmlPart extends ClientObject<FakeXmlPart> implements XlCustomXmlPart {
  constructor(ctx: FakeRequestContext, resolve: () => FakeXmlPart | null, orNull = false, queued = true) {
    super(ctx, "CustomXmlPart", resolve, orNull, queued);
  }

  /** @internal a collection item, resolved and loaded (only `names`) while its collection loads */
  settle(part: FakeXmlPart, names: readonly string[]): Record<string, unknown> {
    this.target = part;
    const data: Record<string, unknown> = {};
    if (names.includes("id")) data.id = part.id;
    if (names.includes("namespaceUri")) data.namespaceUri = namespaceOf(part.xml);
    this.markLoaded(data);
    return data;
  }

  protected read(property: string): unknown {
    const part = this.live();
    if (property === "id") return part.id;
    if (property === "namespaceUri") return namespaceOf(part.xml);
    throw new FakeExcelError("NotImplemented", `The fake CustomXmlPart cannot load '${property}'.`);
  }

  get id(): string {
    return this.get("id");
  }

  get namespaceUri(): string {
    return this.get("namespaceUri");
  }

  getXml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.command({ call: "getXml" }, () => {
      const { xml } = this.gone();
      result.resolve(xml);
      return xml;
    });
    return result;
  }

  setXml(xml: string): void {
    this.command(
      { call: "setXml", xml },
      () => {
        namespaceOf(xml);
        this.gone().xml = xml;
      },
      true,
    );
  }

  delete(): void {
    this.command(
      { call: "delete" },
      () => {
        const part = this.gone();
        this.ctx.book.xmlParts = this.ctx.book.xmlParts.filter((p) => p !== part);
      },
      true,
    );
  }

  /** The part, unless an earlier command deleted it. */
  private gone(): FakeXmlPart {
    const part = this.live();
    if (!this.ctx.book.xmlParts.includes(part)) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    return part;
  }
}

/** What the collections share: items loaded at sync time from the parts a filter picks. */
class PartList {
  private loaded: FakeCustomXmlPart[] | null = null;

  constructor(
    private readonly ctx: FakeRequestContext,
    readonly pick: () => FakeXmlPart[],
  ) {}

  /** Loads the items with the properties named ("items/id"); none named: all of them, as Excel. */
  load(propertyNames?: string | string[]): void {
    const asked = (Array.isArray(propertyNames) ? propertyNames : (propertyNames ?? "").split(",")).map((n) => n.trim().replace(/^items\/?/, "")).filter(Boolean);
    const names = asked.length ? asked : ["id", "namespaceUri"];
    this.ctx.enqueue({
      request: { load: "customXmlParts/items", select: names },
      run: () => {
        const answers: Record<string, unknown>[] = [];
        this.loaded = this.pick().map((part) => {
          const item = new FakeCustomXmlPart(this.ctx, () => part, false, false);
          answers.push(item.settle(part, names));
          return item;
        });
        return answers;
      },
    });
  }

  get items(): FakeCustomXmlPart[] {
    if (!this.loaded) throw new FakeExcelError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.loaded;
  }

  byId(id: string, orNull: boolean): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.ctx, () => this.pick().find((p) => p.id === id) ?? null, orNull);
  }
}

class FakeScopedParts implements XlCustomXmlPartScopedCollection {
  private readonly list: PartList;

  constructor(
    private readonly ctx: FakeRequestContext,
    namespaceUri: string,
  ) {
    this.list = new PartList(ctx, () => ctx.book.xmlParts.filter((p) => namespaceOf(p.xml) === namespaceUri));
  }

  load(propertyNames?: string | string[]): this {
    this.list.load(propertyNames);
    return this;
  }

  get items(): FakeCustomXmlPart[] {
    return this.list.items;
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.ctx.enqueue({
      request: { call: "getCount" },
      run: () => {
        const count = this.list.pick().length;
        result.resolve(count);
        return count;
      },
    });
    return result;
  }

  getItem(id: string): FakeCustomXmlPart {
    return this.list.byId(id, false);
  }

  /** The only part in the namespace; a null object when there are none or several, as in Excel. */
  getOnlyItemOrNullObject(): FakeCustomXmlPart {
    return new FakeCustomXmlPart(
      this.ctx,
      () => {
        const parts = this.list.pick();
        return parts.length === 1 ? parts[0] : null;
      },
      true,
    );
  }
}

export class FakeCustomXmlPartCollection implements XlCustomXmlPartCollection {
  private readonly list: PartList;

  constructor(private readonly ctx: FakeRequestContext) {
    this.list = new PartList(ctx, () => ctx.book.xmlParts);
  }

  load(propertyNames?: string | string[]): this {
    this.list.load(propertyNames);
    return this;
  }

  get items(): FakeCustomXmlPart[] {
    return this.list.items;
  }

  /** A new part; Excel refuses XML it cannot load (not one well-formed root element). */
  add(xml: string): FakeCustomXmlPart {
    let added: FakeXmlPart | null = null;
    this.ctx.enqueue({
      request: { call: "customXmlParts/add", xml },
      run: () => {
        namespaceOf(xml);
        added = { id: this.ctx.book.nextXmlPartId(), xml };
        this.ctx.book.xmlParts.push(added);
      },
      writes: true,
    });
    return new FakeCustomXmlPart(this.ctx, () => added);
  }

  getByNamespace(namespaceUri: string): FakeScopedParts {
    return new FakeScopedParts(this.ctx, namespaceUri);
  }

  getItemOrNullObject(id: string): FakeCustomXmlPart {
    return this.list.byId(id, true);
  }
}
