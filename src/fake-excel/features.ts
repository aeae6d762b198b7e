/**
 * The fake's write-only features a template uses: data validation, conditional formats and page
 * layout. Each setter queues a command, as the real API does.
 */
import { areaAddress, type Area } from "../core/address";
import type { XlConditionalFormatCollection, XlDataValidation, XlPageLayout } from "../excel/types";
import { FakeExcelError } from "./error";
import { clone, type FakeConditionalFormat, type FakeSheet, type FakeValidation } from "./model";

/** A range as these features need it: a command over its area. */
export interface AreaTarget {
  areaCommand(request: Record<string, unknown>, apply: (sheet: FakeSheet, area: Area) => void): void;
}

/** A worksheet as page layout needs it: a command on the sheet. */
export interface SheetTarget {
  sheetCommand(request: Record<string, unknown>, apply: (sheet: FakeSheet) => void): void;
}

/** Formats are write-only in the fake: the adapter reads looks through getCellProperties. */
export function refuse(property: string): never {
  throw new FakeExcelError("PropertyNotLoaded", `The fake does not load ${property}; use getCellProperties.`);
}

/** `range.dataValidation`: one validation per area, changed property by property. */
export function dataValidation(range: AreaTarget): XlDataValidation {
  const set = <K extends keyof FakeValidation>(property: K, value: FakeValidation[K]) =>
    range.areaCommand({ set: `dataValidation/${property}`, value }, (sheet, area) => {
      const address = areaAddress(area);
      let entry = sheet.validations.find((v) => v.area === address);
      if (!entry) sheet.validations.push((entry = { area: address }));
      entry[property] = clone(value);
    });
  return {
    get rule(): XlDataValidation["rule"] {
      return refuse("dataValidation.rule");
    },
    set rule(rule: XlDataValidation["rule"]) {
      if (!rule.custom) throw new FakeExcelError("NotImplemented", "The fake knows custom validation rules only.");
      set("formula", rule.custom.formula);
    },
    get errorAlert(): XlDataValidation["errorAlert"] {
      return refuse("dataValidation.errorAlert");
    },
    set errorAlert(alert: XlDataValidation["errorAlert"]) {
      if (alert.message.length > 225 || alert.title.length > 32) throw new FakeExcelError("InvalidArgument", "The error alert's text is too long.");
      set("errorAlert", alert);
    },
    get prompt(): XlDataValidation["prompt"] {
      return refuse("dataValidation.prompt");
    },
    set prompt(prompt: XlDataValidation["prompt"]) {
      if (prompt.message.length > 255 || prompt.title.length > 32) throw new FakeExcelError("InvalidArgument", "The prompt's text is too long.");
      set("prompt", prompt);
    },
    get ignoreBlanks(): boolean {
      return refuse("dataValidation.ignoreBlanks");
    },
    set ignoreBlanks(value: boolean) {
      set("ignoreBlanks", value);
    },
  };
}

/** `range.conditionalFormats`: custom-formula rules with a fill. */
export function conditionalFormats(range: AreaTarget): XlConditionalFormatCollection {
  return {
    add(type: "Custom") {
      let entry: FakeConditionalFormat | undefined;
      range.areaCommand({ call: "conditionalFormats/add", type }, (sheet, area) => {
        if (type !== "Custom") throw new FakeExcelError("NotImplemented", "The fake knows custom conditional formats only.");
        sheet.conditionalFormats.push((entry = { area: areaAddress(area) }));
      });
      const update = (property: "formula" | "fill", value: string) =>
        range.areaCommand({ set: `conditionalFormat/${property}`, value }, () => {
          if (entry) entry[property] = property === "fill" ? value.toUpperCase() : value;
        });
      return {
        custom: {
          rule: {
            get formula(): string {
              return refuse("rule.formula");
            },
            set formula(formula: string) {
              update("formula", formula);
            },
          },
          format: {
            fill: {
              get color(): string {
                return refuse("format.fill.color");
              },
              set color(color: string) {
                update("fill", color);
              },
            },
          },
        },
      };
    },
  };
}

/** `worksheet.pageLayout` (ExcelApi 1.9): the print setup a template asks for. */
export function pageLayout(sheet: SheetTarget): XlPageLayout {
  const set = (property: keyof FakeSheet["pageLayout"], value: unknown) =>
    sheet.sheetCommand({ set: `pageLayout/${property}`, value }, (target) => void Object.assign(target.pageLayout, { [property]: clone(value) }));
  const field = <T>(property: keyof FakeSheet["pageLayout"]) => ({
    get(): T {
      return refuse(`pageLayout.${property}`);
    },
    set(value: T) {
      set(property, value);
    },
    enumerable: true,
  });
  const layout = {
    setPrintTitleRows: (rows: string) => set("printTitleRows", rows),
    headersFooters: {
      defaultForAllPages: Object.defineProperty({} as { centerFooter: string }, "centerFooter", field<string>("centerFooter")),
    },
  };
  return Object.defineProperties(layout, {
    orientation: field<string>("orientation"),
    paperSize: field<string>("paperSize"),
    zoom: field<XlPageLayout["zoom"]>("zoom"),
    centerHorizontally: field<boolean>("centerHorizontally"),
  }) as unknown as XlPageLayout;
}
