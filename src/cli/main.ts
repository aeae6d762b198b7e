/**
 * `pokaznyk check | compute | template`: the CLI entry that bin/pokaznyk.js calls. Parses the
 * words (args.ts) and hands each command to its own file; returns the exit status instead of
 * exiting, so tests run it in-process.
 */
import { parseArgs } from "./args";
import type { Command } from "./args";
import { processIo } from "./io";
import type { CliIo } from "./io";
import { EXIT_CANNOT } from "./outcome";
import { messageOf } from "./read-problem";
import { errorLine } from "./terminal-text";
import { uiText } from "./ui-text";
import { packageVersion } from "./version";

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    const command = parseArgs(argv);
    const status = await dispatch(command, io);
    return (await lostOutput(command, io)) ?? status;
  } catch (err) {
    // Last resort: a bug must still end with one readable line, not a stack trace.
    io.stderr.write(errorLine(messageOf(err)));
    return EXIT_CANNOT;
  }
}

/** A result cut short by a full disk must not pass for a whole one (`check --json > out.json`). */
async function lostOutput(command: Command, io: CliIo): Promise<number | undefined> {
  if (io.outputLost === undefined) return undefined;
  // Node reports a failed write on the next turn: the last one's, too, is heard before asking.
  await new Promise((resolve) => setImmediate(resolve));
  const code = io.outputLost();
  if (code === undefined) return undefined;
  io.stderr.write(errorLine(uiText["lang" in command ? command.lang : "uk"].outputLost(code)));
  return EXIT_CANNOT;
}

async function dispatch(command: Command, io: CliIo): Promise<number> {
  switch (command.kind) {
    case "help":
      io.stdout.write(uiText[command.lang].help);
      return 0;
    case "version":
      io.stdout.write(`${packageVersion()}\n`);
      return 0;
    case "usage-error": {
      const text = uiText[command.lang];
      // A usage mistake shares status 2 with an unreadable file: in both cases nothing was checked.
      io.stderr.write(`${errorLine(text.usage(command.problem))}${text.seeHelp}\n`);
      return EXIT_CANNOT;
    }
    // Each command's module is loaded when it runs ("eager": webpack keeps it in the main file), so
    // a command never pays for another's modules at start. exceljs, for drawing templates, sits in
    // a chunk file of its own (src/cli/xlsx/write-template.ts), so `check` never even reads it.
    case "check":
      return (await import(/* webpackMode: "eager" */ "./check-command")).runCheck(command, io);
    case "template":
      return (await import(/* webpackMode: "eager" */ "./template-command")).runTemplate(command, io);
    case "template-list":
      return (await import(/* webpackMode: "eager" */ "./template-command")).listTemplates(command.lang, io);
    case "compute":
      return (await import(/* webpackMode: "eager" */ "./compute-command")).runCompute(command, io);
    case "report-from-plan":
      return (await import(/* webpackMode: "eager" */ "./report-from-plan-command")).runReportFromPlan(command, io);
    case "annual-report":
      return (await import(/* webpackMode: "eager" */ "./annual-report-command")).runAnnualReport(command, io);
    case "mark":
      return (await import(/* webpackMode: "eager" */ "./mark-command")).runMark(command, io);
    case "consolidate":
      return (await import(/* webpackMode: "eager" */ "./consolidate-command")).runConsolidate(command, io);
  }
}
