/**
 * What a run keeps of each checked file until the end, which for the office comes after the last
 * of a thousand files: the details, the JSON and the --report's rows are drawn as each file is
 * checked, so what is kept is only what the table of files, the last lines, the exit status and
 * --mark-dir read: the findings (for the counts, unless --mark-dir: their rule and severity), the
 * sheets' forms and titles, and of the measures their execution (summary.ts's mean). And every
 * string is copied: a cell's text can be a slice of its workbook's whole XML text, which keeping
 * the slice would keep too (~25 KB a file for a 100-row report).
 */
import type { Finding, MeasureRow, SheetReport } from "../core/types";
import type { CheckedFile } from "./outcome";

/**
 * `whole`: the findings as they are, for --mark-dir, which marks each in its file. Otherwise each
 * finding is kept as a stand-in: the first finding kept of its rule and severity, accepted or not,
 * which is all the verdicts and counts at the end read of it.
 */
export function keptFile(file: CheckedFile, whole: boolean): CheckedFile {
  // Strays are only drawn (details, JSON), never kept. Measures are put back after the copy, as stand-ins shared by every file.
  const kept = copied({ file: file.file, reports: file.reports.map((r) => keptReport(r, whole)), ...(file.titles ? { titles: file.titles } : {}) });
  kept.reports.forEach((report, k) => {
    report.measures = keptMeasures(file.reports[k].measures);
    if (!whole) report.findings = file.reports[k].findings.map(counted);
  });
  return kept;
}

const countedAs = new Map<string, Finding>();

function counted(finding: Finding): Finding {
  const key = `${finding.rule} ${finding.severity} ${finding.accepted ? "accepted" : ""}`;
  let standIn = countedAs.get(key);
  if (standIn === undefined) {
    standIn = copied(finding);
    countedAs.set(key, standIn);
  }
  return standIn;
}

function keptReport(report: SheetReport, whole: boolean): SheetReport {
  // The columns' wording (`headers`) was for the details and JSON, drawn already.
  const kept: SheetReport = { ...report };
  delete kept.headers;
  return { ...kept, sections: [], rollup: { sheet: report.rollup.sheet, sections: [], executors: [] }, measures: [], findings: whole ? report.findings : [] };
}

/**
 * A deep copy whose strings are copies too, each kept once for the whole run: a thousand files
 * repeat their sheet's name, the rules, the severities and the column wording in every finding
 * (structuredClone made a copy of each: ~4 KB a file).
 */
function copied<T>(value: T): T {
  if (typeof value === "string") return interned(value) as T;
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(copied) as T;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = copied(item);
  return copy as T;
}

const strings = new Map<string, string>();

function interned(text: string): string {
  let kept = strings.get(text);
  if (kept === undefined) {
    // A new string, not a slice of the workbook's XML text: concatenation then slice copies the characters.
    kept = ` ${text}`.slice(1);
    strings.set(kept, kept);
  }
  return kept;
}

/**
 * A measure with an execution, as the file's mean reads it: its percent capped at 100, as the mean
 * caps it. One row stands for every measure of that percent (a thousand files hold few distinct
 * ones; most are 100), so a file keeps an array of references, not a hundred rows.
 */
const standIns = new Map<number, MeasureRow>();

function keptMeasures(measures: readonly MeasureRow[]): MeasureRow[] {
  const kept: MeasureRow[] = [];
  for (const m of measures) {
    if (typeof m.percent !== "number" || !Number.isFinite(m.percent)) continue;
    const percent = Math.min(m.percent, 100);
    let standIn = standIns.get(percent);
    if (standIn === undefined) {
      standIn = { row: 0, number: null, measure: "", executor: null, section: null, percent };
      standIns.set(percent, standIn);
    }
    kept.push(standIn);
  }
  return kept;
}
