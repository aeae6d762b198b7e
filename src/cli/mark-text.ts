/** What `pokaznyk mark` and `check --mark-dir` say, in each language (ui-text.ts holds the rest). */
import type { Lang } from "../core/types";
import { counted } from "../core/messages/format";
import type { NounForms } from "../core/messages/format";
import { uiText } from "./ui-text";

export interface MarkText {
  /** A sheet's line: how many cells were coloured and what their notes say, counted. */
  marked: (cells: string, findings: string) => string;
  notAForm: string;
  nothing: string;
  cells: NounForms;
  /** After a check: the marked copies written into the folder (`files` counted). */
  copies: (files: string, dir: string) => string;
  /** -o names the input: the marks go to a copy, whatever --force says. */
  isInput: (output: string) => string;
  /** A copy marked before: the cells of problems since fixed, their own look given back (`cells` listed). */
  restored: (cells: string) => string;
  /** …or left coloured, their own look unknown. */
  stillFilled: (cells: string) => string;
  /** «F6, F7, F8 і ще 4». */
  more: (shown: string, more: number) => string;
}

const uk: MarkText = {
  marked: (cells, findings) => `позначено ${cells}, у примітках ${findings}`,
  notAForm: "не є формою, не позначався",
  nothing: "зауважень немає, нічого не позначено",
  cells: { one: "клітинку", few: "клітинки", many: "клітинок", other: "клітинки" },
  copies: (files, dir) => `Копії з позначеними клітинками: ${files} у теці ${dir}`,
  isInput: (output) => `${output} — це вхідний файл; позначки йдуть до копії, вкажіть для -o інше ім'я`,
  restored: (cells) => `виправлене раніше позначене: позначки знято з ${cells}`,
  stillFilled: (cells) => `клітинки, позначені раніше, лишаються зафарбованими (їхній колір до позначки невідомий): ${cells}`,
  more: (shown, more) => `${shown} і ще ${more}`,
};

const en: MarkText = {
  marked: (cells, findings) => `${cells} marked, with ${findings} in their notes`,
  notAForm: "not a form, not marked",
  nothing: "no findings, nothing marked",
  cells: { one: "cell", other: "cells" },
  copies: (files, dir) => `Copies with the problem cells marked: ${files} in ${dir}`,
  isInput: (output) => `${output} is the input file; the marks go to a copy, so name another file with -o`,
  restored: (cells) => `fixed since marked before: marks taken off ${cells}`,
  stillFilled: (cells) => `cells marked before stay coloured (their colour before the mark is not known): ${cells}`,
  more: (shown, more) => `${shown} and ${more} more`,
};

/** Cells named at most this many in a line; the rest counted. */
const CELLS_NAMED = 10;

/** The lines saying what came off a copy marked before (none for a first marking), for a sheet. */
export function unmarkedLines(unmarked: { restored: string[]; stillFilled: string[] } | undefined, lang: Lang): string[] {
  if (unmarked === undefined) return [];
  const text = markText[lang];
  const list = (cells: string[]) => (cells.length > CELLS_NAMED ? text.more(cells.slice(0, CELLS_NAMED).join(", "), cells.length - CELLS_NAMED) : cells.join(", "));
  return [...(unmarked.restored.length > 0 ? [text.restored(list(unmarked.restored))] : []), ...(unmarked.stillFilled.length > 0 ? [text.stillFilled(list(unmarked.stillFilled))] : [])];
}

export const markText: Record<Lang, MarkText> = { uk, en };

/** "3 помилки, 1 попередження і 2 поради": the findings noted, naming only severities present. */
export function findingsNoted(counts: { error: number; warning: number; info: number }, lang: Lang): string {
  const { nouns } = uiText[lang];
  const parts = [
    counts.error > 0 ? counted(counts.error, nouns.errors, lang) : null,
    counts.warning > 0 ? counted(counts.warning, nouns.warnings, lang) : null,
    counts.info > 0 ? counted(counts.info, nouns.info, lang) : null,
  ].filter((p): p is string => p !== null);
  const and = lang === "uk" ? " і " : " and ";
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")}${and}${parts[parts.length - 1]}`;
}
