/**
 * Command-line words -> what to do. Node's `util.parseArgs` splits the words (`--opt=value`,
 * `-o FILE`, `--`); this file decides what they mean and says every mistake as a UsageProblem,
 * in the official's words (ui-text.ts), not Node's. No I/O here, so every case is a plain unit test.
 */
import { parseArgs as splitArgs } from "node:util";
import type { Lang, Severity } from "../core/types";
import { ruleCatalogue } from "../core/rules/catalogue";
import { SEVERITIES } from "../core/verdict";
import { severityNames, severityNouns } from "../core/messages/severity";
import { nearestWords } from "./nearest-words";
import type { Meant } from "./nearest-words";
import { TEMPLATE_IDS, checkDetailNumber } from "../core/templates";
import type { DetailField, TemplateDetails, TemplateId } from "../core/templates";

/** What the user said about the template's title block; the engine fills in the rest (completeDetails). */
export type TemplateAnswers = Partial<TemplateDetails>;

export type Command =
  | { kind: "check"; files: string[]; json: boolean; all: boolean; plan?: string; filter?: CheckFilter; report?: string; markDir?: string; force?: true; lang: Lang }
  | { kind: "mark"; file: string; output: string; force?: true; lang: Lang }
  | { kind: "report-from-plan"; file: string; output: string; quarter: 1 | 2 | 3 | 4; cumulative: boolean; answers: TemplateAnswers; lang: Lang }
  | { kind: "annual-report"; files: string[]; output: string; answers: TemplateAnswers; force?: true; lang: Lang }
  | { kind: "consolidate"; files: string[]; output: string; answers: TemplateAnswers; force?: true; lang: Lang }
  | { kind: "template"; template: TemplateId; output: string; answers: TemplateAnswers; lang: Lang }
  | { kind: "template-list"; lang: Lang }
  | { kind: "compute"; file: string; output: string; addPercentColumn: boolean; replaceTotals: boolean; force?: true; fixes?: CliFix[]; replacePercents?: true; lang: Lang }
  | { kind: "help"; lang: Lang }
  | { kind: "version" }
  | { kind: "usage-error"; problem: UsageProblem; lang: Lang };

export type UsageProblem =
  | { kind: "no-command" }
  | { kind: "unknown-command"; word: string }
  | { kind: "unknown-option"; word: string }
  | { kind: "option-not-here"; word: string; command: CommandName }
  | { kind: "missing-value"; word: string }
  /** `suggestions`: the accepted values nearest the one typed; `choices`: all of them, when they are few. */
  | { kind: "bad-value"; word: string; value: string; suggestions?: string[]; choices?: readonly string[] }
  | { kind: "bad-lang"; word: string }
  | { kind: "no-files" }
  | { kind: "no-template" }
  | { kind: "unknown-template"; word: string }
  | { kind: "no-output" }
  | { kind: "no-quarter" }
  | { kind: "extra-words"; words: string[] };

export type CommandName = "check" | "template" | "compute" | "report-from-plan" | "annual-report" | "mark" | "consolidate";

/** `--errors-only`, `--severity`, `--rule`: which findings `check` lists (src/cli/finding-filter.ts). */
export interface CheckFilter {
  severity?: Severity;
  rules?: string[];
}

/** The engine's fixes `compute --fix` applies (core/edits/fixes.ts); `--replace-percents` is the percent one. */
export const CLI_FIXES = ["numbers-as-text", "trim-spaces"] as const;
export type CliFix = (typeof CLI_FIXES)[number];

const LANGS: readonly Lang[] = ["uk", "en"];
export const COMMANDS: readonly CommandName[] = ["check", "template", "compute", "report-from-plan", "annual-report", "mark", "consolidate"];

/** Every option, as `util.parseArgs` wants it, and the commands it belongs to. */
const OPTIONS = {
  output: { type: "string", short: "o", for: ["template", "compute", "report-from-plan", "annual-report", "mark", "consolidate"] },
  org: { type: "string", for: ["template", "report-from-plan", "annual-report", "consolidate"] },
  year: { type: "string", for: ["template"] },
  quarter: { type: "string", for: ["template", "report-from-plan"] },
  // «План» as the sum of the quarters so far (a running total from January).
  cumulative: { type: "boolean", for: ["report-from-plan"] },
  // The approved plan a report is reconciled with, when it is not in the report's own workbook.
  plan: { type: "string", for: ["check"] },
  // A marked copy of every checked file with findings, written into this folder (mark-command.ts).
  "mark-dir": { type: "string", for: ["check"] },
  responsible: { type: "string", for: ["template", "report-from-plan", "annual-report", "consolidate"] },
  rows: { type: "string", for: ["template"] },
  json: { type: "boolean", for: ["check"] },
  // Every finding on its own line: without it, findings of one rule repeated over many cells are one line.
  all: { type: "boolean", for: ["check"] },
  list: { type: "boolean", for: ["template"] },
  // The receiving office's filters: the listing narrows, the counts and exit status do not.
  "errors-only": { type: "boolean", for: ["check"] },
  severity: { type: "string", for: ["check"] },
  rule: { type: "string", for: ["check"] },
  // The results as a workbook to sort and filter.
  report: { type: "string", for: ["check"] },
  "add-percent-column": { type: "boolean", for: ["compute"] },
  "replace-totals": { type: "boolean", for: ["compute"] },
  force: { type: "boolean", for: ["compute", "annual-report", "check", "mark", "consolidate"] },
  fix: { type: "string", for: ["compute"] },
  "replace-percents": { type: "boolean", for: ["compute"] },
  lang: { type: "string", for: COMMANDS },
  help: { type: "boolean", short: "h", for: COMMANDS },
  version: { type: "boolean", short: "v", for: COMMANDS },
} as const satisfies Record<string, { type: "string" | "boolean"; short?: string; for: readonly CommandName[] }>;

type OptionName = keyof typeof OPTIONS;
type Values = Partial<Record<OptionName, string>>;

export function parseArgs(argv: readonly string[]): Command {
  // Not strict: Node's own errors are English and stop at the first; the tokens let us say each in our words.
  const { tokens } = splitArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const words: string[] = [];
  const values: Values = {};
  const given: OptionName[] = [];
  const typed = new Map<OptionName, string>();
  let lang: Lang = "uk";
  let problem: UsageProblem | null = null;

  for (const token of tokens) {
    if (token.kind === "positional") words.push(token.value);
    if (token.kind !== "option") continue;
    const word = argv[token.index];
    const name = knownOption(token.name, token.rawName, word, token.value);
    if (name === null) {
      problem ??= { kind: "unknown-option", word };
    } else if (name === "lang" && token.value === undefined) {
      problem ??= { kind: "missing-value", word: token.rawName };
    } else if (name === "lang") {
      const value = token.value ?? "";
      if (isLang(value)) lang = value;
      else problem ??= { kind: "bad-lang", word: value };
    } else if (OPTIONS[name].type === "string" && token.value === undefined) {
      problem ??= { kind: "missing-value", word: token.rawName };
    } else {
      values[name] = token.value ?? "";
      given.push(name);
      // As the user typed it: `-o` is refused as `-o`, not as `--output`, a name the help never shows.
      typed.set(name, token.rawName);
    }
  }

  // Help and version win over everything else, as in most CLIs: asking for help is never an error.
  if (given.includes("help")) return { kind: "help", lang };
  if (given.includes("version")) return { kind: "version" };
  if (problem) return usage(problem, lang);
  const [command, ...rest] = words;
  if (command === undefined) return usage({ kind: "no-command" }, lang);
  if (!isCommand(command)) return usage({ kind: "unknown-command", word: command }, lang);
  const misplaced = given.find((option) => !(OPTIONS[option].for as readonly string[]).includes(command));
  if (misplaced) return usage({ kind: "option-not-here", word: typed.get(misplaced) ?? `--${misplaced}`, command }, lang);

  switch (command) {
    case "check":
      return checkCommand(rest, values, given, lang);
    case "mark": {
      const [file, ...extra] = rest;
      if (file === undefined) return usage({ kind: "no-files" }, lang);
      if (extra.length > 0) return usage({ kind: "extra-words", words: extra }, lang);
      if (values.output === undefined) return usage({ kind: "no-output" }, lang);
      return { kind: "mark", file, output: values.output, ...(given.includes("force") ? { force: true as const } : {}), lang };
    }
    case "template":
      return templateCommand(rest, values, given.includes("list"), lang);
    case "compute":
      return computeCommand(rest, values, given, lang);
    case "report-from-plan":
      return reportFromPlanCommand(rest, values, given, lang);
    case "annual-report":
    case "consolidate": {
      if (rest.length === 0) return usage({ kind: "no-files" }, lang);
      if (values.output === undefined) return usage({ kind: "no-output" }, lang);
      return { kind: command, files: rest, output: values.output, answers: titleAnswers(values), ...(given.includes("force") ? { force: true as const } : {}), lang };
    }
  }
}

function checkCommand(rest: string[], values: Values, given: OptionName[], lang: Lang): Command {
  if (rest.length === 0) return usage({ kind: "no-files" }, lang);
  const filter: CheckFilter = {};
  if (values.severity !== undefined) {
    if (!(SEVERITIES as readonly string[]).includes(values.severity)) {
      return usage({ kind: "bad-value", word: "--severity", value: values.severity, ...hints(values.severity, SEVERITY_WORDS), choices: SEVERITIES }, lang);
    }
    filter.severity = values.severity as Severity;
  }
  // --errors-only is --severity error; said with --severity too, the narrower wins.
  if (given.includes("errors-only")) filter.severity = "error";
  if (values.rule !== undefined) {
    const rules = values.rule.split(",").map((r) => r.trim()).filter((r) => r !== "");
    // A mistyped rule id would hide every finding without a word: refused instead, with the ids it may have meant.
    if (rules.length === 0) return usage({ kind: "bad-value", word: "--rule", value: values.rule }, lang);
    const unknown = rules.find((r) => !Object.hasOwn(ruleCatalogue, r));
    if (unknown !== undefined) return usage({ kind: "bad-value", word: "--rule", value: unknown, ...hints(unknown, Object.keys(ruleCatalogue)) }, lang);
    filter.rules = [...new Set(rules)];
  }
  return {
    kind: "check",
    files: rest,
    json: given.includes("json"),
    all: given.includes("all"),
    ...(values.plan !== undefined ? { plan: values.plan } : {}),
    ...(filter.severity !== undefined || filter.rules !== undefined ? { filter } : {}),
    ...(values.report !== undefined ? { report: values.report } : {}),
    ...(values["mark-dir"] !== undefined ? { markDir: values["mark-dir"] } : {}),
    ...(given.includes("force") ? { force: true as const } : {}),
    lang,
  };
}

function reportFromPlanCommand(rest: string[], values: Values, given: OptionName[], lang: Lang): Command {
  const [file, ...extra] = rest;
  if (file === undefined) return usage({ kind: "no-files" }, lang);
  if (extra.length > 0) return usage({ kind: "extra-words", words: extra }, lang);
  if (values.output === undefined) return usage({ kind: "no-output" }, lang);
  if (values.quarter === undefined) return usage({ kind: "no-quarter" }, lang);
  const quarter = detailNumber("quarter", values.quarter);
  if (quarter === null) return usage({ kind: "bad-value", word: "--quarter", value: values.quarter }, lang);
  return { kind: "report-from-plan", file, output: values.output, quarter: quarter as 1 | 2 | 3 | 4, cumulative: given.includes("cumulative"), answers: titleAnswers(values), lang };
}

/** Whose report it is and who answers for it, as said on the command line. */
function titleAnswers(values: Values): TemplateAnswers {
  const answers: TemplateAnswers = {};
  if (values.org !== undefined) answers.organisation = values.org;
  if (values.responsible !== undefined) answers.responsible = values.responsible;
  return answers;
}

/**
 * The option a token names, or null when it is none of ours. As before util.parseArgs, only whole
 * words count: `-o` but not `-ofile` or `-hv`, and a switch takes no `=value` (`--json=yes`).
 */
function knownOption(name: string, rawName: string, word: string, value: string | undefined): OptionName | null {
  if (!Object.hasOwn(OPTIONS, name)) return null;
  const option = name as OptionName;
  if (!rawName.startsWith("--") && word !== rawName) return null;
  if (OPTIONS[option].type === "boolean" && value !== undefined) return null;
  return option;
}

function templateCommand(rest: string[], values: Values, list: boolean, lang: Lang): Command {
  if (list) return rest.length === 0 ? { kind: "template-list", lang } : usage({ kind: "extra-words", words: rest }, lang);
  const [template, ...extra] = rest;
  if (template === undefined) return usage({ kind: "no-template" }, lang);
  if (!isTemplate(template)) return usage({ kind: "unknown-template", word: template }, lang);
  if (extra.length > 0) return usage({ kind: "extra-words", words: extra }, lang);
  if (values.output === undefined) return usage({ kind: "no-output" }, lang);
  const answers: TemplateAnswers = {};
  if (values.org !== undefined) answers.organisation = values.org;
  if (values.responsible !== undefined) answers.responsible = values.responsible;
  for (const field of ["year", "quarter", "rows"] as const) {
    const text = values[field];
    if (text === undefined) continue;
    const n = detailNumber(field, text);
    if (n === null) return usage({ kind: "bad-value", word: `--${field}`, value: text }, lang);
    if (field === "quarter") answers.quarter = n as 1 | 2 | 3 | 4;
    else answers[field] = n;
  }
  return { kind: "template", template, output: values.output, answers, lang };
}

function computeCommand(rest: string[], values: Values, given: OptionName[], lang: Lang): Command {
  const [file, ...extra] = rest;
  if (file === undefined) return usage({ kind: "no-files" }, lang);
  if (extra.length > 0) return usage({ kind: "extra-words", words: extra }, lang);
  // No default output name; an -o naming the input or an existing file is refused unless --force (safe-output.ts).
  if (values.output === undefined) return usage({ kind: "no-output" }, lang);
  // `--fix numbers-as-text,trim-spaces`: one or more of the fixes, comma-separated.
  const fixes = values.fix?.split(",").map((f) => f.trim());
  const unknownFix = fixes?.find((f) => !(CLI_FIXES as readonly string[]).includes(f));
  if (unknownFix !== undefined) return usage({ kind: "bad-value", word: "--fix", value: unknownFix, ...hints(unknownFix, CLI_FIXES), choices: CLI_FIXES }, lang);
  return {
    kind: "compute",
    file,
    output: values.output,
    addPercentColumn: given.includes("add-percent-column"),
    replaceTotals: given.includes("replace-totals"),
    // Only when said: replacing an existing file (the input too) is never a default.
    ...(given.includes("force") ? { force: true as const } : {}),
    ...(fixes ? { fixes: [...new Set(fixes as CliFix[])] } : {}),
    ...(given.includes("replace-percents") ? { replacePercents: true as const } : {}),
    lang,
  };
}

/**
 * Whether `pokaznyk compute FILE -o OUT` with these words is a command this version accepts: the
 * check output suggests a compute option only when it exists (hints in fix-hints.ts).
 */
export function computeAccepts(words: readonly string[]): boolean {
  return parseArgs(["compute", "FILE.xlsx", "-o", "OUT.xlsx", ...words]).kind === "compute";
}

/** The accepted values nearest a refused one, when some are near. */
function hints(typed: string, accepted: readonly (string | Meant)[]): { suggestions?: string[] } {
  const near = nearestWords(typed, accepted);
  return near.length > 0 ? { suggestions: near } : {};
}

/** What an official may type for a severity: its id, or its name in either language, singular or plural («помилки», `warnings`). */
const SEVERITY_WORDS: readonly Meant[] = SEVERITIES.flatMap((value) => [
  { say: value, value },
  ...(["uk", "en"] as const).flatMap((l) => [severityNames[l][value], ...Object.values(severityNouns[l][value])].map((say) => ({ say: say.toLowerCase(), value }))),
]);

function usage(problem: UsageProblem, lang: Lang): Command {
  return { kind: "usage-error", problem, lang };
}

/** A whole number written in digits, within the engine's bounds for the detail (core DETAIL_BOUNDS); else null. */
function detailNumber(field: DetailField, text: string): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const n = Number(text.trim());
  return checkDetailNumber(field, n) === null ? n : null;
}

function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

function isCommand(word: string): word is CommandName {
  return (COMMANDS as readonly string[]).includes(word);
}

function isTemplate(word: string): word is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(word);
}
