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
  const known = cache.get(text);
  if (known !== undefined) return known;
  const folded = text.toLowerCase().replace(TO_FOLD, (ch) => FOLDED[ch]).replace(/\s+/g, " ").trim();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, folded);
  return folded;
}

const CACHE_LIMIT = 4096;
const cache = new Map<string, string>();

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
