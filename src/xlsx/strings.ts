/**
 * Text as Excel shows it: the shared-string table, inline strings and `_xHHHH_` escapes.
 * A rich-text string is its runs' text joined; phonetic guides (`<rPh>`, furigana) are not
 * shown in the cell and are left out.
 */
import { CLOSE, END, OPEN, XmlScanner } from "./xml";

/**
 * Excel escapes characters XML cannot carry as `_xHHHH_` (upper-case hex, as exceljs decodes
 * them; `_x005F_` is a literal underscore, so `_x005F_x000D_` reads as the text "_x000D_").
 */
export function decodeEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** xl/sharedStrings.xml → the strings by index. */
export function parseSharedStrings(text: string, part: string): string[] {
  const scanner = new XmlScanner(text, part);
  const strings: string[] = [];
  for (let event = scanner.next(); event !== END; event = scanner.next()) {
    if (event === OPEN && scanner.name === "si") strings.push(readRichText(scanner, "si"));
  }
  return strings;
}

/**
 * The text of a string item (`<si>` or an inline `<is>`) whose start tag was just read: every
 * `<t>`, plain or inside `<r>` runs, in order; `<rPh>` skipped. Consumes the end tag.
 */
export function readRichText(scanner: XmlScanner, container: string): string {
  if (scanner.selfClosing) return "";
  let text = "";
  for (let event = scanner.next(); event !== END; event = scanner.next()) {
    if (event === CLOSE) {
      if (scanner.name === container) break;
      continue;
    }
    if (scanner.name === "t") text += decodeEscapes(scanner.text());
    else if (scanner.name === "rPh" || scanner.name === "rPr" || scanner.name === "phoneticPr") scanner.skip();
  }
  return text;
}
