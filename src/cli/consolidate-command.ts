/**
 * `pokaznyk consolidate FILE… -o SUMMARY.xlsx`: the receiving office's summary of the centres'
 * reports (or plans) of one form (issue 11). Files are read one at a time: each centre's table is
 * copied into the new workbook at once and only its measure rows' values are kept for the summary
 * (core Consolidation): memory holds the measures' values, never the files' sheets. A file that
 * cannot be read is one line on stderr and the rest are still consolidated; files of another
 * form (a plan among reports) or another period are refused in one line, nothing written, since a
 * summary silently missing a centre would be sent up as complete.
 */
import { basename, extname } from "node:path";
import { checkSheet, isConsolidationList, organisationOf } from "../core";
import { Consolidation, builtFromOthers, centresList, isConsolidated, linkSheetRows, partialList, readCentre, shortfallsList, summarySheet } from "../core/consolidate";
import type { ConsolidatedForm, Centre } from "../core/consolidate";
import { freshSheetName, stampedOptions } from "../core/templates";
import type { Lang } from "../core/types";
import type { TemplateAnswers } from "./args";
import { consolidateText } from "./consolidate-text";
import { acceptedDestination } from "./destination";
import type { CliIo } from "./io";
import { EXIT_CANNOT } from "./outcome";
import { describeProblem, errorDetail } from "./read-problem";
import { sameFile, writeAtomically } from "./safe-output";
import { errorLine, printable } from "./terminal-text";
import { uiText } from "./ui-text";
import { nameReferences, readWorkbookFile } from "./workbook-file";
import { releaseGarbageNow } from "./memory";
import { expandInputs } from "./inputs";
import { ownText } from "../core/consolidate/own-text";
import { Spool } from "./spool";

export interface ConsolidateRequest {
  files: string[];
  output: string;
  answers: TemplateAnswers;
  force?: boolean;
  lang: Lang;
}

/** How many "the same centre twice" lines are shown before the rest are counted. */
const TWICE_SHOWN = 3;

/** A summary is signed by hand at the office: a line to sign, not a placeholder `check` would flag. */
const SIGN_HERE = "____________________";

/** The centres' links, on a sheet of their own so they are written row by row. */
const LINKS = "За центрами";

/** The sheet names the links and lists take; copies are named apart from them. */
const RESERVED = [LINKS, "Центри", "Недовиконання без пояснень", "Не в усіх центрах"];

export async function runConsolidate(request: ConsolidateRequest, io: CliIo, today: Date = new Date()): Promise<number> {
  // archiver (exceljs's zip) calls the deprecated Buffer(): a warning for its authors, not for an office.
  const node = process as NodeJS.Process & { noDeprecation?: boolean };
  const warned = node.noDeprecation;
  node.noDeprecation = true;
  try {
    return await consolidate(request, io, today);
  } finally {
    node.noDeprecation = warned;
  }
}

async function consolidate(request: ConsolidateRequest, io: CliIo, today: Date): Promise<number> {
  const { output, lang } = request;
  const text = consolidateText[lang];
  const destination = await acceptedDestination(output, { extension: ".xlsx", force: request.force }, lang, io);
  if (destination === null) return EXIT_CANNOT;
  const { StreamBook } = await import(/* webpackChunkName: "exceljs" */ "./xlsx/stream-book");
  const book = new StreamBook(today);
  let consolidation: Consolidation | null = null;
  // The first centre decides the form and period the others must share.
  let first = null as { file: string; form: ConsolidatedForm; period: Centre["period"] } | null;
  const taken = [...RESERVED];
  let unreadable = 0;
  // Whose each centre is (the body its title names) for its period: the same twice may be a resend.
  const bodies = new Map<string, string>();
  // One line per centre with invalid values: set aside (a spool) till the summary is made.
  const warnings = new Spool();
  const twice: string[] = [];
  let moreTwice = 0;
  // Folders and patterns as `check` takes them (cmd and PowerShell pass `вхідні/*.xlsx` unexpanded).
  const inputs = await expandInputs(request.files);
  // --force replaces an earlier summary, never one of the centres' files being consolidated.
  if (destination.replacedMode !== null) {
    for (const input of inputs.files) {
      if (!(await sameFile(input.file, output))) continue;
      io.stderr.write(errorLine(text.outputIsInput(printable(output))));
      return refused(book);
    }
  }
  for (const input of inputs.files) {
    const file = input.file;
    if ("problem" in input) {
      io.stderr.write(errorLine(`${printable(file)}: ${describeProblem(input.problem, lang)}`));
      unreadable++;
      continue;
    }
    const read = await readWorkbookFile(file);
    if (!read.ok) {
      io.stderr.write(errorLine(`${printable(file)}: ${describeProblem(read.problem, lang)}`));
      unreadable++;
      continue;
    }
    const stamps = nameReferences(read.definedNames);
    const sheets = read.grids.map((grid) => ({ grid, report: checkSheet(grid, stampedOptions(stamps, grid.name)) }));
    // An earlier consolidation holds its centres twice, as copies and in its summary: only the summary
    // stands for that region (a region's summaries may go up to be consolidated in turn).
    const earlier = read.grids.some(isConsolidationList);
    const checked = earlier ? sheets.filter(builtFromOthers) : sheets;
    if (earlier) io.stderr.write(errorLine(text.summaryOnly(printable(file), checked.map((c) => c.grid.name))));
    const forms = checked.map((c) => c.report.form).filter(isConsolidated);
    if (forms.length === 0) continue;
    // Reports first: a plan sheet beside a centre's report (report-from-plan adds one there) is the plan it came from.
    const form: ConsolidatedForm = first?.form ?? (forms.includes("quarterly-report") ? "quarterly-report" : "annual-plan");
    if (first && !forms.includes(form)) {
      io.stderr.write(errorLine(text.mixed(printable(file), forms[0], printable(first.file), first.form)));
      return refused(book);
    }
    const mine = checked.filter((c) => c.report.form === form);
    const base = basename(file, extname(file));
    for (const sheet of mine) {
      const name = freshSheetName(mine.length > 1 ? `${base} ${sheet.grid.name}` : base, taken);
      const centre = readCentre(sheet, name, file);
      if (!centre) continue;
      if (first && form === "quarterly-report" && !samePeriod(first.period, centre.period)) {
        io.stderr.write(errorLine(text.periods(printable(file), printable(first.file))));
        return refused(book);
      }
      const body = organisationOf(sheet.grid, sheet.report.headerRow);
      if (body !== null) {
        const key = `${body.toLowerCase()}|${centre.period.year}|${centre.period.quarter}|${centre.period.cumulative}`;
        const before = bodies.get(key);
        // Said, not refused: a title may name the body only generically («місцевого центру …»),
        // so two centres can read alike; the office decides which files to keep.
        if (before !== undefined && twice.length < TWICE_SHOWN) twice.push(ownText(text.twice(printable(file), printable(before), printable(body))));
        else if (before !== undefined) moreTwice++;
        else bodies.set(key, file);
      }
      const invalid = sheet.report.findings.filter((f) => f.rule === "value-invalid" && centre.columns.includes(f.col)).map((f) => f.cell);
      // Copied: the line would otherwise hold the sheet's name, and through it the file's workbook.xml (own-text.ts).
      if (invalid.length > 0) warnings.append(`${ownText(text.invalid(printable(file), sheet.grid.name, invalid))}\n`);
      first ??= { file, form, period: centre.period };
      consolidation ??= new Consolidation(form);
      taken.push(name);
      await book.addCopy(sheet.grid, name);
      consolidation.add(centre);
      if (consolidation.centres.length % MANY_CENTRES === 0) releaseGarbageNow();
    }
  }
  if (consolidation === null) {
    io.stderr.write(errorLine(text.nothing));
    return refused(book);
  }
  // A thousand centres titled alike would each get a line: the first few say it, a count the rest.
  for (const line of [...twice, ...(moreTwice > 0 ? [text.moreTwice(moreTwice)] : [])]) io.stdout.write(`${line}\n`);
  for await (const piece of warnings.pieces()) io.stdout.write(piece);

  const done = consolidation;
  const summary = await book.addSummary((existing, serial) =>
    summarySheet(done, { ...(request.answers.organisation ? { organisation: request.answers.organisation } : {}), responsible: request.answers.responsible || SIGN_HERE, existing, serial, links: { sheet: LINKS } }),
  );
  const many = done.centres.length >= MANY_CENTRES;
  if (many) releaseGarbageNow();
  const links = linkSheetRows(done, summary);
  await book.addLinkSheet(LINKS, links, { text: 40, centre: 10 });
  const lists = [centresList(done), shortfallsList(done), partialList(done)];
  for (const list of lists) await book.addList(list);
  try {
    await writeAtomically(destination, await book.bytes());
  } catch (err) {
    book.discard();
    io.stderr.write(errorLine(uiText[lang].cannotWrite(output, errorDetail(err))));
    return EXIT_CANNOT;
  }
  io.stdout.write(`${text.made(printable(output), printable(summary.name), done.centres.length, done.lines.length, lists[2].rows.length, lists[1].rows.length)}\n`);
  return unreadable > 0 ? EXIT_CANNOT : 0;
}

/** Nothing written: the copies made so far go now (a spooled file of warnings goes at exit). */
function refused(book: { discard(): void }): number {
  book.discard();
  return EXIT_CANNOT;
}

/**
 * Centres after which a full collection pays: each file read leaves its grid and XML behind, and
 * V8 grows the heap rather than collect (1,000 files peaked at 458 MB, 263 MB with the heap
 * capped, in the same time). A small run never pays for one.
 */
const MANY_CENTRES = 100;

/** Two reports cover one period unless both name a quarter (or a year) and they differ. */
function samePeriod(a: Centre["period"], b: Centre["period"]): boolean {
  const differ = <T>(x: T | null, y: T | null) => x !== null && y !== null && x !== y;
  return !differ(a.quarter, b.quarter) && !differ(a.year, b.year) && a.cumulative === b.cumulative;
}
