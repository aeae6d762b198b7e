/** Command-line words -> what to do. No I/O here, so every case is a plain unit test. */
import type { Lang } from "../core/types";
import { DETAIL_BOUNDS, TEMPLATE_IDS } from "../core/templates";
import type { TemplateDetails, TemplateId } from "../core/templates";

/** What the user said about the template's title block; the engine fills in the rest (completeDetails). */
export type TemplateAnswers = Partial<TemplateDetails>;

export type Command =
  | { kind: "check"; files: string[]; json: boolean; lang: Lang }
  | { kind: "template"; template: TemplateId; output: string; answers: TemplateAnswers; lang: Lang }
  | { kind: "template-list"; lang: Lang }
  | { kind: "compute"; file: string; output: string; addPercentColumn: boolean; replaceTotals: boolean; lang: Lang }
  | { kind: "help"; lang: Lang }
  | { kind: "version" }
  | { kind: "usage-error"; problem: UsageProblem; lang: Lang };

export type UsageProblem =
  | { kind: "no-command" }
  | { kind: "unknown-command"; word: string }
  | { kind: "unknown-option"; word: string }
  | { kind: "option-not-here"; word: string; command: CommandName }
  | { kind: "missing-value"; word: string }
  | { kind: "bad-value"; word: string; value: string }
  | { kind: "bad-lang"; word: string }
  | { kind: "no-files" }
  | { kind: "no-template" }
  | { kind: "unknown-template"; word: string }
  | { kind: "no-output" }
  | { kind: "extra-words"; words: string[] };

export type CommandName = "check" | "template" | "compute";

const LANGS: readonly Lang[] = ["uk", "en"];
const COMMANDS: readonly CommandName[] = ["check", "template", "compute"];

/** Options that take a value, and the commands they belong to. */
const VALUED = {
  "--output": ["template", "compute"],
  "--org": ["template"],
  "--year": ["template"],
  "--quarter": ["template"],
  "--responsible": ["template"],
  "--rows": ["template"],
} as const satisfies Record<string, readonly CommandName[]>;

const FLAGS = {
  "--json": ["check"],
  "--list": ["template"],
  "--add-percent-column": ["compute"],
  "--replace-totals": ["compute"],
} as const satisfies Record<string, readonly CommandName[]>;

type ValuedOption = keyof typeof VALUED;
type Flag = keyof typeof FLAGS;

const ALIASES: Partial<Record<string, ValuedOption>> = { "-o": "--output" };

export function parseArgs(argv: readonly string[]): Command {
  const words: string[] = [];
  const values: Partial<Record<ValuedOption, string>> = {};
  const flags = new Set<Flag>();
  const given: string[] = [];
  let help = false, version = false;
  let lang: Lang = "uk";
  let problem: UsageProblem | null = null;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") { words.push(...argv.slice(i + 1)); break; }
    const [rawName, inline] = splitInline(arg);
    const name: string = ALIASES[rawName] ?? rawName;
    if (arg === "-h" || arg === "--help") help = true;
    else if (arg === "-v" || arg === "--version") version = true;
    else if (name === "--lang") {
      const value = inline ?? argv[++i] ?? "";
      if (isLang(value)) lang = value;
      else problem ??= { kind: "bad-lang", word: value };
    } else if (isValued(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) problem ??= { kind: "missing-value", word: rawName };
      else { values[name] = value; given.push(name); }
    } else if (isFlag(arg)) { flags.add(arg); given.push(arg); }
    else if (arg.startsWith("-") && arg !== "-") problem ??= { kind: "unknown-option", word: arg };
    else words.push(arg);
  }

  // Help and version win over everything else, as in most CLIs: asking for help is never an error.
  if (help) return { kind: "help", lang };
  if (version) return { kind: "version" };
  if (problem) return { kind: "usage-error", problem, lang };
  const [command, ...rest] = words;
  if (command === undefined) return usage({ kind: "no-command" }, lang);
  if (!isCommand(command)) return usage({ kind: "unknown-command", word: command }, lang);
  const misplaced = given.find((option) => !(owners(option) as readonly string[]).includes(command));
  if (misplaced) return usage({ kind: "option-not-here", word: misplaced, command }, lang);

  switch (command) {
    case "check":
      if (rest.length === 0) return usage({ kind: "no-files" }, lang);
      return { kind: "check", files: rest, json: flags.has("--json"), lang };
    case "template":
      return templateCommand(rest, values, flags.has("--list"), lang);
    case "compute":
      return computeCommand(rest, values, flags, lang);
  }
}

function templateCommand(rest: string[], values: Partial<Record<ValuedOption, string>>, list: boolean, lang: Lang): Command {
  if (list) return rest.length === 0 ? { kind: "template-list", lang } : usage({ kind: "extra-words", words: rest }, lang);
  const [template, ...extra] = rest;
  if (template === undefined) return usage({ kind: "no-template" }, lang);
  if (!isTemplate(template)) return usage({ kind: "unknown-template", word: template }, lang);
  if (extra.length > 0) return usage({ kind: "extra-words", words: extra }, lang);
  if (values["--output"] === undefined) return usage({ kind: "no-output" }, lang);
  const answers: TemplateAnswers = {};
  if (values["--org"] !== undefined) answers.organisation = values["--org"];
  if (values["--responsible"] !== undefined) answers.responsible = values["--responsible"];
  const year = numberOption(values, "--year", DETAIL_BOUNDS.year);
  const quarter = numberOption(values, "--quarter", DETAIL_BOUNDS.quarter);
  const rows = numberOption(values, "--rows", DETAIL_BOUNDS.rows);
  for (const n of [year, quarter, rows]) if (typeof n === "object") return usage(n.bad, lang);
  if (typeof year === "number") answers.year = year;
  if (typeof quarter === "number") answers.quarter = quarter as 1 | 2 | 3 | 4;
  if (typeof rows === "number") answers.rows = rows;
  return { kind: "template", template, output: values["--output"], answers, lang };
}

function computeCommand(rest: string[], values: Partial<Record<ValuedOption, string>>, flags: Set<Flag>, lang: Lang): Command {
  const [file, ...extra] = rest;
  if (file === undefined) return usage({ kind: "no-files" }, lang);
  if (extra.length > 0) return usage({ kind: "extra-words", words: extra }, lang);
  // No default output name: the input is never overwritten unless -o names it.
  if (values["--output"] === undefined) return usage({ kind: "no-output" }, lang);
  return {
    kind: "compute",
    file,
    output: values["--output"],
    addPercentColumn: flags.has("--add-percent-column"),
    replaceTotals: flags.has("--replace-totals"),
    lang,
  };
}

function usage(problem: UsageProblem, lang: Lang): Command {
  return { kind: "usage-error", problem, lang };
}

/** "--year=2025" -> ["--year", "2025"]; a short option or a plain word has no inline value. */
function splitInline(arg: string): [string, string | undefined] {
  if (!arg.startsWith("--")) return [arg, undefined];
  const eq = arg.indexOf("=");
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

/** A whole number within bounds; `{bad}` carries the usage problem when the text is not one. */
function numberOption(values: Partial<Record<ValuedOption, string>>, option: ValuedOption, bounds: { min: number; max: number }): number | { bad: UsageProblem } | undefined {
  const text = values[option];
  if (text === undefined) return undefined;
  return wholeNumber(text, bounds.min, bounds.max) ?? { bad: { kind: "bad-value", word: option, value: text } };
}

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const n = Number(text.trim());
  return n >= min && n <= max ? n : null;
}

function owners(option: string): readonly CommandName[] {
  if (isValued(option)) return VALUED[option];
  if (isFlag(option)) return FLAGS[option];
  return COMMANDS;
}

function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

function isValued(name: string): name is ValuedOption {
  return Object.hasOwn(VALUED, name);
}

function isFlag(name: string): name is Flag {
  return Object.hasOwn(FLAGS, name);
}

function isCommand(word: string): word is CommandName {
  return (COMMANDS as readonly string[]).includes(word);
}

function isTemplate(word: string): word is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(word);
}
