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
}

const uk: MarkText = {
  marked: (cells, findings) => `позначено ${cells}, у примітках ${findings}`,
  notAForm: "не є формою, не позначався",
  nothing: "зауважень немає, нічого не позначено",
  cells: { one: "клітинку", few: "клітинки", many: "клітинок", other: "клітинки" },
  copies: (files, dir) => `Копії з позначеними клітинками: ${files} у теці ${dir}`,
  isInput: (output) => `${output} — це вхідний файл; позначки йдуть до копії, вкажіть для -o інше ім'я`,
};

const en: MarkText = {
  marked: (cells, findings) => `${cells} marked, with ${findings} in their notes`,
  notAForm: "not a form, not marked",
  nothing: "no findings, nothing marked",
  cells: { one: "cell", other: "cells" },
  copies: (files, dir) => `Copies with the problem cells marked: ${files} in ${dir}`,
  isInput: (output) => `${output} is the input file; the marks go to a copy, so name another file with -o`,
};

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
