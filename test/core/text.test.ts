/**
 * Folding, and the shortcut the row rules take before it: whether a row opens a signature block,
 * a total or a repeated header is ruled out by the first character fold() would keep, so that
 * character must be fold()'s own for every text a sheet can hold, or a total row would be read as
 * a measure.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fold, foldedStart } from "../../src/core/text";
import { isTotalLabel } from "../../src/core/totals";
import { read } from "../xlsx/helpers";

const FIXTURES = [path.resolve(__dirname, "../../../shared/fixtures"), path.resolve(__dirname, "../fixtures")];

function fixtureTexts(): string[] {
  const texts = new Set<string>();
  for (const folder of FIXTURES) {
    for (const name of readdirSync(folder).filter((n) => n.endsWith(".xlsx"))) {
      const workbook = read(readFileSync(path.join(folder, name)));
      if (!workbook.ok) continue;
      for (const grid of workbook.grids) for (const row of grid.values) for (const v of row) if (typeof v === "string") texts.add(v);
    }
  }
  return [...texts];
}

const TRICKY = [
  "  «Усього»", "\u00a0Разом", "'Всього", "\"Директор\"", "Pазом з Latin P", "Bсього", "УСЬОГО ПО ПРОГРАМІ", "—", "– Разом", "1.1. Проведення",
  "(підпис)", "ПIБ", "İstanbul", "ǅ", "\t\nвідповідальна особа", "``", "", "   ", "Σ", "ё", "Ёлка", "x", "№ з/п", "½",
];

it("names the first character fold() keeps, or leaves it to fold(), for every text of every fixture and the tricky ones", () => {
  const texts = [...fixtureTexts(), ...TRICKY];
  expect(texts.length).toBeGreaterThan(500);
  const wrong = texts.filter((t) => {
    const first = foldedStart(t);
    return first !== null && first !== fold(t).charAt(0);
  });
  expect(wrong).toEqual([]);
  // The shortcut decides most texts: otherwise it would save nothing.
  expect(texts.filter((t) => foldedStart(t) !== null).length).toBeGreaterThan(texts.length * 0.8);
});

it("still reads a total however its first word is typed", () => {
  for (const text of ["Усього", "  Разом за розділом 2", "ВСЬОГО ПО ПРОГРАМІ", "Pазом", "Bсього", "Загалом:", "Підсумок"]) expect(isTotalLabel(text)).toBe(true);
  for (const text of ["Разом з партнерами провести", "1. Усього", "Проведення заходів"]) expect(isTotalLabel(text)).toBe(false);
});
