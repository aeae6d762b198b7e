/**
 * The rows of `check --report`'s workbook, as plain data: one summary row per file and sheet (an
 * unreadable file has one, with the reason), and every finding in the order `check --json` lists
 * them, each summary row pointing at its sheet's first finding row. Drawn by xlsx/write-report.ts;
 * kept free of exceljs, so the data is tested without it.
 */
import { sheetVerdict } from "../core/verdict";
import type { Verdict } from "../core/verdict";
import type { Lang, SheetReport } from "../core/types";
import { officeText } from "./office-text";
import { isUnreadable } from "./outcome";
import type { FileOutcome } from "./outcome";
import { describeProblem } from "./read-problem";
import { executionOf } from "./summary";
import { findingMessage, printable } from "./terminal-text";
import { Spool } from "./spool";
import { uiText } from "./ui-text";

/** A sheet's verdict, and what the summary colours: a ready sheet with warnings is worth a look. */
export type ReportVerdict = Verdict | "ready-with-warnings" | "unreadable";

export interface SummaryRow {
  file: string;
  sheet: string;
  organisation: string;
  form: string;
  period: string;
  verdict: ReportVerdict;
  verdictText: string;
  errors: number | null;
  warnings: number | null;
  info: number | null;
  execution: number | null;
  /** The findings sheet's row of this sheet's first finding (1-based, after the header); null when none. */
  firstFinding: number | null;
  note: string;
}

export interface FindingRow {
  file: string;
  sheet: string;
  cell: string;
  row: number;
  rule: string;
  severity: string;
  message: string;
  accepted: string;
}

export interface ReportRows {
  summary: SummaryRow[];
  findings: FindingRow[];
}

/** The rows of a whole run: the summary in memory (a row a sheet), the findings read back in order as they are drawn. */
export interface ReportRowSource {
  summary: SummaryRow[];
  findingCount: number;
  findings(): AsyncIterable<FindingRow>;
}

/** The findings sheet's first data row: its header is row 1. */
export const FIRST_DATA_ROW = 2;

/**
 * The rows drawn file by file as each is checked, so a run keeps its rows, not its files' measures;
 * the findings, most of them, set aside as JSON lines (spool.ts) until the summary sheet is written.
 */
export class ReportRowsBuilder implements ReportRowSource {
  readonly summary: SummaryRow[] = [];
  findingCount = 0;
  private readonly spool: Spool;

  constructor(
    private readonly lang: Lang,
    spool: Spool = new Spool(),
  ) {
    this.spool = spool;
  }

  add(outcome: FileOutcome): void {
    const { summary, findings } = this.drawn(outcome);
    // Copied: a cell's text (an organisation, a quoted value) can be a slice of its workbook's whole XML text.
    this.summary.push(...structuredClone(summary));
    this.findingCount += findings.length;
    // JSON escapes every line break inside a string: one row, one line.
    if (findings.length > 0) this.spool.append(findings.map((f) => `${JSON.stringify(f)}\n`).join(""));
  }

  async *findings(): AsyncGenerator<FindingRow> {
    let rest = "";
    for await (const piece of this.spool.pieces()) {
      const lines = (rest + piece).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) yield JSON.parse(line) as FindingRow;
    }
  }

  private drawn(outcome: FileOutcome): ReportRows {
    const { lang } = this;
    const text = officeText[lang];
    const summary: SummaryRow[] = [];
    const findings: FindingRow[] = [];
    const before = this.findingCount;
    const file = printable(outcome.file);
    if (isUnreadable(outcome)) {
      summary.push({ ...blankRow(file), verdict: "unreadable", verdictText: text.report.verdict.unreadable, note: printable(describeProblem(outcome.problem, lang)) });
      return { summary, findings };
    }
    outcome.reports.forEach((report, k) => {
      const title = outcome.titles?.[k];
      const { verdict, counts } = sheetVerdict(report);
      summary.push({
        file,
        sheet: printable(report.sheet),
        organisation: printable(title?.organisation ?? ""),
        form: report.form === null ? text.noForm : text.formShort[report.form],
        period: title?.period ? text.period(title.period) : "",
        verdict: verdict === "ready" && counts.warning > 0 ? "ready-with-warnings" : verdict,
        verdictText: text.report.verdict[verdict],
        errors: counts.error,
        warnings: counts.warning,
        info: counts.info,
        execution: executionOf([report]),
        firstFinding: report.findings.length > 0 ? FIRST_DATA_ROW + before + findings.length : null,
        note: "",
      });
      findings.push(...findingRows(file, report, lang));
    });
    return { summary, findings };
  }
}

function findingRows(file: string, report: SheetReport, lang: Lang): FindingRow[] {
  const severity = uiText[lang].severity;
  return report.findings.map((f) => ({
    file,
    sheet: printable(report.sheet),
    cell: f.cell,
    row: f.row,
    rule: f.rule,
    severity: severity[f.severity],
    message: printable(findingMessage(f, lang)),
    accepted: f.accepted ? printable(f.accepted.reason) : "",
  }));
}

function blankRow(file: string): Omit<SummaryRow, "verdict" | "verdictText" | "note"> {
  return { file, sheet: "", organisation: "", form: "", period: "", errors: null, warnings: null, info: null, execution: null, firstFinding: null };
}
