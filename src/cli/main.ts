/**
 * `pokaznyk check | compute | template`: the CLI entry that bin/pokaznyk.js calls.
 * Returns the exit status instead of exiting, so tests run it in-process.
 */
import type { Lang } from "../core/types";
import { parseArgs } from "./args";
import type { Command } from "./args";
import { checkFiles } from "./check-files";
import { paletteFor } from "./colour";
import { computeFile } from "./compute-command";
import { renderHuman } from "./human-output";
import { processIo } from "./io";
import type { CliIo } from "./io";
import { toJsonDocument } from "./json-output";
import { exitStatus, isUnreadable } from "./outcome";
import { describeProblem, messageOf } from "./read-problem";
import { uiText } from "./ui-text";
import { listTemplates, writeTemplate } from "./template-command";
import { packageVersion } from "./version";

/** Usage mistakes share status 2 with unreadable files: in both cases nothing was checked. */
const EXIT_CANNOT_CHECK = 2;

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    return await run(parseArgs(argv), io);
  } catch (err) {
    // Last resort: a bug must still end with one readable line, not a stack trace.
    io.stderr.write(`pokaznyk: ${messageOf(err)}\n`);
    return EXIT_CANNOT_CHECK;
  }
}

async function run(command: Command, io: CliIo): Promise<number> {
  switch (command.kind) {
    case "help":
      io.stdout.write(uiText[command.lang].help);
      return 0;
    case "version":
      io.stdout.write(`${packageVersion()}\n`);
      return 0;
    case "usage-error": {
      const text = uiText[command.lang];
      io.stderr.write(`pokaznyk: ${text.usage(command.problem)}\n${text.seeHelp}\n`);
      return EXIT_CANNOT_CHECK;
    }
    case "check":
      return check(command.files, command.json, command.lang, io);
    case "template":
      return writeTemplate(command, io);
    case "template-list":
      return listTemplates(command.lang, io);
    case "compute":
      return computeFile(command, io);
  }
}

async function check(files: string[], json: boolean, lang: Lang, io: CliIo): Promise<number> {
  const outcomes = await checkFiles(files);
  for (const o of outcomes) {
    if (isUnreadable(o)) io.stderr.write(`pokaznyk: ${o.file}: ${describeProblem(o.problem, lang)}\n`);
  }
  if (json) io.stdout.write(`${JSON.stringify(toJsonDocument(outcomes, lang), null, 2)}\n`);
  else io.stdout.write(renderHuman(outcomes, lang, paletteFor(io.stdout.isTTY)));
  return exitStatus(outcomes);
}
