import type { Lang } from "../../core/types";

/** Word forms by CLDR plural category; a missing category falls back to `other`. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Lang, Intl.PluralRules>();

/** "1 помилка", "3 помилки", "5 помилок": the number and the word form Intl.PluralRules picks. */
export function plural(lang: Lang, count: number, forms: PluralForms): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  const word = forms[rule.select(count)] ?? forms.other;
  return `${count.toLocaleString(lang === "uk" ? "uk-UA" : "en-GB")} ${word}`;
}
