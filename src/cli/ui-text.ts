/** The CLI's own words (not the findings' messages, which come from the engine's formatFinding). */
import type { FixKind, FormId, Lang, Severity } from "../core/types";
import type { NounForms } from "../core/messages/format";
import type { Verdict } from "../core/verdict";
import { COMMANDS } from "./args";
import { WRITE_ERRORS_EN, WRITE_ERRORS_UK } from "./write-errors";
import type { UsageProblem } from "./args";
import type { OutputRefusal } from "./safe-output";
import { TEMPLATE_TITLES } from "../core/templates";
import { formTitles } from "../core/schema/forms";
import { severityNames, severityNouns } from "../core/messages/severity";
import type { TemplateId } from "../core/templates";

export interface UiText {
  formNames: Record<FormId, string>;
  severity: Record<Severity, string>;
  sheet: (name: string) => string;
  formRecognised: (form: string, headerRow: number | null) => string;
  notAForm: string;
  noFindings: string;
  measures: NounForms;
  execution: (percent: string) => string;
  summary: string;
  unreadable: (count: number) => string;
  nouns: { files: NounForms; sheets: NounForms; errors: NounForms; warnings: NounForms; info: NounForms; findings: NounForms };
  usage: (problem: UsageProblem) => string;
  seeHelp: string;
  help: string;
  template: TemplateText;
  compute: ComputeText;
  cannotWrite: (file: string, detail: string) => string;
  /** The listing or JSON on stdout could not all be written (a full disk); `detail` is the system's code. */
  outputLost: (detail: string) => string;
  /** Why -o (or `option`: --report, --mark-dir) is refused: the reason after "pokaznyk: FILE: ". */
  refused: (refusal: Refusal, option?: string) => string;
  // ---- check output: the verdict, grouped findings, accepted findings (issue 10) ----
  /** The file's verdict (SPEC): may it be sent up? */
  verdict: (words: VerdictWords) => string;
  /** After a grouped line: the compute command that fixes its cells (`options` may be empty). */
  fixWith: (options: string[]) => string;
  /** Said once under the files when some line stands for a group: how to see every cell. */
  groupedNote: string;
  /** Beside a finding the official accepted (the reason, when it is one finding's). */
  accepted: (reason: string | null) => string;
  /** Above the summary when two or more files were checked: how many files got each verdict. */
  verdictTally: { heading: string; part: (verdict: Verdict, files: number) => string; unreadable: (files: number) => string };
}

/** What a file's verdict line says, already counted ("3 помилки"). */
export interface VerdictWords {
  verdict: Verdict;
  errors: string;
  /** Warnings that count (not accepted), or null when there are none. */
  warnings: string | null;
  /** Warnings and tips accepted by the official, or null when there are none. */
  accepted: string | null;
  /** For `fix` in a file of several sheets: the sheets with errors, as the sheet names read (printable). */
  sheets: string[];
  /** For `nothing`: no sheet is a form, or every form is still empty. */
  why: "no-form" | "empty-form";
}

/** A refused destination. (A workbook with macros is no refusal: compute and template patch its package, VBA kept.) */
export type Refusal = OutputRefusal;

/** `pokaznyk template`: what it says after writing, and the --list heading. */
export interface TemplateText {
  listHeading: string;
  created: (file: string, sheet: string) => string;
  added: (file: string, sheet: string) => string;
  titleOf: (id: TemplateId) => string;
}

/** `pokaznyk compute`: one block per sheet, then where the result went. */
export interface ComputeText {
  notAForm: string;
  formulas: NounForms;
  written: (what: string) => string;
  columnAdded: (header: string, letter: string) => string;
  nothingToDo: string;
  noPercentColumn: string;
  offerPending: (cell: string, typed: string, sum: string) => string;
  offerReplaced: (cell: string, typed: string, sum: string) => string;
  skippedMerged: (cell: string) => string;
  savedTo: (file: string) => string;
  /** What one of the engine's fixes did on a sheet; `cells` already counted ("3 клітинки"). */
  fixed: (fix: FixKind, cells: string) => string;
  cells: NounForms;
}

/** The engine's names (forms, severities), as they read mid-sentence. */
function lowerFirst<K extends string>(names: Record<K, string>): Record<K, string> {
  return Object.fromEntries(Object.entries<string>(names).map(([id, name]) => [id, name.charAt(0).toLowerCase() + name.slice(1)])) as Record<K, string>;
}

/** «a, b чи c»: the values a refused one may have meant. */
function orList(values: readonly string[], or: string): string {
  return values.length === 1 ? values[0] : `${values.slice(0, -1).join(", ")} ${or} ${values[values.length - 1]}`;
}

const uk: UiText = {
  formNames: lowerFirst(formTitles("uk")),
  severity: lowerFirst(severityNames.uk),
  sheet: (name) => `Аркуш «${name}»`,
  formRecognised: (form, headerRow) => `форму розпізнано: ${form}` + (headerRow ? ` (заголовок до рядка ${headerRow})` : ""),
  notAForm: "не є формою, не перевірявся",
  noFindings: "зауважень немає",
  measures: { one: "захід", few: "заходи", many: "заходів", other: "заходу" },
  execution: (percent) => `середнє виконання ${percent} % (кожен числовий захід до 100 %)`,
  summary: "Підсумок",
  unreadable: (count) => `не прочитано: ${count}`,
  nouns: {
    files: { one: "файл", few: "файли", many: "файлів", other: "файлу" },
    sheets: { one: "аркуш", few: "аркуші", many: "аркушів", other: "аркуша" },
    errors: severityNouns.uk.error,
    warnings: severityNouns.uk.warning,
    info: severityNouns.uk.info,
    findings: { one: "зауваження", few: "зауваження", many: "зауважень", other: "зауваження" },
  },
  usage: (p) => {
    switch (p.kind) {
      case "no-command": return "не вказано команду";
      case "unknown-command": return `невідома команда «${p.word}» (є ${COMMANDS.join(", ")})`;
      case "unknown-option": return `невідомий параметр ${p.word}`;
      case "option-not-here": return `параметр ${p.word} не стосується команди ${p.command}`;
      case "missing-value": return `після ${p.word} потрібне значення`;
      case "bad-value": return `${p.word}: «${p.value}» — недопустиме значення` + (p.suggestions ? `. Можливо, ${orList(p.suggestions, "чи")}?` : p.choices ? ` (можна: ${p.choices.join(", ")})` : "");
      case "bad-lang": return `мова «${p.word}» не підтримується (uk або en)`;
      case "no-files": return "не вказано жодного файлу";
      case "no-template": return "не вказано шаблон (перелік: pokaznyk template --list)";
      case "unknown-template": return `невідомий шаблон «${p.word}» (перелік: pokaznyk template --list)`;
      case "no-output": return "вкажіть файл результату: -o ФАЙЛ.xlsx";
      case "no-quarter": return "вкажіть квартал звіту: --quarter 1..4";
      case "extra-words": return `зайві слова: ${p.words.join(" ")}`;
    }
  },
  seeHelp: "Довідка: pokaznyk --help",
  help: [
    "pokaznyk — перевірка, обчислення та шаблони планів і звітів у Excel (.xlsx)",
    "",
    "Використання:",
    "  pokaznyk check ФАЙЛ|ТЕКА|ШАБЛОН… [--json] [--all] [--errors-only] [--severity РІВЕНЬ] [--rule ПРАВИЛО] [--report РЕЗУЛЬТАТ.xlsx [--force]] [--mark-dir ТЕКА] [--lang uk|en]",
    "  pokaznyk mark ФАЙЛ.xlsx -o ПОЗНАЧЕНИЙ.xlsx [--force]",
    "  pokaznyk compute ФАЙЛ.xlsx -o РЕЗУЛЬТАТ.xlsx [--add-percent-column] [--replace-totals] [--replace-percents] [--fix ВИПРАВЛЕННЯ] [--force]",
    "  pokaznyk template ФОРМА -o ФАЙЛ.xlsx [--org \"…\"] [--year 2025] [--quarter 1..4] [--responsible \"…\"] [--rows N]",
    "  pokaznyk template --list",
    "  pokaznyk report-from-plan ПЛАН.xlsx --quarter 1..4 [--cumulative] -o ЗВІТ.xlsx [--org \"…\"] [--responsible \"…\"]",
    "  pokaznyk annual-report ЗВІТ_I.xlsx … ЗВІТ_IV.xlsx -o РІЧНИЙ.xlsx [--org \"…\"] [--responsible \"…\"] [--force]",
    "  pokaznyk consolidate ФАЙЛ… -o ЗВЕДЕННЯ.xlsx [--org \"…\"] [--responsible \"…\"] [--force]",
    "  pokaznyk --help",
    "  pokaznyk --version",
    "",
    "check — перевіряє кожен аркуш кожної книги. Теку перевіряє всю, з підтеками (інші файли",
    "  пропускає й рахує); шаблони «вхідні/*.xlsx», «вхідні/**/*.xlsx» розгортає сама;",
    "  після -- кожне слово — ім'я файлу. Кілька файлів: спершу рядок на кожен файл.",
    "  --json                 надрукувати результат одним документом JSON (кожне зауваження окремо)",
    "  --all                  кожне зауваження окремим рядком (без --all однакові зауваження",
    "                         в багатьох клітинках показано одним рядком)",
    "  --plan ПЛАН.xlsx       звірити звіти із затвердженим річним планом з цього файлу",
    "                         (план в тій самій книзі звіряється й без --plan)",
    "  --errors-only          у переліку лише помилки (підсумок і код завершення враховують усе)",
    "  --severity error|warning|info   у переліку цей рівень і серйозніші",
    "  --rule ПРАВИЛО[,…]     у переліку лише ці правила (наприклад, fact-missing)",
    "  --report РЕЗУЛЬТАТ.xlsx  записати таблицю результатів: підсумок за файлами й аркушами",
    "                         та всі зауваження (наявний файл — лише з --force)",
    "  --mark-dir ТЕКА        записати в теку копію кожного файлу із зауваженнями, позначену як mark",
    "mark — копія книги з позначеними клітинками: колір за важливістю, текст зауваження в примітці.",
    "compute — записує живі формули: суми кварталів у плані, % виконання у звіті.",
    "  Вихідний файл не змінюється, результат іде до файлу -o.",
    "  --add-percent-column   додати стовпець «% виконання» після «Факт», якщо його немає",
    "  --replace-totals       замінити вписані суми, що не збігаються з кварталами, формулою",
    "  --replace-percents     замінити вписані «% виконання» живою формулою",
    "  --fix numbers-as-text  перетворити числа, збережені як текст, на числа",
    "  --fix trim-spaces      прибрати зайві пропуски навколо чисел (кілька: через кому)",
    "  --force                замінити файл -o, якщо він уже є (навіть вхідний файл)",
    "template — створює книгу з шаблоном форми або додає аркуш до наявної книги.",
    "  --org, --year, --quarter, --responsible   назва установи, рік, квартал, відповідальна особа",
    "  --rows N               кількість порожніх рядків для заходів (типово 15)",
    "  --list                 перелік шаблонів",
    "report-from-plan — звіт за квартал із річного плану: розділи, заходи, «План» на квартал",
    "  (--cumulative: сума кварталів з початку року); -o може бути й самою книгою плану.",
    "annual-report — річний звіт із чотирьох квартальних: суми й виконання за рік живими формулами.",
    "consolidate — зведення звітів (чи планів) однієї форми від багатьох центрів: копія кожного, зведений",
    "  аркуш тієї самої форми з живими сумами, центри, недовиконання без пояснень, заходи не в усіх центрах.",
    "",
    "  --lang uk|en           мова повідомлень (типово uk)",
    "  -h, --help             ця довідка",
    "  -v, --version          версія програми",
    "",
    "Код завершення: 0 — помилок немає; 1 — знайдено помилки; 2 — файл не вдалося прочитати чи записати.",
    "",
  ].join("\n"),
  template: {
    listHeading: "Шаблони (pokaznyk template ФОРМА -o ФАЙЛ.xlsx):",
    created: (file, sheet) => `Створено ${file} з аркушем «${sheet}»`,
    added: (file, sheet) => `До ${file} додано аркуш «${sheet}»`,
    titleOf: (id) => TEMPLATE_TITLES[id].uk,
  },
  compute: {
    notAForm: "не є формою, не змінювався",
    formulas: { one: "формулу", few: "формули", many: "формул", other: "формули" },
    written: (what) => `записано ${what}`,
    columnAdded: (header, letter) => `додано стовпець «${header}» (${letter})`,
    nothingToDo: "нема чого обчислювати",
    noPercentColumn: "немає стовпця «% виконання»; щоб додати його після «Факт», запустіть з --add-percent-column",
    offerPending: (cell, typed, sum) => `${cell}: вписано ${typed}, сума кварталів ${sum} — запустіть з --replace-totals, щоб замінити`,
    offerReplaced: (cell, typed, sum) => `${cell}: вписане ${typed} замінено сумою кварталів (${sum})`,
    skippedMerged: (cell) => `${cell}: клітинка всередині об'єднаної області, не записано`,
    savedTo: (file) => `Записано до ${file}`,
    fixed: (fix, cells) =>
      ({
        "numbers-as-text": `числа, збережені як текст, перетворено на числа: ${cells}`,
        "trim-spaces": `прибрано зайві пропуски навколо чисел: ${cells}`,
        "percent-formula": `вписані відсотки замінено живою формулою: ${cells}`,
        "total-formula": `вписані суми замінено живою формулою: ${cells}`,
      })[fix],
    cells: { one: "клітинка", few: "клітинки", many: "клітинок", other: "клітинки" },
  },
  cannotWrite: (file, detail) => `не вдалося записати ${file} (${WRITE_ERRORS_UK[detail] ?? detail})`,
  outputLost: (detail) => `результат записано не повністю (${WRITE_ERRORS_UK[detail] ?? detail})`,
  refused: (r, option = "-o") => {
    switch (r.kind) {
      case "is-input": return r.final ? `це вхідний файл, його не замінено; вкажіть для ${option} інше місце` : `це вхідний файл; вкажіть для ${option} інше ім'я (або додайте --force, щоб замінити його)`;
      case "exists": return `файл уже є; вкажіть для ${option} інше ім'я (або додайте --force, щоб замінити його)`;
      case "read-only": return "файл лише для читання; його залишено як є";
      case "symlink": return "це символьне посилання; вкажіть сам файл";
      case "not-a-file": return "це не звичайний файл (тека чи пристрій)";
      case "wrong-extension": return `результат — книга Excel; дайте файлу розширення ${r.expected}`;
    }
  },
  // ---- check output (issue 10) ----
  verdict: (w) => {
    const accepted = w.accepted ? ` (прийнято ${w.accepted})` : "";
    const where = w.sheets.length === 0 ? "" : ` (${w.sheets.length > 1 ? "аркуші" : "аркуш"} ${w.sheets.map((n) => `«${n}»`).join(", ")})`;
    if (w.verdict === "fix") return `✘ ${w.errors}${w.warnings ? ` і ${w.warnings}` : ""}: виправте перед надсиланням${where}${accepted}`;
    if (w.verdict === "ready") return `✔ помилок немає: можна надсилати${w.warnings ? `, але перегляньте ${w.warnings}` : ""}${accepted}`;
    return w.why === "no-form"
      ? "○ нічого не перевірено: у файлі немає форми плану чи звіту"
      : "○ нічого не перевірено: форму ще не заповнено — заповніть її перед надсиланням";
  },
  fixWith: (options) => `виправляє pokaznyk compute ФАЙЛ.xlsx -o РЕЗУЛЬТАТ.xlsx${options.map((o) => ` ${o}`).join("")}`,
  groupedNote: "Однакові зауваження в багатьох клітинках показано одним рядком; кожну клітинку окремо покаже pokaznyk check --all",
  accepted: (reason) => (reason === null ? "прийнято" : `прийнято: «${reason}»`),
  verdictTally: {
    heading: "Файли",
    part: (verdict, files) => `${{ ready: "можна надсилати", fix: "виправити", nothing: "нічого не перевірено" }[verdict]} — ${files}`,
    unreadable: (files) => `не прочитано — ${files}`,
  },
};

const en: UiText = {
  formNames: lowerFirst(formTitles("en")),
  severity: lowerFirst(severityNames.en),
  sheet: (name) => `Sheet "${name}"`,
  formRecognised: (form, headerRow) => `form recognised: ${form}` + (headerRow ? ` (header ends at row ${headerRow})` : ""),
  notAForm: "not a form, not checked",
  noFindings: "no findings",
  measures: { one: "measure", other: "measures" },
  execution: (percent) => `mean execution ${percent} % (each numeric measure capped at 100 %)`,
  summary: "Summary",
  unreadable: (count) => `${count} unreadable`,
  nouns: {
    files: { one: "file", other: "files" },
    sheets: { one: "sheet", other: "sheets" },
    errors: severityNouns.en.error,
    warnings: severityNouns.en.warning,
    info: severityNouns.en.info,
    findings: { one: "finding", other: "findings" },
  },
  usage: (p) => {
    switch (p.kind) {
      case "no-command": return "no command given";
      case "unknown-command": return `unknown command "${p.word}" (there are ${COMMANDS.join(", ")})`;
      case "unknown-option": return `unknown option ${p.word}`;
      case "option-not-here": return `option ${p.word} does not apply to ${p.command}`;
      case "missing-value": return `${p.word} needs a value`;
      case "bad-value": return `${p.word}: "${p.value}" is not a valid value` + (p.suggestions ? `. Did you mean ${orList(p.suggestions, "or")}?` : p.choices ? ` (one of ${p.choices.join(", ")})` : "");
      case "bad-lang": return `language "${p.word}" is not supported (uk or en)`;
      case "no-files": return "no file given";
      case "no-template": return "no template given (see pokaznyk template --list)";
      case "unknown-template": return `unknown template "${p.word}" (see pokaznyk template --list)`;
      case "no-output": return "name the output file: -o FILE.xlsx";
      case "no-quarter": return "name the report's quarter: --quarter 1..4";
      case "extra-words": return `unexpected words: ${p.words.join(" ")}`;
    }
  },
  seeHelp: "Help: pokaznyk --help",
  help: [
    "pokaznyk — checks, computes and templates plan and report spreadsheets (.xlsx)",
    "",
    "Usage:",
    "  pokaznyk check FILE|FOLDER|PATTERN… [--json] [--all] [--errors-only] [--severity LEVEL] [--rule RULE] [--report RESULT.xlsx [--force]] [--mark-dir DIR] [--lang uk|en]",
    "  pokaznyk mark FILE.xlsx -o MARKED.xlsx [--force]",
    "  pokaznyk compute FILE.xlsx -o OUT.xlsx [--add-percent-column] [--replace-totals] [--replace-percents] [--fix FIX] [--force]",
    "  pokaznyk template FORM -o FILE.xlsx [--org \"…\"] [--year 2025] [--quarter 1..4] [--responsible \"…\"] [--rows N]",
    "  pokaznyk template --list",
    "  pokaznyk report-from-plan PLAN.xlsx --quarter 1..4 [--cumulative] -o REPORT.xlsx [--org \"…\"] [--responsible \"…\"]",
    "  pokaznyk annual-report Q1.xlsx … Q4.xlsx -o ANNUAL.xlsx [--org \"…\"] [--responsible \"…\"] [--force]",
    "  pokaznyk consolidate FILE… -o SUMMARY.xlsx [--org \"…\"] [--responsible \"…\"] [--force]",
    "  pokaznyk --help",
    "  pokaznyk --version",
    "",
    "check — checks every sheet of each workbook. A folder is checked whole, subfolders too",
    "  (other files are skipped and counted); patterns like \"in/*.xlsx\", \"in/**/*.xlsx\" are",
    "  expanded by pokaznyk itself; after -- every word is a file name. Several files: a line per file first.",
    "  --json                 print the result as one JSON document (every finding on its own)",
    "  --all                  every finding on its own line (without --all, identical findings",
    "                         over many cells are shown as one line)",
    "  --plan PLAN.xlsx       reconcile reports with the approved annual plan in this file",
    "                         (a plan in the report's own workbook is used without --plan)",
    "  --errors-only          list errors only (the summary and exit status still count everything)",
    "  --severity error|warning|info   list that level and the more serious ones",
    "  --rule RULE[,…]        list only these rules (for example fact-missing)",
    "  --report RESULT.xlsx   write the results as a workbook: a summary per file and sheet and",
    "                         every finding (an existing file only with --force)",
    "  --mark-dir DIR         write into DIR a copy of every file with findings, marked as by mark",
    "mark — a copy of the workbook with the problem cells coloured by severity and each finding in a note.",
    "compute — writes live formulas: quarterly totals in a plan, execution % in a report.",
    "  The input file is left as is; the result goes to the -o file.",
    "  --add-percent-column   add a \"% виконання\" column after \"Факт\" when there is none",
    "  --replace-totals       replace typed totals that disagree with the quarters by the formula",
    "  --replace-percents     replace typed \"% виконання\" values by the live formula",
    "  --fix numbers-as-text  turn numbers stored as text into numbers",
    "  --fix trim-spaces      remove stray spaces around numbers (several: comma-separated)",
    "  --force                replace the -o file if it already exists (even the input file)",
    "template — creates a workbook with a form template, or adds a sheet to an existing one.",
    "  --org, --year, --quarter, --responsible   organisation, year, quarter, responsible person",
    "  --rows N               number of empty measure rows (15 unless given)",
    "  --list                 list the templates",
    "report-from-plan — a quarter's report made from the annual plan: sections, measures, the quarter's",
    "  plan (--cumulative: the quarters so far); -o may be the plan's own workbook.",
    "annual-report — the annual report from the four quarterly ones: year sums and execution as live formulas.",
    "consolidate — one summary of many centres' reports (or plans) of one form: a copy of each, a summary",
    "  sheet of the same form with live sums, the centres, unexplained shortfalls, measures not in every centre.",
    "",
    "  --lang uk|en           language of messages (default uk)",
    "  -h, --help             this help",
    "  -v, --version          program version",
    "",
    "Exit status: 0 no errors; 1 errors found; 2 a file could not be read or written.",
    "",
  ].join("\n"),
  template: {
    listHeading: "Templates (pokaznyk template FORM -o FILE.xlsx):",
    created: (file, sheet) => `Created ${file} with sheet "${sheet}"`,
    added: (file, sheet) => `Added sheet "${sheet}" to ${file}`,
    titleOf: (id) => TEMPLATE_TITLES[id].en,
  },
  compute: {
    notAForm: "not a form, left as is",
    formulas: { one: "formula", other: "formulas" },
    written: (what) => `${what} written`,
    columnAdded: (header, letter) => `column "${header}" added (${letter})`,
    nothingToDo: "nothing to compute",
    noPercentColumn: "no \"% виконання\" column; run with --add-percent-column to add one after \"Факт\"",
    offerPending: (cell, typed, sum) => `${cell}: typed ${typed}, quarters add up to ${sum} — run with --replace-totals to replace`,
    offerReplaced: (cell, typed, sum) => `${cell}: typed ${typed} replaced by the quarters' sum (${sum})`,
    skippedMerged: (cell) => `${cell}: inside a merged area, left as is`,
    savedTo: (file) => `Written to ${file}`,
    fixed: (fix, cells) =>
      ({
        "numbers-as-text": `numbers stored as text turned into numbers: ${cells}`,
        "trim-spaces": `stray spaces around numbers removed: ${cells}`,
        "percent-formula": `typed percentages replaced by the live formula: ${cells}`,
        "total-formula": `typed totals replaced by the live formula: ${cells}`,
      })[fix],
    cells: { one: "cell", other: "cells" },
  },
  cannotWrite: (file, detail) => `cannot write ${file} (${WRITE_ERRORS_EN[detail] ?? detail})`,
  outputLost: (detail) => `the result was not written in full (${WRITE_ERRORS_EN[detail] ?? detail})`,
  refused: (r, option = "-o") => {
    switch (r.kind) {
      case "is-input": return r.final ? `this is an input file and was not replaced; name another place with ${option}` : `this is the input file; name another file with ${option} (or add --force to replace it)`;
      case "exists": return `already exists; name another file with ${option} (or add --force to replace it)`;
      case "read-only": return "the file is read-only; it was left as it is";
      case "symlink": return "is a symbolic link; name the file itself";
      case "not-a-file": return "not a regular file (a folder or a device)";
      case "wrong-extension": return `the result is an Excel workbook; give the file the ${r.expected} extension`;
    }
  },
  // ---- check output (issue 10) ----
  verdict: (w) => {
    const accepted = w.accepted ? ` (${w.accepted} accepted)` : "";
    const where = w.sheets.length === 0 ? "" : ` (${w.sheets.length > 1 ? "sheets" : "sheet"} ${w.sheets.map((n) => `"${n}"`).join(", ")})`;
    if (w.verdict === "fix") return `✘ ${w.errors}${w.warnings ? ` and ${w.warnings}` : ""}: fix before sending${where}${accepted}`;
    if (w.verdict === "ready") return `✔ no errors: ready to send${w.warnings ? `, but look at the ${w.warnings}` : ""}${accepted}`;
    return w.why === "no-form"
      ? "○ nothing checked: the file holds no plan or report form"
      : "○ nothing checked: the form is not filled in yet — fill it in before sending";
  },
  fixWith: (options) => `fixed by pokaznyk compute FILE.xlsx -o OUT.xlsx${options.map((o) => ` ${o}`).join("")}`,
  groupedNote: "Identical findings over many cells are shown as one line; pokaznyk check --all lists every cell",
  accepted: (reason) => (reason === null ? "accepted" : `accepted: "${reason}"`),
  verdictTally: {
    heading: "Files",
    part: (verdict, files) => `${{ ready: "ready to send", fix: "to fix", nothing: "nothing checked" }[verdict]} — ${files}`,
    unreadable: (files) => `not read — ${files}`,
  },
};
export const uiText: Record<Lang, UiText> = { uk, en };
