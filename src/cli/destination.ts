/**
 * The one-line refusals of compute and template: a destination safe-output.ts will not write.
 * Each is `pokaznyk: FILE: reason` on stderr, exit 2, with nothing written.
 */
import type { Lang } from "../core/types";
import type { CliIo } from "./io";
import { errorDetail } from "./read-problem";
import { checkDestination } from "./safe-output";
import { errorLine } from "./terminal-text";
import type { Destination, OutputPolicy } from "./safe-output";
import { uiText } from "./ui-text";
import type { Refusal } from "./ui-text";

/** The destination if -o may be written; else null, the reason already said. */
export async function acceptedDestination(output: string, policy: OutputPolicy, lang: Lang, io: CliIo, option = "-o"): Promise<Destination | null> {
  try {
    const checked = await checkDestination(output, policy);
    if (checked.ok) return checked.destination;
    sayRefused(io, output, checked.refusal, lang, option);
  } catch (err) {
    // The folder cannot be looked into (EACCES, ELOOP): as a failed write says it.
    io.stderr.write(errorLine(uiText[lang].cannotWrite(output, errorDetail(err))));
  }
  return null;
}

/** `option`: the option that named the file (-o, --report, --mark-dir), as the advice names it. */
export function sayRefused(io: CliIo, file: string, refusal: Refusal, lang: Lang, option = "-o"): void {
  io.stderr.write(errorLine(`${file}: ${uiText[lang].refused(refusal, option)}`));
}
