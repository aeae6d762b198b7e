/**
 * The package layer (OPC) over the zip: relationships, resolved to part names, and content
 * types. Relationship types are matched by their last path segment, so the transitional
 * (schemas.openxmlformats.org) and Strict (purl.oclc.org) URIs read alike.
 */
import { OPEN, XmlScanner, END } from "./xml";

export interface Relationship {
  id: string;
  /** Last segment of the type URI: "officeDocument", "worksheet", "sharedStrings", "styles"… */
  type: string;
  /** The target as a part name (no leading slash), or the raw target when external. */
  target: string;
  external: boolean;
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Reads a .rels part; targets are resolved against the part they belong to (`source`, "" for the package). */
export function parseRelationships(text: string, relsPart: string, source: string): Relationship[] {
  const scanner = new XmlScanner(text, relsPart);
  const out: Relationship[] = [];
  for (let event = scanner.next(); event !== END; event = scanner.next()) {
    if (event !== OPEN || scanner.name !== "Relationship") continue;
    const id = scanner.attr("Id") ?? "";
    const type = scanner.attr("Type") ?? "";
    const target = scanner.attr("Target") ?? "";
    const external = scanner.attr("TargetMode") === "External";
    out.push({ id, type: type.slice(type.lastIndexOf("/") + 1), target: external ? target : resolveTarget(source, target), external });
  }
  return out;
}

/** A relative target against its source part's folder; "/xl/x.xml" is absolute; "..", "." and backslashes handled. */
export function resolveTarget(source: string, target: string): string {
  const clean = target.replace(/\\/g, "/").replace(/[?#].*$/, "").trim();
  const base = clean.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of clean.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

/** [Content_Types].xml: content type by part name (lower-cased key) and by extension. */
export interface ContentTypes {
  overrides: Map<string, string>;
  defaults: Map<string, string>;
}

export function parseContentTypes(text: string): ContentTypes {
  const scanner = new XmlScanner(text, "[Content_Types].xml");
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (let event = scanner.next(); event !== END; event = scanner.next()) {
    if (event !== OPEN) continue;
    if (scanner.name === "Override") {
      overrides.set((scanner.attr("PartName") ?? "").replace(/^\/+/, "").toLowerCase(), scanner.attr("ContentType") ?? "");
    } else if (scanner.name === "Default") {
      defaults.set((scanner.attr("Extension") ?? "").toLowerCase(), scanner.attr("ContentType") ?? "");
    }
  }
  return { overrides, defaults };
}

export function contentTypeOf(types: ContentTypes, part: string): string | undefined {
  const key = part.replace(/^\/+/, "").toLowerCase();
  return types.overrides.get(key) ?? types.defaults.get(key.slice(key.lastIndexOf(".") + 1));
}
