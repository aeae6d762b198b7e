/**
 * The words an option accepts that lie nearest a mistyped one, for «Можливо, fact-missing?»: a
 * refused `--rule shortfal-note` should point at `shortfall-unexplained`, not send the official to
 * the README. Near is a typo or two away (letters missed, doubled or swapped), or sharing a part
 * of the id (`shortfal` of `shortfall-unexplained`, `total` of `total-missing`).
 */

/** A word the user may have meant to type, and the value it stands for (a Ukrainian «помилка» stands for `error`). */
export interface Meant {
  say: string;
  value: string;
}

/** More than this many near values would be no hint but a list. */
const SUGGESTED_MAX = 4;

export function nearestWords(typed: string, candidates: readonly (string | Meant)[]): string[] {
  const word = fold(typed);
  if (word === "") return [];
  const meant = candidates.map((c) => (typeof c === "string" ? { say: c, value: c } : c));
  // A typo in the whole word: the fewest edits win, within about one edit per four letters.
  const scored = meant.map((m) => ({ ...m, edits: editDistance(word, fold(m.say)) })).filter((m) => m.edits <= Math.max(1, Math.floor(m.say.length / 4)));
  if (scored.length > 0) {
    const fewest = Math.min(...scored.map((m) => m.edits));
    return pick(scored.filter((m) => m.edits === fewest).map((m) => m.value));
  }
  // Otherwise the ids sharing most of the typed parts (`shortfal-note`: `shortfal` is shortfall-unexplained's).
  const parts = word.split("-").filter((p) => Array.from(p).length >= 3);
  const shared = meant.map((m) => ({ value: m.value, parts: parts.filter((p) => fold(m.say).split("-").some((q) => partsMatch(p, q))).length }));
  const most = Math.max(0, ...shared.map((s) => s.parts));
  return most === 0 ? [] : pick(shared.filter((s) => s.parts === most).map((s) => s.value));
}

/** Each value once, in the candidates' order; none when too many tie to be a hint. */
function pick(values: string[]): string[] {
  const unique = [...new Set(values)];
  return unique.length > SUGGESTED_MAX ? [] : unique;
}

/** Case, `_` and spaces for `-`: how the same id gets typed. */
function fold(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_]+/g, "-");
}

/** One part stands for the other: the start of it (`shortfal`, `dead`), or a typo away from it. */
function partsMatch(typed: string, part: string): boolean {
  if (part.startsWith(typed) || (typed.startsWith(part) && Array.from(part).length >= 4)) return true;
  // Short parts (`not`, `far`) are a typo away from too much: «note» is no hint of measure-not-reported.
  return Array.from(typed).length >= 4 && Array.from(part).length >= 4 && editDistance(typed, part) <= 1;
}

/** Letters inserted, deleted, changed or two neighbours swapped (optimal string alignment), by code point. */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[x.length][y.length];
}
