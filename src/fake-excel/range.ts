/**
 * The fake Range: reads (values, formulas, number formats, cell properties) answered at sync time
 * from the in-memory sheet, and writes queued as commands. Its format, data validation and
 * conditional formats are in ./format and ./features.
 */
import { clipArea, MAX_ROWS, type Area } from "../core/address";
import type {
  XlCellProperties,
  XlCellPropertiesLoad,
  XlClientResult,
  XlConditionalFormatCollection,
  XlDataValidation,
  XlRange,
  XlRangeFormat,
  XlValue,
} from "../excel/types";
import { applyCellProperties, cellProperties } from "./cell-properties";
import { excelValue, typed, valueType } from "./cell-values";
import { ClientObject, FakeClientResult, type FakeRequestContext } from "./context";
import { FakeExcelError } from "./error";
import { conditionalFormats, dataValidation, refuse } from "./features";
import { rangeFormat } from "./format";
import type { FakeCell, FakeSheet } from "./model";
import { assertAllowed, isLocked, type Permission } from "./protection";
import { assertShape, checkBounds, columns, excelAreaAddress, fullAddress, parseRangeAddress, rows, type RangeTarget } from "./range-address";
import { FakeRangeAreas, mergedAreas, specialCells } from "./range-areas";
import { insertColumns } from "./shift";

export class FakeRange extends ClientObject<RangeTarget> implements XlRange {
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormatCollection;

  constructor(ctx: FakeRequestContext, resolve: () => RangeTarget | null, orNull = false) {
    super(ctx, "Range", resolve, orNull);
    this.format = rangeFormat(this, refuse);
    this.dataValidation = dataValidation(this);
    this.conditionalFormats = conditionalFormats(this);
  }

  protected read(property: string): unknown {
    const { sheet, area } = this.live();
    switch (property) {
      case "address":
        return fullAddress(sheet, area);
      case "rowIndex":
        return area.top - 1;
      case "columnIndex":
        return area.left - 1;
      case "rowCount":
        return rows(area);
      case "columnCount":
        return columns(area);
      case "values":
        return this.grid((cell) => excelValue(cell));
      case "valueTypes":
        return this.grid((cell) => valueType(cell));
      case "formulas":
        return this.grid((cell) => cell?.formula ?? excelValue(cell));
      case "numberFormat":
        return this.grid((cell) => cell?.style?.numFmt ?? "General");
      case "format/protection/locked": {
        // One answer for the range: true or false when every cell agrees, null when they differ.
        let locked: boolean | undefined;
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) {
            const here = isLocked(sheet, r, c);
            if (locked === undefined) locked = here;
            else if (locked !== here) return null;
          }
        }
        return locked;
      }
      default:
        throw new FakeExcelError("NotImplemented", `The fake Range cannot load '${property}'.`);
    }
  }

  private grid<V>(pick: (cell: FakeCell | undefined) => V): V[][] {
    const { sheet, area } = this.live();
    const out: V[][] = new Array(rows(area));
    for (let r = area.top; r <= area.bottom; r++) {
      const row: V[] = new Array(columns(area));
      for (let c = area.left; c <= area.right; c++) row[c - area.left] = pick(sheet.cell(r, c));
      out[r - area.top] = row;
    }
    return out;
  }

  /** @internal a write command applied to every cell of the range (a format unless said otherwise) */
  eachCellCommand(
    request: Record<string, unknown>,
    apply: (cell: FakeCell, row: number, col: number, area: Area) => void,
    permission: Permission = "format-cells",
  ): void {
    this.command(
      request,
      () => {
        const { sheet, area } = this.live();
        assertAllowed(sheet, permission, area);
        for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) apply(sheet.touch(r, c), r, c, area);
      },
      true,
    );
  }

  /** @internal a write command on the range as a whole (widths, merges, inserts, validation) */
  areaCommand(request: Record<string, unknown>, apply: (sheet: FakeSheet, area: Area) => void, permission: Permission = "sheet-feature"): void {
    this.command(
      request,
      () => {
        const { sheet, area } = this.live();
        assertAllowed(sheet, permission, area);
        apply(sheet, area);
      },
      true,
    );
  }

  /** @internal a property loaded through a path ("format/protection/locked"), for the format object */
  loadedPath<V>(path: string): V {
    return this.get(path);
  }

  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get values(): XlValue[][] {
    return this.get("values");
  }
  set values(values: XlValue[][]) {
    this.writeCells("values", values);
  }
  get formulas(): XlValue[][] {
    return this.get("formulas");
  }
  set formulas(formulas: XlValue[][]) {
    this.writeCells("formulas", formulas);
  }
  get numberFormat(): XlValue[][] {
    return this.get("numberFormat");
  }
  set numberFormat(formats: XlValue[][]) {
    this.command(
      { set: "numberFormat", value: formats },
      () => {
        const { sheet, area } = this.live();
        assertAllowed(sheet, "format-cells", area);
        assertShape(formats, area);
        const scalar = !Array.isArray(formats);
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) {
            const format = String(scalar ? formats : formats[r - area.top][c - area.left]);
            const cell = sheet.touch(r, c);
            cell.style = { ...cell.style, numFmt: format };
            if (format === "General") delete cell.style.numFmt;
          }
        }
      },
      true,
    );
  }

  insert(shift: "Right"): FakeRange {
    this.areaCommand({ call: "insert", shift }, (sheet, area) => {
      if (shift !== "Right" || area.top !== 1 || area.bottom !== MAX_ROWS) {
        throw new FakeExcelError("NotImplemented", "The fake inserts whole columns only.");
      }
      insertColumns(this.ctx.book, sheet, area.left, columns(area));
    }, "insert-columns");
    return this.derived(({ area }) => area);
  }

  merge(across = false): void {
    this.areaCommand({ call: "merge", across }, (sheet, area) => {
      const parts = across ? Array.from({ length: rows(area) }, (_, k) => ({ ...area, top: area.top + k, bottom: area.top + k })) : [area];
      for (const part of parts) {
        const overlaps = (m: Area) => m.left <= part.right && m.right >= part.left && m.top <= part.bottom && m.bottom >= part.top;
        const inside = (m: Area) => m.left >= part.left && m.right <= part.right && m.top >= part.top && m.bottom <= part.bottom;
        if (sheet.merges.some((m) => overlaps(m) && !inside(m))) throw new FakeExcelError("InvalidOperation", "Cannot merge cells that overlap another merged area.");
        sheet.merges = sheet.merges.filter((m) => !inside(m));
        if (rows(part) * columns(part) === 1) continue;
        // As in Excel: only the top-left cell keeps its value.
        for (let r = part.top; r <= part.bottom; r++) {
          for (let c = part.left; c <= part.right; c++) if ((r !== part.top || c !== part.left) && sheet.cell(r, c)) sheet.setValue(r, c, null);
        }
        sheet.merges.push(part);
      }
    }, "merge");
  }

  private writeCells(property: string, input: XlValue[][]): void {
    this.command(
      { set: property, value: input },
      () => {
        const { sheet, area } = this.live();
        assertAllowed(sheet, "edit", area);
        assertShape(input, area);
        const scalar = !Array.isArray(input);
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) {
            const raw = scalar ? input : input[r - area.top][c - area.left];
            const { value, formula } = typed(raw);
            sheet.setValue(r, c, value, formula);
          }
        }
        this.ctx.book.changed({ sheet: sheet.name, address: excelAreaAddress(area), triggerSource: "ThisLocalAddin" });
      },
      true,
    );
  }

  select(): void {
    this.command(
      { call: "select" },
      () => {
        const { sheet, area } = this.live();
        this.ctx.book.activeSheet = sheet.name;
        this.ctx.book.selection = { sheet: sheet.name, area: { ...area } };
      },
      true,
    );
  }

  private derived(make: (target: RangeTarget) => Area): FakeRange {
    return new FakeRange(this.ctx, () => {
      const target = this.live();
      return { sheet: target.sheet, area: checkBounds(make(target)) };
    });
  }

  getRow(row: number): FakeRange {
    return this.derived(({ area }) => {
      if (row < 0 || row >= rows(area)) throw new FakeExcelError("InvalidArgument", "Row index out of range.");
      return { ...area, top: area.top + row, bottom: area.top + row };
    });
  }

  /** Excel's getIntersection: the shared cells; a sync failure when there are none. */
  getIntersection(other: FakeRange | string): FakeRange {
    return this.derived(({ sheet, area }) => {
      const theirs = typeof other === "string" ? { sheet, area: parseRangeAddress(other) } : other.live();
      const shared = theirs.sheet === sheet ? clipArea(area, theirs.area) : null;
      if (!shared) throw new FakeExcelError("InvalidArgument", "The ranges do not intersect.");
      return shared;
    });
  }

  /** Excel's getCell: the cell may lie outside the range, as long as it is on the sheet. */
  getCell(row: number, column: number): FakeRange {
    return this.derived(({ area }) => ({ top: area.top + row, bottom: area.top + row, left: area.left + column, right: area.left + column }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(({ area }) => ({ ...area, bottom: area.bottom + deltaRows, right: area.right + deltaColumns }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(({ area }) => ({
      top: area.top + rowOffset,
      bottom: area.bottom + rowOffset,
      left: area.left + columnOffset,
      right: area.right + columnOffset,
    }));
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const { sheet, area } = this.live();
      const areas = mergedAreas(sheet, area);
      return areas && { sheet, areas };
    });
  }

  getSpecialCellsOrNullObject(cellType: "Formulas" | "Constants", cellValueType?: "Errors" | "Numbers"): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const { sheet, area } = this.live();
      const areas = specialCells(sheet, area, cellType, cellValueType);
      return areas && { sheet, areas };
    });
  }

  getCellProperties(options: XlCellPropertiesLoad): XlClientResult<XlCellProperties[][]> {
    const result = new FakeClientResult<XlCellProperties[][]>();
    this.command({ call: "getCellProperties", options }, () => {
      const value = this.grid((cell) => cellProperties(cell, options));
      result.resolve(value);
      return value;
    });
    return result;
  }

  setCellProperties(properties: XlCellProperties[][]): void {
    this.command(
      { call: "setCellProperties", properties },
      () => {
        const { sheet, area } = this.live();
        assertShape(properties, area);
        if (properties.some((row) => row.some((props) => props?.format))) assertAllowed(sheet, "format-cells", area);
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) {
            const props = properties[r - area.top][c - area.left];
            if (props?.format) applyCellProperties(sheet.touch(r, c), props);
          }
        }
      },
      true,
    );
  }
}
