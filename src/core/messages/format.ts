/**
 * How numbers, percentages and counted nouns read in each UI language. The engine, the task pane
 * and the command line all format through here, so "1 234,5" and "5 помилок" look the same
 * wherever an official meets them.
 */
import type { Lang } from "../types";

/** Word forms by CLDR plural category; Ukrainian uses one/few/many (+ other for fractions), English one/other. */
export type NounForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const LOCALES: Record<Lang, string> = { uk: "uk-UA", en: "en-GB" };

const pluralRules: Record<Lang, Intl.PluralRules> = { uk: new Intl.PluralRules("uk"), en: new Intl.PluralRules("en") };

/** The noun form that goes with `count` ("1 помилка", "3 помилки", "5 помилок"), without the number. */
export function nounFor(count: number, forms: NounForms, lang: Lang): string {
  return forms[pluralRules[lang].select(count)] ?? forms.other;
}

/** The count and its noun: "5 помилок", "1 warning". */
export function counted(count: number, forms: NounForms, lang: Lang): string {
  return `${formatNumber(count, lang)} ${nounFor(count, forms, lang)}`;
}

export interface NumberStyle {
  /** Most digits after the decimal sign; 2 unless told. */
  fractionDigits?: number;
  /** Thousands separator (a narrow space in Ukrainian); on unless told. */
  grouping?: boolean;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number as the official reads it: "1 234,5" in Ukrainian, "1,234.5" in English. */
export function formatNumber(value: number, lang: Lang, style: NumberStyle = {}): string {
  // Most plans and facts are small counts: every locale writes 0–999 as plain digits, and
  // Intl's formatter costs microseconds a call over thousands of findings.
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  const digits = style.fractionDigits ?? 2;
  const grouping = style.grouping ?? true;
  const key = `${lang}|${digits}|${grouping}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits, useGrouping: grouping });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A percentage given in percent units (91.8 → "91,8 %" / "91.8%"), one decimal as SPEC shows it. */
export function formatPercent(percent: number, lang: Lang): string {
  const digits = formatNumber(percent, lang, { fractionDigits: 1 });
  return lang === "uk" ? `${digits} %` : `${digits}%`;
}
