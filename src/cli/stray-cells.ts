/**
 * Far cells a sheet's grid left out (a value at XFD1048576 beyond an empty gap): the reader
 * bounds each grid by where the cells really are instead of allocating across the gap, and the
 * cells left out are said to the official, never silently dropped. One line under the sheet in
 * the report; `ignoredCells` on the sheet in --json (an additive field).
 */
import type { Lang } from "../core/types";
import { counted } from "../core/messages/format";
import type { NounForms } from "../core/messages/format";
import type { StrayCells } from "../xlsx";
import type { FileOutcome } from "./outcome";
import { printable } from "./terminal-text";

const cellNouns: Record<Lang, NounForms> = {
  uk: { one: "клітинка", few: "клітинки", many: "клітинок", other: "клітинки" },
  en: { one: "cell", other: "cells" },
};

/** The sheet's far cells, if the reader left any out. */
function straysOf(outcome: FileOutcome, sheet: string): StrayCells | undefined {
  return "strays" in outcome ? outcome.strays?.find((s) => s.sheet === sheet) : undefined;
}

/** «за межами таблиці: 3 клітинки, перша XFD1048576 — не перевірялися», or nothing. */
export function strayLines(outcome: FileOutcome, sheet: string, lang: Lang): string[] {
  const strays = straysOf(outcome, sheet);
  if (!strays) return [];
  const count = counted(strays.count, cellNouns[lang], lang);
  const first = printable(strays.cells[0] ?? "");
  const one = strays.count === 1;
  return [
    lang === "uk"
      ? `    за межами таблиці: ${count}, ${one ? "" : "перша "}${first} — не перевірял${one ? "ася" : "ися"}`
      : `    outside the table: ${count}, ${one ? "" : "first "}${first} — not checked`,
  ];
}

/** For --json: `{ count, cells }` (up to ten addresses) when the sheet had far cells left out. */
export function ignoredCells(outcome: FileOutcome, sheet: string): { ignoredCells?: { count: number; cells: string[] } } {
  const strays = straysOf(outcome, sheet);
  return strays ? { ignoredCells: { count: strays.count, cells: [...strays.cells] } } : {};
}
