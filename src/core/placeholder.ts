import { fold } from "./text";

/**
 * A template's placeholder (SPEC `placeholder-left`): the whole text in round brackets starting with
 * назва, приклад, вкажіть, зазначте, ПІБ, посада or дата — «(назва установи)», «(ПІБ)» — or any text
 * containing «замініть своїм» («I. Назва пріоритету (приклад: замініть своїм)»). Every placeholder a
 * template writes is one of these (test/core/templates.test.ts holds them to it).
 */
export function isPlaceholder(text: string): boolean {
  // Every cell of a sheet passes here: most hold neither a bracket nor «зам…» in any case.
  if (text.indexOf("(") < 0 && !ASKS_HINT.test(text)) return false;
  const trimmed = text.trim();
  if (trimmed.length < 3 || trimmed.length > 500) return false;
  // Cheap tests first: most cells neither open with a bracket nor ask to be replaced.
  const bracketed = trimmed.startsWith("(") && trimmed.endsWith(")");
  const asks = /зам[іi]н[иі]ть/iu.test(trimmed);
  if (!bracketed && !asks) return false;
  const folded = fold(trimmed);
  if (asks && /замініть\s+своїм/u.test(folded)) return true;
  return bracketed && BRACKETED.test(folded);
}

/** What «замініть» holds in any case, tested without the Unicode-aware regex's cost. */
const ASKS_HINT = /[зЗ][аА][мМ]/;
// Folded text: lower case, Cyrillic for Latin look-alikes ("ПIБ" with a Latin I reads as "піб").
const BRACKETED = /^\(\s*(назва|приклад|вкажіть|зазначте|піб|посада|дата)/u;
