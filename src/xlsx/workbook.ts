/** xl/workbook.xml: the sheets in tab order, the 1904 date system and the defined names as written. */
import { END, OPEN, CLOSE, XmlScanner } from "./xml";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  name: string;
  state: SheetState;
  /** The relationship id (r:id) that leads to the sheet's part. */
  relId: string;
}

export interface WrittenName {
  name: string;
  /** The name's formula exactly as stored, without a leading "=" ("'Звіт'!$A$4:$I$4", "0.2", "SUM(…)"). */
  formula: string;
  /** Index into the workbook's <sheet> list when the name belongs to one sheet. */
  localSheetId?: number;
  hidden: boolean;
}

export interface WorkbookPart {
  /** Every <sheet> in tab order, worksheets and chart sheets alike (localSheetId counts them all). */
  sheets: SheetEntry[];
  date1904: boolean;
  names: WrittenName[];
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

export function parseWorkbook(text: string, part: string): WorkbookPart {
  const scanner = new XmlScanner(text, part);
  const sheets: SheetEntry[] = [];
  const names: WrittenName[] = [];
  let date1904 = false;
  let inSheets = false;
  for (let event = scanner.next(); event !== END; event = scanner.next()) {
    const name = scanner.name;
    if (event === CLOSE) {
      if (name === "sheets") inSheets = false;
      continue;
    }
    if (event !== OPEN) continue;
    if (name === "sheets") inSheets = !scanner.selfClosing;
    else if (name === "sheet" && inSheets) {
      const state = scanner.attr("state");
      sheets.push({
        name: scanner.attr("name") ?? "",
        state: state === "hidden" || state === "veryHidden" ? state : "visible",
        relId: scanner.attr("id") ?? "",
      });
    } else if (name === "workbookPr") {
      date1904 = isTrue(scanner.attr("date1904"));
    } else if (name === "definedName") {
      const written = scanner.attr("name") ?? "";
      const local = scanner.attr("localSheetId");
      const hidden = isTrue(scanner.attr("hidden"));
      const formula = scanner.text().replace(/^=/, "");
      const entry: WrittenName = { name: written, formula, hidden };
      if (local !== undefined && /^\d+$/.test(local)) entry.localSheetId = Number(local);
      names.push(entry);
    }
  }
  return { sheets, date1904, names };
}
