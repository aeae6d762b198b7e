/**
 * The styles of a sheet written elsewhere (a scratch workbook) appended to a workbook's own
 * styles.xml: fonts, fills, borders, number formats, cell formats and conditional-format looks,
 * each reused when the workbook already has an identical one, with the indices remapped.
 */
import { attr, setAttrs } from "./xml";
import { StyleSheet } from "./styles";

export interface StyleMap {
  /** Source cellXfs index -> target index. */
  xf: number[];
  /** Source dxfs index -> target index. */
  dxf: number[];
}

const FIRST_CUSTOM_ID = 164;

export function mergeStyles(target: StyleSheet, source: StyleSheet): StyleMap {
  const copy = (collection: string) => source.records(collection).map((el) => target.appendRecord(collection, source.recordText(el)));
  const fonts = copy("fonts");
  const fills = copy("fills");
  const borders = copy("borders");
  const numFmt = (id: number) => {
    if (id < FIRST_CUSTOM_ID) return id;
    const code = source.formatCode(id);
    return code === undefined ? 0 : target.numberFormatId(code);
  };
  const xf = source.records("cellXfs").map((el) => {
    const text = source.recordText(el);
    const openLength = el.open.end - el.open.start;
    const read = (name: string) => Number(attr(text, { start: 0, end: openLength }, name) ?? 0);
    const open = setAttrs(text.slice(0, openLength), [
      ["numFmtId", String(numFmt(read("numFmtId")))],
      ["fontId", String(fonts[read("fontId")] ?? 0)],
      ["fillId", String(fills[read("fillId")] ?? 0)],
      ["borderId", String(borders[read("borderId")] ?? 0)],
      // The workbook's own "Normal" cell style: the scratch workbook's styles are not carried over.
      ["xfId", "0"],
    ]);
    return target.appendRecord("cellXfs", open + text.slice(openLength));
  });
  const dxf = copy("dxfs");
  return { xf, dxf };
}
