/**
 * `pokaznyk mark FILE -o MARKED.xlsx` (and, through mark-copies.ts, `check … --mark-dir DIR`):
 * the centre's own workbook given back with every problem cell coloured as the add-in colours it
 * and each finding's message in a note on the cell, so the office can answer "here is your file
 * with the problems shown".
 * The findings are check's own (checkFile), so a check of the marked copy says the same; the copy
 * is written by patching the package (package/mark.ts): values and every other part unchanged.
 * -o follows safe-output.ts (not the input, not an existing file unless --force); --mark-dir never
 * replaces a file, and keeps the files' folders below the folder they all share.
 */
import type { Lang, SheetReport } from "../core/types";
import { counted } from "../core/messages/format";
import { checkFile } from "./check-command";
import { paletteFor } from "./colour";
import { acceptedDestination } from "./destination";
import type { CliIo } from "./io";
import { findingsNoted, markText, unmarkedLines } from "./mark-text";
import { markedCopy } from "./mark-copies";
import { EXIT_CANNOT, exitStatus, isUnreadable } from "./outcome";
import type { PatchedMarks } from "./package/mark";
import { describeProblem, errorDetail } from "./read-problem";
import { sameFile, writeAtomically } from "./safe-output";
import { summaryLine } from "./summary";
import { errorLine, printable } from "./terminal-text";
import { uiText } from "./ui-text";

export interface MarkRequest {
  file: string;
  output: string;
  /** OUT may replace an existing file other than FILE. */
  force?: boolean;
  lang: Lang;
}

export async function runMark(request: MarkRequest, io: CliIo): Promise<number> {
  const { file, output, lang } = request;
  const text = uiText[lang];
  const cannot = (reason: string) => {
    io.stderr.write(errorLine(`${file}: ${reason}`));
    return EXIT_CANNOT;
  };
  const checked = await checkFile(file, []);
  if (isUnreadable(checked)) return cannot(describeProblem(checked.problem, lang));
  const marked = await markedCopy(file, checked, lang);
  if ("problem" in marked) return cannot(marked.problem);
  // The input is never the output, --force or not: the marks are for a copy to send back.
  if (await sameFile(output, file)) return cannot(markText[lang].isInput(printable(output)));
  const destination = await acceptedDestination(output, { input: file, force: request.force, extension: marked.extension }, lang, io);
  if (destination === null) return EXIT_CANNOT;
  try {
    await writeAtomically(destination, marked.bytes);
  } catch (err) {
    io.stderr.write(errorLine(text.cannotWrite(output, errorDetail(err))));
    return EXIT_CANNOT;
  }
  const palette = paletteFor(io.stdout.isTTY);
  const lines = [palette.bold(printable(`${file} → ${output}`))];
  for (const r of checked.reports) {
    lines.push(`  ${text.sheet(printable(r.sheet))} — ${sheetLine(r, marked, lang)}`);
    // A copy marked before: what came off it, under its sheet.
    lines.push(...unmarkedLines(marked.unmarked.find((u) => u.sheet === r.sheet), lang).map((line) => `    ${printable(line)}`));
  }
  lines.push("", text.compute.savedTo(printable(output)), summaryLine([{ file: output, reports: checked.reports }], lang));
  io.stdout.write(`${lines.join("\n")}\n`);
  return exitStatus([checked]);
}

function sheetLine(report: SheetReport, marked: PatchedMarks, lang: Lang): string {
  const text = markText[lang];
  if (report.form === null) return text.notAForm;
  const cells = marked.marked.find((m) => m.sheet === report.sheet)?.cells.length ?? 0;
  if (cells === 0) return text.nothing;
  const open = report.findings.filter((f) => !f.accepted);
  const count = (severity: string) => open.filter((f) => f.severity === severity).length;
  return text.marked(counted(cells, text.cells, lang), findingsNoted({ error: count("error"), warning: count("warning"), info: count("info") }, lang));
}
