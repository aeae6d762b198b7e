/**
 * The marked copies `mark` and `check --mark-dir` write: a checked file's bytes with its findings
 * marked (package/mark.ts), and for --mark-dir a copy of every file with findings in a folder,
 * never replacing a file there.
 */
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Lang } from "../core/types";
import { counted } from "../core/messages/format";
import { sayRefused } from "./destination";
import { workbookBytesFromFile } from "./input-file";
import type { CliIo } from "./io";
import { markText, unmarkedLines } from "./mark-text";
import { isUnreadable } from "./outcome";
import type { CheckedFile, FileOutcome } from "./outcome";
import { nodeCodec, refusalText } from "./package";
import { patchMarks, planMarks } from "./package/mark";
import type { PatchedMarks } from "./package/mark";
import { describeProblem, errorDetail } from "./read-problem";
import { checkDestination, writeAtomically } from "./safe-output";
import { errorLine, printable } from "./terminal-text";
import { uiText } from "./ui-text";

export type MarkedCopy = (PatchedMarks & { extension: ".xlsx" | ".xlsm" }) | { problem: string };

/** The checked file's bytes with its findings marked, or why they could not be. */
export async function markedCopy(file: string, checked: CheckedFile, lang: Lang): Promise<MarkedCopy> {
  const read = await workbookBytesFromFile(file);
  if (!read.ok) return { problem: describeProblem(read.problem, lang) };
  const patched = patchMarks(read.bytes, planMarks(checked.reports, lang), nodeCodec);
  if ("refusal" in patched) return { problem: refusalText(patched.refusal, lang) };
  // The package keeps its kind, so its name keeps the extension Excel expects of it: .xlsm in, .xlsm out.
  return { ...patched, extension: patched.macroEnabled ? ".xlsm" : ".xlsx" };
}

/**
 * `check --mark-dir DIR`: a marked copy of every checked file with a finding to show, at its path
 * below the folder all the checked files share (DIR/<name>.xlsx for files of one folder). A file
 * already there is never replaced: that copy is refused with one line, the others are written.
 * Returns false when some copy could not be written. Human output gets one line saying how many.
 */
export async function markInto(dir: string, outcomes: FileOutcome[], lang: Lang, io: CliIo, say: boolean, force = false): Promise<boolean> {
  const toMark = outcomes.filter((o): o is CheckedFile => !isUnreadable(o) && o.reports.some((r) => r.findings.some((f) => !f.accepted)));
  const root = sharedFolder(toMark.map((o) => path.dirname(path.resolve(o.file))));
  let written = 0;
  let ok = true;
  const done = new Set<string>();
  // --force replaces an earlier run's copies, never a file that was checked (a mark dir over the inputs).
  const inputs = new Set<string>();
  for (const o of outcomes) {
    const s = await stat(o.file).catch(() => null);
    if (s) inputs.add(`${s.dev}:${s.ino}`);
  }
  for (const checked of toMark) {
    const source = path.resolve(checked.file);
    if (done.has(source)) continue;
    done.add(source);
    const marked = await markedCopy(checked.file, checked, lang);
    if ("problem" in marked) {
      io.stderr.write(errorLine(`${checked.file}: ${marked.problem}`));
      ok = false;
      continue;
    }
    const target = copyPath(dir, root, source, marked.extension);
    const existing = await stat(target).catch(() => null);
    if (existing && inputs.has(`${existing.dev}:${existing.ino}`)) {
      sayRefused(io, target, { kind: "is-input", final: true }, lang, "--mark-dir");
      ok = false;
      continue;
    }
    if (!(await writeCopy(target, marked.bytes, marked.extension, lang, io, force))) ok = false;
    else {
      written++;
      // A copy sent back and marked again: what came off it, or stayed coloured, said per sheet.
      if (say) for (const u of marked.unmarked) for (const line of unmarkedLines(u, lang)) io.stdout.write(`${printable(`${target}: «${u.sheet}»: ${line}`)}\n`);
    }
  }
  if (say) io.stdout.write(`${markText[lang].copies(counted(written, uiText[lang].nouns.files, lang), printable(dir))}\n`);
  return ok;
}

async function writeCopy(target: string, bytes: Uint8Array, extension: ".xlsx" | ".xlsm", lang: Lang, io: CliIo, force: boolean): Promise<boolean> {
  try {
    await mkdir(path.dirname(target), { recursive: true });
    const checked = await checkDestination(target, { extension, force });
    if (!checked.ok) {
      sayRefused(io, target, checked.refusal, lang, "--mark-dir");
      return false;
    }
    await writeAtomically(checked.destination, bytes);
    return true;
  } catch (err) {
    io.stderr.write(errorLine(uiText[lang].cannotWrite(target, errorDetail(err))));
    return false;
  }
}

/** Where a file's marked copy goes: its path below `root`, under `dir`, with the extension of its kind. */
function copyPath(dir: string, root: string, source: string, extension: string): string {
  const below = path.relative(root, source);
  const name = below.startsWith("..") || path.isAbsolute(below) ? path.basename(source) : below;
  const stem = name.slice(0, name.length - path.extname(name).length);
  return path.join(dir, `${stem}${extension}`);
}

/** The deepest folder holding every one of `folders` (absolute paths). */
function sharedFolder(folders: string[]): string {
  if (folders.length === 0) return "";
  const split = folders.map((f) => f.split(path.sep));
  const first = split[0];
  let depth = 0;
  while (depth < first.length && split.every((parts) => parts[depth] === first[depth])) depth++;
  return first.slice(0, depth).join(path.sep) || path.sep;
}
