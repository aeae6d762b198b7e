/** Text folding so that headers and values are compared by meaning, not by typing accidents. */

// Latin letters that look like Cyrillic ones; officials' files mix them freely (I vs І, "sv" in words).
const LOOKALIKES: Record<string, string> = {
  a: "а", c: "с", e: "е", i: "і", k: "к", m: "м", o: "о", p: "р", t: "т", x: "х", y: "у", h: "н", b: "в",
};

/**
 * Lower-case, Latin look-alikes folded to Cyrillic, apostrophes and quotes removed,
 * dashes unified, whitespace collapsed. Roman numerals written in Latin I/V/X fold to
 * Cyrillic і/v/х; callers that read numerals use `romanValue`.
 */
export function fold(text: string): string {
  let out = "";
  const lower = text.toLowerCase();
  for (const ch of lower) {
    if (ch === "'" || ch === "’" || ch === "ʼ" || ch === "`" || ch === "\"" || ch === "«" || ch === "»" || ch === "“" || ch === "”" || ch === "„") continue;
    if (ch === "–" || ch === "—" || ch === "‑" || ch === "−") {
      out += "-";
      continue;
    }
    if (ch === "ё") {
      out += "е";
      continue;
    }
    out += LOOKALIKES[ch] ?? ch;
  }
  return out.replace(/\s+/g, " ").trim();
}

export function isBlankText(text: string): boolean {
  return text.trim() === "";
}

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
