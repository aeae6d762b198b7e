import { fold } from "./text";

/** Notes that only say the work was (not) done, or yes/no: no reason for a shortfall. */
const SAYS_ONLY_DONE = new Set(["виконано", "виконана", "виконаний", "виконані", "не виконано", "невиконано", "так", "ні", "немає", "нема"]);
const LETTER = /\p{L}/u;

/**
 * True for a note that explains nothing (SPEC `explanation-weak`): no letters at all («-», «—», «0»,
 * «...»), or only «виконано», «так», «ні», «немає» with punctuation around.
 */
export function isWeakExplanation(note: string): boolean {
  if (!LETTER.test(note)) return true;
  if (note.length > 40) return false;
  const words = fold(note).replace(/[^\p{L}\s]/gu, " ").replace(/\s+/g, " ").trim();
  return SAYS_ONLY_DONE.has(words);
}
