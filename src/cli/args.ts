/** Command-line words -> what to do. No I/O here, so every case is a plain unit test. */
import type { Lang } from "../core/types";

export type Command =
  | { kind: "check"; files: string[]; json: boolean; lang: Lang }
  | { kind: "help"; lang: Lang }
  | { kind: "version" }
  | { kind: "usage-error"; problem: UsageProblem; lang: Lang };

export type UsageProblem =
  | { kind: "no-command" }
  | { kind: "unknown-command"; word: string }
  | { kind: "unknown-option"; word: string }
  | { kind: "bad-lang"; word: string }
  | { kind: "no-files" };

const LANGS: readonly Lang[] = ["uk", "en"];

export function parseArgs(argv: readonly string[]): Command {
  const words: string[] = [];
  let json = false, help = false, version = false;
  let lang: Lang = "uk";
  let problem: UsageProblem | null = null;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") { words.push(...argv.slice(i + 1)); break; }
    if (arg === "--json") json = true;
    else if (arg === "-h" || arg === "--help") help = true;
    else if (arg === "-v" || arg === "--version") version = true;
    else if (arg === "--lang" || arg.startsWith("--lang=")) {
      const value = arg === "--lang" ? argv[++i] ?? "" : arg.slice("--lang=".length);
      if (isLang(value)) lang = value;
      else problem ??= { kind: "bad-lang", word: value };
    } else if (arg.startsWith("-") && arg !== "-") problem ??= { kind: "unknown-option", word: arg };
    else words.push(arg);
  }

  // Help and version win over everything else, as in most CLIs: asking for help is never an error.
  if (help) return { kind: "help", lang };
  if (version) return { kind: "version" };
  if (problem) return { kind: "usage-error", problem, lang };
  const [command, ...files] = words;
  if (command === undefined) return { kind: "usage-error", problem: { kind: "no-command" }, lang };
  if (command !== "check") return { kind: "usage-error", problem: { kind: "unknown-command", word: command }, lang };
  if (files.length === 0) return { kind: "usage-error", problem: { kind: "no-files" }, lang };
  return { kind: "check", files, json, lang };
}

function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
