import { Finding, Lang } from "../types";
import { MessageCatalogue } from "./types";
import { uk } from "./uk";
import { en } from "./en";

export const catalogues: Record<Lang, MessageCatalogue> = { uk, en };

export function formatFinding(finding: Finding, lang: Lang = "uk"): string {
  const m = catalogues[lang];
  return m.message[finding.rule](finding, m);
}

export type { MessageCatalogue };
