import { Lang, Severity } from "../types";
import type { NounForms } from "./format";

/** What a severity is called on its own ("Помилка", "Tip"): the one name the CLI and the pane use. */
export const severityNames: Record<Lang, Record<Severity, string>> = {
  uk: { error: "Помилка", warning: "Попередження", info: "Порада" },
  en: { error: "Error", warning: "Warning", info: "Tip" },
};

/** The same names as counted nouns: "1 помилка", "3 помилки", "5 помилок"; "1 tip", "2 tips". */
export const severityNouns: Record<Lang, Record<Severity, NounForms>> = {
  uk: {
    error: { one: "помилка", few: "помилки", many: "помилок", other: "помилки" },
    warning: { one: "попередження", few: "попередження", many: "попереджень", other: "попередження" },
    info: { one: "порада", few: "поради", many: "порад", other: "поради" },
  },
  en: {
    error: { one: "error", other: "errors" },
    warning: { one: "warning", other: "warnings" },
    info: { one: "tip", other: "tips" },
  },
};
