/**
 * What a run keeps of each checked file until its output, which for the office comes after the
 * last of a thousand files: the findings, the counts, and of each measure row only what the JSON
 * rows and the execution figures read. The section and executor roll-ups and the rows' wording are
 * let go. And every string is copied: a cell's text can be a slice of its workbook's whole XML
 * text, which keeping the slice would keep too (~25 KB a file for a 100-row report).
 */
import type { MeasureRow, SheetReport } from "../core/types";
import type { CheckedFile } from "./outcome";

export function keptFile(file: CheckedFile): CheckedFile {
  return structuredClone({ ...file, reports: file.reports.map(keptReport) });
}

function keptReport(report: SheetReport): SheetReport {
  return { ...report, sections: [], rollup: { sheet: report.rollup.sheet, sections: [], executors: [] }, measures: report.measures.map(keptMeasure) };
}

/** Every figure the row carries (a programme's money and source too); its wording let go. */
function keptMeasure(m: MeasureRow): MeasureRow {
  return { ...m, measure: "", executor: null, section: null };
}
