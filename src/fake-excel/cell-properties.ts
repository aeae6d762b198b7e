/**
 * A fake cell's look as getCellProperties reports it and setCellProperties changes it (ExcelApi
 * 1.9), for the parts the adapter uses: fill (colour, pattern, tints), text colour and its tint,
 * and protection. What Excel does and the fake does too:
 *  - no fill reads as white with the pattern "None" (office-js#6218: "No Fill" and white read alike);
 *  - the automatic text colour reads as "#000000", like an explicit black, and no value sets it back:
 *    a colour is "#RRGGBB" (or an HTML colour name), so "Automatic" or "" is refused;
 *  - setting a colour replaces the theme colour and its tint (tintAndShade back to 0);
 *  - cells are locked unless unlocked (protection.locked, default true).
 */
import type { XlCellProperties, XlCellPropertiesLoad, XlFillProperties, XlFontProperties } from "../excel/types";
import { FakeExcelError } from "./error";
import type { FakeCell, FakeFill, FakeStyle } from "./model";

const WHITE = "#FFFFFF";
const BLACK = "#000000";
/** The HTML colour names Excel takes besides #RRGGBB, as far as the fake needs them. */
const NAMED = new Set(["black", "white", "red", "green", "blue", "yellow", "orange", "gray", "grey", "purple"]);

/** A colour as Excel stores it, or the InvalidArgument Excel answers. */
export function colourOf(value: unknown): string {
  if (typeof value === "string" && /^#[0-9A-Fa-f]{6}$/.test(value)) return value.toUpperCase();
  if (typeof value === "string" && NAMED.has(value.toLowerCase())) return value.toLowerCase();
  throw new FakeExcelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: color ${JSON.stringify(value)}.`);
}

function tintOf(value: unknown): number {
  if (typeof value !== "number" || !(value >= -1 && value <= 1)) {
    throw new FakeExcelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format: tintAndShade is between -1 and 1.");
  }
  return value;
}

/** What getCellProperties answers for one cell: exactly the properties asked for. */
export function cellProperties(cell: FakeCell | undefined, options: XlCellPropertiesLoad): XlCellProperties {
  const style = cell?.style;
  const format: NonNullable<XlCellProperties["format"]> = {};
  const want = options.format;
  if (want.fill) {
    const fill = style?.fill;
    const out: XlFillProperties = {};
    if (want.fill.color) out.color = fill?.color ?? WHITE;
    if (want.fill.pattern) out.pattern = fill?.pattern ?? "None";
    if (want.fill.patternColor) out.patternColor = fill?.patternColor ?? BLACK;
    if (want.fill.tintAndShade) out.tintAndShade = fill?.tintAndShade ?? 0;
    if (want.fill.patternTintAndShade) out.patternTintAndShade = fill?.patternTintAndShade ?? 0;
    format.fill = out;
  }
  if (want.font) {
    const out: XlFontProperties = {};
    if (want.font.color) out.color = style?.font?.color ?? BLACK;
    if (want.font.tintAndShade) out.tintAndShade = style?.font?.tintAndShade ?? 0;
    format.font = out;
  }
  if (want.protection) format.protection = { formulaHidden: false, locked: style?.locked ?? true };
  return { format };
}

/** The fill after setting `props` on `current`, or undefined for no fill. */
function nextFill(current: FakeFill | undefined, props: XlFillProperties): FakeFill | undefined {
  if (props.pattern === "None") return undefined;
  const next: FakeFill = { ...(current ?? { color: WHITE, pattern: "None" }) };
  if (props.color !== undefined) {
    next.color = colourOf(props.color);
    delete next.tintAndShade;
    if (props.pattern === undefined && next.pattern === "None") next.pattern = "Solid";
  }
  if (props.pattern !== undefined) next.pattern = props.pattern;
  if (props.patternColor !== undefined) {
    next.patternColor = colourOf(props.patternColor);
    delete next.patternTintAndShade;
  }
  if (props.tintAndShade !== undefined) next.tintAndShade = tintOf(props.tintAndShade);
  if (props.patternTintAndShade !== undefined) next.patternTintAndShade = tintOf(props.patternTintAndShade);
  if (!next.tintAndShade) delete next.tintAndShade;
  if (!next.patternTintAndShade) delete next.patternTintAndShade;
  return next.pattern === "None" ? undefined : next;
}

/** The style after setting a text colour (and tint): an explicit colour replaces the automatic one. */
export function withFontColour(style: FakeStyle | undefined, font: XlFontProperties): FakeStyle {
  const next = { ...style?.font };
  if (font.color !== undefined) {
    next.color = colourOf(font.color);
    delete next.tintAndShade;
  }
  if (font.tintAndShade !== undefined) next.tintAndShade = tintOf(font.tintAndShade);
  if (!next.tintAndShade) delete next.tintAndShade;
  return { ...style, font: next };
}

/** No empty objects left behind: a cell whose look is all defaults has no style, as in a saved file. */
function tidy(style: FakeStyle): FakeStyle | undefined {
  const out: FakeStyle = { ...style };
  if (out.font && !Object.keys(out.font).length) delete out.font;
  return Object.keys(out).length ? out : undefined;
}

/** The style after setting a fill colour the way `range.format.fill.color = …` does. */
export function withFillColour(style: FakeStyle | undefined, color: string): FakeStyle {
  return { ...style, fill: { color: colourOf(color), pattern: "Solid" } };
}

/** setCellProperties on one cell. Values are checked first, so a refused cell is left as it was. */
export function applyCellProperties(cell: FakeCell, props: XlCellProperties): void {
  const format = props.format;
  if (!format) return;
  let style: FakeStyle = { ...cell.style };
  if (format.fill) {
    const fill = nextFill(style.fill, format.fill);
    style = { ...style, fill };
    if (!fill) delete style.fill;
  }
  if (format.font) style = withFontColour(style, format.font);
  if (format.protection?.locked !== undefined) {
    style.locked = format.protection.locked;
    if (style.locked) delete style.locked;
  }
  const tidied = tidy(style);
  if (tidied) cell.style = tidied;
  else delete cell.style;
}
