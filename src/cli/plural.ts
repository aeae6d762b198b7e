/** Counted nouns ("5 помилок", "1 warning") via Intl.PluralRules, so Ukrainian gets all its forms. */
import type { Lang } from "../core/types";

/** Forms by CLDR plural category; Ukrainian uses one/few/many (+ other for fractions), English one/other. */
export type NounForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules: Record<Lang, Intl.PluralRules> = { uk: new Intl.PluralRules("uk"), en: new Intl.PluralRules("en") };

export function counted(count: number, forms: NounForms, lang: Lang): string {
  return `${count} ${forms[rules[lang].select(count)] ?? forms.other}`;
}
