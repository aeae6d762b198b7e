import { Finding, Lang } from "../types";
import { MessageCatalogue } from "./types";
import { uk } from "./uk";
import { en } from "./en";

export const catalogues: Record<Lang, MessageCatalogue> = { uk, en };

export function formatFinding(finding: Finding, lang: Lang = "uk"): string {
  return catalogues[lang].message(finding);
}

export type { MessageCatalogue };
