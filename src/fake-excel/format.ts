/**
 * `range.format` in the fake: fill, font, borders, alignment, wrap, column widths and row heights.
 * Reading formats goes through getCellProperties (as in the adapter); these are write-only here.
 */
import type { XlRangeBorder, XlRangeFormat } from "../excel/types";
import type { Area } from "../core/address";
import type { FakeBorderLine, FakeCell, FakeEdge, FakeSheet } from "./model";

/** A fake error is made by the caller's module; this one only needs to refuse reads. */
export type Refuse = (property: string) => never;

/** What a FakeRange offers its format object: commands over its cells or its area. */
export interface FormatTarget {
  eachCellCommand(request: Record<string, unknown>, apply: (cell: FakeCell, row: number, col: number, area: Area) => void): void;
  areaCommand(request: Record<string, unknown>, apply: (sheet: FakeSheet, area: Area) => void): void;
}

/** Excel's width unit is points; the fake keeps pixels (96 dpi), as SheetJson does. */
const PX_PER_POINT = 96 / 72;

const HORIZONTAL: Record<string, "left" | "center" | "right" | "justify" | undefined> = {
  General: undefined,
  Left: "left",
  Center: "center",
  Right: "right",
  Justify: "justify",
};
const VERTICAL: Record<string, "top" | "middle" | "bottom" | undefined> = { Top: "top", Center: "middle", Bottom: "bottom" };

type BorderIndex = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

/** The cell edges one of Excel's border indexes draws, for a cell at (row, col) of `area`. */
function edgesOf(index: BorderIndex, row: number, col: number, area: Area): FakeEdge[] {
  switch (index) {
    case "EdgeTop":
      return row === area.top ? ["top"] : [];
    case "EdgeBottom":
      return row === area.bottom ? ["bottom"] : [];
    case "EdgeLeft":
      return col === area.left ? ["left"] : [];
    case "EdgeRight":
      return col === area.right ? ["right"] : [];
    case "InsideHorizontal":
      return [...(row > area.top ? (["top"] as const) : []), ...(row < area.bottom ? (["bottom"] as const) : [])];
    case "InsideVertical":
      return [...(col > area.left ? (["left"] as const) : []), ...(col < area.right ? (["right"] as const) : [])];
  }
}

function border(target: FormatTarget, index: BorderIndex, refuse: Refuse): XlRangeBorder {
  const set = (property: keyof FakeBorderLine, value: string) =>
    target.eachCellCommand({ set: `format/borders/${index}/${property}`, value }, (cell, row, col, area) => {
      for (const edge of edgesOf(index, row, col, area)) {
        const lines = { ...cell.style?.border };
        if (property === "style" && value === "None") delete lines[edge];
        else lines[edge] = { style: "Continuous", weight: "Thin", color: "#000000", ...lines[edge], [property]: property === "color" ? value.toUpperCase() : value };
        cell.style = { ...cell.style, border: lines };
      }
    });
  return {
    get style(): string {
      return refuse("style");
    },
    set style(value: string) {
      set("style", value);
    },
    get weight(): string {
      return refuse("weight");
    },
    set weight(value: string) {
      set("weight", value);
    },
    get color(): string {
      return refuse("color");
    },
    set color(value: string) {
      set("color", value);
    },
  };
}

export function rangeFormat(target: FormatTarget, refuse: Refuse): XlRangeFormat {
  const font = (property: "bold" | "italic" | "name" | "size" | "color", value: unknown) =>
    target.eachCellCommand({ set: `format/font/${property}`, value }, (cell) => {
      const stored = property === "color" ? String(value).toUpperCase() : value;
      cell.style = { ...cell.style, font: { ...cell.style?.font, [property]: stored } };
    });
  const align = (property: "horizontal" | "vertical" | "wrap", value: unknown) =>
    target.eachCellCommand({ set: `format/${property}`, value }, (cell) => {
      cell.style = { ...cell.style, align: { ...cell.style?.align, [property]: value } };
      if (cell.style.align?.[property] === undefined) delete cell.style.align?.[property];
    });
  return {
    fill: {
      get color(): string {
        return refuse("format.fill.color");
      },
      set color(color: string) {
        target.eachCellCommand({ set: "format/fill/color", color }, (cell) => {
          cell.style = { ...cell.style, fill: { color: color.toUpperCase(), pattern: "Solid" } };
        });
      },
      clear(): void {
        target.eachCellCommand({ call: "format/fill/clear" }, (cell) => {
          if (cell.style) delete cell.style.fill;
        });
      },
    },
    font: {
      get color(): string {
        return refuse("format.font.color");
      },
      set color(color: string) {
        font("color", color);
      },
      get bold(): boolean {
        return refuse("format.font.bold");
      },
      set bold(value: boolean) {
        font("bold", value);
      },
      get italic(): boolean {
        return refuse("format.font.italic");
      },
      set italic(value: boolean) {
        font("italic", value);
      },
      get name(): string {
        return refuse("format.font.name");
      },
      set name(value: string) {
        font("name", value);
      },
      get size(): number {
        return refuse("format.font.size");
      },
      set size(value: number) {
        font("size", value);
      },
    },
    borders: { getItem: (index: BorderIndex) => border(target, index, refuse) },
    get horizontalAlignment(): string {
      return refuse("format.horizontalAlignment");
    },
    set horizontalAlignment(value: string) {
      align("horizontal", HORIZONTAL[value]);
    },
    get verticalAlignment(): string {
      return refuse("format.verticalAlignment");
    },
    set verticalAlignment(value: string) {
      align("vertical", VERTICAL[value]);
    },
    get wrapText(): boolean {
      return refuse("format.wrapText");
    },
    set wrapText(value: boolean) {
      align("wrap", value);
    },
    get columnWidth(): number {
      return refuse("format.columnWidth");
    },
    set columnWidth(points: number) {
      target.areaCommand({ set: "format/columnWidth", points }, (sheet, area) => {
        for (let c = area.left; c <= area.right; c++) sheet.columnWidths[c - 1] = Math.round(points * PX_PER_POINT);
        for (let c = 0; c < sheet.columnWidths.length; c++) sheet.columnWidths[c] ??= 64;
      });
    },
    get rowHeight(): number {
      return refuse("format.rowHeight");
    },
    set rowHeight(points: number) {
      target.areaCommand({ set: "format/rowHeight", points }, (sheet, area) => {
        for (let r = area.top; r <= area.bottom; r++) sheet.rowHeights[r] = Math.round(points * PX_PER_POINT);
      });
    },
  };
}
