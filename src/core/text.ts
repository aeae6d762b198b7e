/** Text folding so that headers and values are compared by meaning, not by typing accidents. */

// Latin letters that look like Cyrillic ones; officials' files mix them freely (I vs І, "sv" in words).
const LOOKALIKES: Record<string, string> = {
  a: "а", c: "с", e: "е", i: "і", k: "к", m: "м", o: "о", p: "р", t: "т", x: "х", y: "у", h: "н", b: "в",
};

const FOLDED: Record<string, string> = { ...LOOKALIKES, "–": "-", "—": "-", "‑": "-", "−": "-", "ё": "е" };
for (const ch of "'’ʼ`\"«»“”„") FOLDED[ch] = "";
const TO_FOLD = new RegExp(`[${Object.keys(FOLDED).join("").replace(/[-\]\\^]/g, "\\$&")}]`, "g");

/**
 * Lower-case, Latin look-alikes folded to Cyrillic, apostrophes and quotes removed,
 * dashes unified, whitespace collapsed. Roman numerals written in Latin I/V/X fold to
 * Cyrillic і/v/х; callers that read numerals use `romanValue`.
 */
export function fold(text: string): string {
  // Sheets repeat the same task, executor and header texts down thousands of rows.
  let folded = recent.get(text);
  if (folded !== undefined) return folded;
  folded = older.get(text);
  if (folded !== undefined) {
    remember(text, folded);
    return folded;
  }
  folded = text.toLowerCase();
  // Most texts have nothing to fold and single spaces only: the replacements are skipped then.
  if (HAS_FOLDED.test(folded)) folded = folded.replace(TO_FOLD, (ch) => FOLDED[ch]);
  if (SPACE_RUN.test(folded)) folded = folded.replace(/\s+/g, " ");
  folded = folded.trim();
  remember(text, folded);
  return folded;
}

const HAS_FOLDED = new RegExp(TO_FOLD.source);

/**
 * The character fold(text) begins with, found without folding the text, when it is plainly a
 * digit or a Latin or Cyrillic letter; null otherwise (the caller folds). Rules that ask whether
 * a row *starts* with a word test it first: most rows of a big sheet are ruled out by one letter.
 */
export function foldedStart(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // What fold removes or trims before the first character it keeps.
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0) continue;
    const ch = text[i];
    if (FOLDED[ch] === "") continue;
    if (code >= 48 && code <= 57) return ch;
    const latin = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    const cyrillic = code >= 0x400 && code <= 0x4ff;
    if (!latin && !cyrillic) return null;
    const lower = ch.toLowerCase();
    return lower.length === 1 ? (FOLDED[lower] ?? lower) : null;
  }
  return null;
}
/** Whitespace other than one plain space: what `\s+` → " " would change. */
const SPACE_RUN = /[^\S ]| {2}/;

/**
 * Two generations, so a sheet of 100,000 distinct measure texts does not keep evicting the few
 * texts repeated down it (one map cleared when full did): a hit in the older map moves to the new.
 */
const CACHE_LIMIT = 4096;
let recent = new Map<string, string>();
let older = recent;

function remember(text: string, folded: string): void {
  if (recent.size >= CACHE_LIMIT) rotate();
  recent.set(text, folded);
}

function rotate(): void {
  older = recent;
  recent = new Map();
}
// Once now, so code V8 optimises around remember() has seen the rotation and is not thrown away
// when the 4,097th text of a big sheet first rotates it.
rotate();

const ROMAN: Record<string, number> = { і: 1, v: 5, х: 10, i: 1, x: 10, l: 50 };

/** Value of a Roman numeral in folded text (і, іі, ііі, іv, v …), or null. */
export function romanValue(folded: string): number | null {
  if (!/^[іivхx]+$/.test(folded)) return null;
  let total = 0;
  for (let k = 0; k < folded.length; k++) {
    const v = ROMAN[folded[k]];
    const next = k + 1 < folded.length ? ROMAN[folded[k + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 40 ? total : null;
}
