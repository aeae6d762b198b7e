/**
 * A template planned by the engine (core/templates) as a real worksheet: values, live formulas
 * with their cached results, the look of each style, merges, widths, frozen header, print setup,
 * validation, the shortfall highlight and the defined name that records the form. The one place
 * the CLI still uses exceljs: drawing a brand-new template file, and the scratch sheet that
 * package/template.ts transplants into an existing workbook.
 */
import { Workbook } from "exceljs";
import type { CellValue as ExcelValue, DataValidation, Worksheet } from "exceljs";
import { buildTemplate, nextStampSerial } from "../../core/templates";
import type { TemplateCell, TemplateDetails, TemplateId, TemplateSheet } from "../../core/templates";
import { areaAddress } from "../../core/address";
import { highlightFill, templateStyle } from "./template-styles";
import { rowHeights } from "../../core/templates";
import { fileFormula } from "../../core/edits";

/** A new, empty workbook that says who made it and when. */
export function newWorkbook(today: Date): Workbook {
  const workbook = new Workbook();
  workbook.creator = "Pokaznyk";
  workbook.created = today;
  return workbook;
}

/**
 * The engine's template, built for this workbook (a sheet name and a form stamp serial it does
 * not use yet), added to it as one more sheet.
 */
export function addTemplate(workbook: Workbook, id: TemplateId, details: TemplateDetails): TemplateSheet {
  return addBuiltTemplate(workbook, (existing, serial) => buildTemplate(id, details, existing, serial));
}

/** Builds a sheet for this workbook (names taken, next stamp serial) and adds it: a gallery template or a report made from a plan. */
export type SheetBuilder = (existing: string[], serial: number) => TemplateSheet;

export function addBuiltTemplate(workbook: Workbook, build: SheetBuilder): TemplateSheet {
  const serial = nextStampSerial(workbook.definedNames.model.map((n) => n.name));
  const template = build(workbook.worksheets.map((ws) => ws.name), serial);
  addTemplateSheet(workbook, template);
  return template;
}

function addTemplateSheet(workbook: Workbook, template: TemplateSheet): Worksheet {
  const { freezeRows, print, measureRows } = template;
  const sheet = workbook.addWorksheet(template.name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: freezeRows, topLeftCell: `A${freezeRows + 1}`, activeCell: `A${measureRows.first}` }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: print.orientation,
      fitToPage: print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages down as the rows need
      printTitlesRow: `${print.repeatRows.first}:${print.repeatRows.last}`,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C&"Times New Roman,Regular"&10Сторінка &P з &N' },
  });
  // exceljs leaves out a width of exactly 9 (its idea of the default); Excel's default is 8.43.
  sheet.columns = template.columnWidths.map((width) => ({ width: width === 9 ? 9.01 : width }));

  const explicit = new Set<string>();
  for (const cell of template.cells) {
    const target = sheet.getCell(cell.row, cell.col);
    target.value = valueOf(cell);
    target.style = templateStyle(cell.style);
    explicit.add(`${cell.row}:${cell.col}`);
  }
  for (const m of template.merges) {
    // A merged area draws its borders and fill from every cell it covers, so each gets the corner's look.
    const corner = template.cells.find((c) => c.row === m.top && c.col === m.left);
    for (let row = m.top; row <= m.bottom; row++) {
      for (let col = m.left; col <= m.right; col++) {
        if (corner && !explicit.has(`${row}:${col}`)) sheet.getCell(row, col).style = templateStyle(corner.style);
      }
    }
    sheet.mergeCellsWithoutStyle(m.top, m.left, m.bottom, m.right);
  }
  for (const [row, height] of rowHeights(template)) sheet.getRow(row).height = height;

  for (const v of template.validations) {
    validationModel(sheet)[areaAddress(v.range)] = {
      type: "custom",
      allowBlank: true,
      formulae: [withoutEquals(v.formula)],
      showErrorMessage: true,
      errorStyle: v.alert,
      errorTitle: v.title,
      error: v.message,
      showInputMessage: true,
      promptTitle: v.title,
      prompt: v.prompt,
    };
  }
  template.highlights.forEach((h, k) => {
    sheet.addConditionalFormatting({
      ref: areaAddress(h.range),
      rules: [{ type: "expression", priority: k + 1, formulae: [withoutEquals(h.formula)], style: { fill: highlightFill(h.fill) } }],
    });
  });

  workbook.definedNames.add(template.stamp.reference, template.stamp.name);
  if (template.source) workbook.definedNames.add(template.source.reference, template.source.name);
  return sheet;
}

/** A formula cell carries the engine's result for it, as Excel would have cached it. */
function valueOf(cell: TemplateCell): ExcelValue {
  const value = cell.value ?? null;
  // An empty text is an empty cell (a plan's subtitle), not a cell holding "".
  if (!cell.formula) return value === "" || (typeof value === "object" && value !== null && !(value instanceof Date)) ? null : value;
  const result = value === null || (typeof value === "object" && !(value instanceof Date)) ? "" : value;
  return { formula: withoutEquals(fileFormula(cell.formula)), result } as ExcelValue;
}

function withoutEquals(formula: string): string {
  return formula.replace(/^=/, "");
}

/**
 * The sheet's data validations, keyed by an address or a range ("F8:F22"): at runtime and in
 * exceljs's README, but not in its index.d.ts.
 */
function validationModel(sheet: Worksheet): Record<string, DataValidation | undefined> {
  return (sheet as unknown as { dataValidations: { model: Record<string, DataValidation | undefined> } }).dataValidations.model;
}
