/**
 * xl/styles.xml as far as a cell's look goes, for showing a workbook as Excel shows it (the
 * preview): each cellXfs entry's number format code, font (bold, italic, size, name, an RGB
 * colour), solid fill, alignment, borders and whether the cell is locked. Theme colours and
 * pattern fills other than solid are left out: the look, not a renderer.
 */
import { CLOSE, END, OPEN, XmlScanner } from "./xml";

export type Edge = "top" | "bottom" | "left" | "right";

export interface CellLook {
  /** The number format code, "General" when none ("dd.mm.yyyy", "0.0%", "m/d/yyyy" for id 14). */
  numberFormat: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  font?: string;
  /** "#RRGGBB". */
  color?: string;
  fill?: string;
  horizontal?: "left" | "center" | "right" | "justify";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** The edges drawn, with the file's line style ("thin", "medium", "double"…) and colour. */
  borders?: Partial<Record<Edge, { style: string; color: string }>>;
  /** False when Format Cells › Protection › Locked is off (it matters while the sheet is protected). */
  locked?: false;
}

/** Excel's built-in number formats (ids below 164), as the en-US API reports them. */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "m/d/yyyy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
  22: "m/d/yyyy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

const HORIZONTAL: Record<string, CellLook["horizontal"]> = { left: "left", center: "center", centerContinuous: "center", right: "right", justify: "justify", distributed: "justify" };
const VERTICAL: Record<string, CellLook["vertical"]> = { top: "top", center: "middle", bottom: "bottom" };
const EDGES: Edge[] = ["top", "bottom", "left", "right"];

interface Font {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  font?: string;
  color?: string;
}

/** "FF1F4E79" → "#1F4E79"; theme and indexed colours are not resolved. */
function rgb(value: string | undefined): string | undefined {
  return value && /^[0-9A-Fa-f]{6,8}$/.test(value) ? `#${value.slice(-6).toUpperCase()}` : undefined;
}

function isOn(value: string | undefined): boolean {
  return value === undefined || value === "1" || value === "true";
}

/** One look per cellXfs index (a cell's `s`). */
export function parseCellLooks(text: string, part: string): CellLook[] {
  const scanner = new XmlScanner(text, part);
  const formats = new Map<number, string>();
  const fonts: Font[] = [];
  const fills: (string | undefined)[] = [];
  const borders: CellLook["borders"][] = [];
  const looks: CellLook[] = [];
  const path: string[] = [];
  let font: Font | null = null;
  let fill: string | undefined;
  let border: NonNullable<CellLook["borders"]> | null = null;
  let edge: Edge | null = null;
  let look: CellLook | null = null;
  /** An element of the lists ends (its end tag, or a self-closing tag): it takes its place in its list. */
  const finish = (name: string, parent: string | undefined) => {
    if (name === "font" && font) {
      fonts.push(font);
      font = null;
    } else if (name === "fill" && parent === "fills") {
      fills.push(fill);
      fill = undefined;
    } else if (name === "border" && border) {
      borders.push(border);
      border = null;
    } else if (EDGES.includes(name as Edge)) edge = null;
    else if (name === "xf" && look) {
      looks.push(look);
      look = null;
    }
  };
  for (let event = scanner.next(); event !== END; event = scanner.next()) {
    const name = scanner.name;
    if (event === CLOSE) {
      path.pop();
      finish(name, path[path.length - 1]);
      continue;
    }
    if (event !== OPEN) continue;
    const section = path[0] === "styleSheet" ? path[1] : path[0];
    if (name === "numFmt" && section === "numFmts") {
      const id = parseInt(scanner.attr("numFmtId") ?? "", 10);
      if (!Number.isNaN(id)) formats.set(id, scanner.attr("formatCode") ?? "");
    } else if (section === "fonts") {
      if (name === "font") font = {};
      else if (font && name === "b") font.bold = isOn(scanner.attr("val"));
      else if (font && name === "i") font.italic = isOn(scanner.attr("val"));
      else if (font && name === "sz") font.size = parseFloat(scanner.attr("val") ?? "") || undefined;
      else if (font && name === "name") font.font = scanner.attr("val");
      else if (font && name === "color") font.color = rgb(scanner.attr("rgb"));
    } else if (section === "fills") {
      if (name === "patternFill" && scanner.attr("patternType") !== "solid") fill = "none";
      else if (name === "fgColor" && fill !== "none") fill = rgb(scanner.attr("rgb"));
    } else if (section === "borders") {
      if (name === "border") border = {};
      else if (border && EDGES.includes(name as Edge)) {
        const style = scanner.attr("style");
        edge = style && style !== "none" ? (name as Edge) : null;
        if (edge && style) border[edge] = { style, color: "#000000" };
      } else if (border && edge && name === "color") {
        const color = rgb(scanner.attr("rgb"));
        if (color) (border[edge] as { color: string }).color = color;
      }
    } else if (section === "cellXfs") {
      if (name === "xf") look = lookOf(scanner, formats, fonts, fills, borders);
      else if (look && name === "alignment") {
        const horizontal = HORIZONTAL[scanner.attr("horizontal") ?? ""];
        const vertical = VERTICAL[scanner.attr("vertical") ?? ""];
        if (horizontal) look.horizontal = horizontal;
        if (vertical) look.vertical = vertical;
        if (isOn(scanner.attr("wrapText")) && scanner.attr("wrapText") !== undefined) look.wrap = true;
      } else if (look && name === "protection" && scanner.attr("locked") !== undefined && !isOn(scanner.attr("locked"))) look.locked = false;
    }
    if (scanner.selfClosing) finish(name, path[path.length - 1]);
    else path.push(name);
  }
  return looks;
}

function lookOf(scanner: XmlScanner, formats: Map<number, string>, fonts: Font[], fills: (string | undefined)[], borders: CellLook["borders"][]): CellLook {
  const id = parseInt(scanner.attr("numFmtId") ?? "0", 10) || 0;
  const look: CellLook = { numberFormat: formats.get(id) || BUILT_IN_FORMATS[id] || "General" };
  const font = fonts[parseInt(scanner.attr("fontId") ?? "0", 10) || 0];
  if (font) {
    for (const key of ["bold", "italic", "size", "font", "color"] as const) if (font[key] !== undefined && font[key] !== false) Object.assign(look, { [key]: font[key] });
  }
  const fill = fills[parseInt(scanner.attr("fillId") ?? "0", 10) || 0];
  if (fill && fill !== "none") look.fill = fill;
  const border = borders[parseInt(scanner.attr("borderId") ?? "0", 10) || 0];
  if (border && Object.keys(border).length) look.borders = border;
  return look;
}
