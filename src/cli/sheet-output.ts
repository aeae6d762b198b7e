/**
 * Writing one sheet the engine built (a report made from a plan, an annual report) to -o: into a
 * new workbook drawn by exceljs, or patched into an existing one (./package) so that nothing
 * already there changes. The builder is told whether -o is the workbook the command read, so a
 * sheet may keep references to that workbook's own sheets only when they are there.
 */
import type { Workbook } from "exceljs";
import type { TemplateSheet } from "../core/templates";
import type { Lang } from "../core/types";
import { sayRefused } from "./destination";
import type { CliIo } from "./io";
import { addBuiltSheet, nodeCodec, refusalText } from "./package";
import { describeProblem, errorDetail } from "./read-problem";
import { sameFile, writeAtomically } from "./safe-output";
import type { Destination } from "./safe-output";
import { errorLine } from "./terminal-text";
import { uiText } from "./ui-text";
import { readWorkbookFile } from "./workbook-file";

export type SheetBuild = (intoInputBook: boolean) => (existing: string[], serial: number) => TemplateSheet;

export interface SheetOutput {
  /** The file the command read, and its bytes: -o may be that very workbook. */
  input: string;
  inputBytes: Uint8Array;
  build: SheetBuild;
  /** For a new workbook: sheets to add before the built one (an annual report's quarters). */
  newBook?: (workbook: Workbook) => void;
  /** Write a new workbook even where -o exists (the user said --force). */
  fresh?: boolean;
  today: Date;
  lang: Lang;
  io: CliIo;
}

/** The sheet's name once written; null when it was not, the reason already said on stderr. */
export async function writeSheet(destination: Destination, output: SheetOutput): Promise<{ sheet: string } | null> {
  const { io, lang } = output;
  const file = destination.path;
  const fail = (reason: string) => {
    io.stderr.write(errorLine(`${file}: ${reason}`));
    return null;
  };
  let bytes: Uint8Array;
  let sheet: string;
  if (destination.replacedMode !== null && !output.fresh) {
    const same = await sameFile(output.input, file);
    const read = same ? { ok: true as const, bytes: output.inputBytes } : await readWorkbookFile(file, { allowEmpty: true });
    if (!read.ok) return fail(describeProblem(read.problem, lang));
    const patched = await addBuiltSheet(read.bytes, output.build(same), nodeCodec, output.today);
    if ("refusal" in patched) return fail(refusalText(patched.refusal, lang));
    [bytes, sheet] = [patched.bytes, patched.template.name];
  } else {
    if (file.toLowerCase().endsWith(".xlsm")) {
      // exceljs writes an .xlsx package, which Excel will not open under an .xlsm name.
      sayRefused(io, file, { kind: "wrong-extension", expected: ".xlsx" }, lang);
      return null;
    }
    const { addBuiltTemplate, newWorkbook } = await import(/* webpackChunkName: "exceljs" */ "./xlsx/write-template");
    const workbook = newWorkbook(output.today);
    output.newBook?.(workbook);
    sheet = addBuiltTemplate(workbook, output.build(false)).name;
    bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  }
  try {
    await writeAtomically(destination, bytes);
  } catch (err) {
    io.stderr.write(errorLine(uiText[lang].cannotWrite(file, errorDetail(err))));
    return null;
  }
  return { sheet };
}
