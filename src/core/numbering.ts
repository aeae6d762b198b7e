import { fold, romanValue } from "./text";

/** Measure and section numbers: "1.1.1.", "Захід 1.1.1.1", "Завдання 4.3", "5.", "I.". */

const LEADING_NUMBER = /^(?:(?:захід|заходи|завдання|пункт|п\.|ціль|операційна ціль|пріоритет(?: розвитку)?|розділ|напрям(?:ок)?)\s*)?(\d+(?:\.\d+)*)\.?(?=[\s:;,)]|$)/iu;
const LATIN = /[a-z]/i;
const LEADING_ROMAN = /^(?:розділ\s+)?([іivх]+)\.?(?=[\s:;,)]|$)/u;

/** The dotted number a text starts with ("1.1.1" from "1.1.1. Проведення…"), or null. */
export function leadingNumber(text: string): string | null {
  const head = (text.length > 40 ? text.slice(0, 40) : text).trimStart();
  // Folding is only needed when Latin look-alikes may hide a keyword ("Зaхід" with a Latin a).
  const m = LEADING_NUMBER.exec(head) ?? (LATIN.test(head) ? LEADING_NUMBER.exec(fold(head)) : null);
  return m ? m[1] : null;
}

/** A Roman section number ("I", "IV") as a number, or null. */
export function leadingRoman(text: string): number | null {
  const m = LEADING_ROMAN.exec(fold(text.length > 40 ? text.slice(0, 40) : text));
  return m ? romanValue(m[1]) : null;
}

/** A Roman numeral alone ("I", "IV.", Cyrillic "І"): a section's number typed in the number column. */
export function isRomanNumeral(text: string): boolean {
  const m = /^([іivх]+)\.?$/u.exec(fold(text.trim()));
  return m !== null && romanValue(m[1]) !== null;
}

/** A number-column value read as a measure number: 5, "5.", "1.2" → "5", "5", "1.2". */
export function numberCell(text: string): string | null {
  const m = /^(\d+(?:\.\d+)*)\.?$/.exec(text.trim());
  return m ? m[1] : null;
}

export function depthOf(number: string): number {
  let depth = 1;
  for (let k = 0; k < number.length; k++) if (number.charCodeAt(k) === 46) depth++;
  return depth;
}

/** True when `child` continues `parent` ("1.1.3" under "1.1"). */
export function isUnder(child: string, parent: string): boolean {
  return child.startsWith(parent + ".");
}

const SECTION_WORDS = /^(розділ|пріоритет|операційна ціль|стратегічна ціль|ціль|напрям|блок|(завдання|мета)\s*\d)/u;

/**
 * Heading level of a section title: Roman numerals and priorities are level 1, "Операційна ціль 1.1"
 * and "2.1." deeper by their number of parts.
 */
export function sectionLevel(title: string): { level: number; number: string | null } {
  const folded = fold(title);
  const roman = leadingRoman(title);
  if (roman !== null) return { level: 1, number: String(roman) };
  const number = leadingNumber(title);
  if (SECTION_WORDS.test(folded)) {
    const base = /^(операційна ціль|ціль|завдання)/u.test(folded) ? 2 : 1;
    return { level: number ? Math.max(base, depthOf(number)) : base, number };
  }
  if (number) return { level: depthOf(number), number };
  return { level: 1, number: null };
}

export function looksLikeSectionTitle(text: string): boolean {
  const folded = fold(text);
  return leadingRoman(text) !== null || SECTION_WORDS.test(folded);
}
