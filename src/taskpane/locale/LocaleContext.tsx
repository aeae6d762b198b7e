import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { catalogues, type MessageCatalogue } from "../../core";
import type { Lang } from "../../core/types";
import { counted, type NounForms } from "../../core/messages/format";
import { strings, type Strings } from "./strings";

export const LANG_KEY = "pokaznyk.lang";

export interface Locale {
  lang: Lang;
  setLang(lang: Lang): void;
  /** The pane's own words. */
  t: Strings;
  /** The engine's words: rule titles, form names, column names. */
  m: MessageCatalogue;
  /** "5 помилок": the count and its noun, via Intl.PluralRules. */
  plural(count: number, forms: NounForms): string;
}

const LocaleContext = createContext<Locale | null>(null);

/** The remembered choice; Ukrainian unless the user switched. */
export function storedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(LANG_KEY) === "en" ? "en" : "uk";
  } catch {
    return "uk";
  }
}

export function LocaleProvider({ initial, children }: { initial?: Lang; children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initial ?? storedLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      globalThis.localStorage?.setItem(LANG_KEY, next);
    } catch {
      // Storage can be off (private mode); the choice then lasts for this session only.
    }
  }, []);
  const value = useMemo<Locale>(
    () => ({
      lang,
      setLang,
      t: strings[lang],
      m: catalogues[lang],
      plural: (count, forms) => counted(count, forms, lang),
    }),
    [lang, setLang],
  );
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  const locale = useContext(LocaleContext);
  if (!locale) throw new Error("useLocale outside LocaleProvider");
  return locale;
}
