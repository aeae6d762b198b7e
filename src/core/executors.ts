import { fold } from "./text";

/**
 * Executor cells are free text that often lists several: «Директор центру, заступник директора
 * центру, відділ правопросвітництва», «Відділи «Бахмутське бюро…», «Лиманське бюро…»», one per
 * line, or after semicolons. The roll-up counts a measure under each executor it names.
 */
export interface Executor {
  /** Compared: folded, without «(за згодою)», quotes and trailing punctuation. */
  key: string;
  /** Shown: as first written, with a capital letter. */
  name: string;
}

/**
 * Words an executor starts with (folded). A comma splits the cell only before one of these or a
 * capital letter: «Управління освіти, молоді та спорту» and «центр соціальних служб для дітей,
 * сім'ї та молоді» each stay one executor.
 */
const UNIT_START = new RegExp(
  "^(відділ|управлінн|департамент|служб|сектор|бюро|центр|заступник|директор|начальник|керівник|голов|секретар|спеціаліст|провідн|завідувач|" +
    "орган|заклад|установ|підрозділ|структурн|міськ|район|райдерж|облдерж|обласн|сільськ|селищн|обєднан|територіальн|громад|комунальн|виконавч|апарат|юрисконсульт|працівник|фахівц)",
  "u",
);
const UPPER = /^\p{Lu}/u;
const QUOTE_OPEN = /^[«"“„]/u;
/** «Відділи «А», «Б»»: the plural that names several units by their quoted names. */
const PLURAL_UNIT = /^(відділи|бюро|служби|сектори|управління)\s*[«"“„]/u;
const SINGULAR: Record<string, string> = { відділи: "Відділ", бюро: "Бюро", служби: "Служба", сектори: "Сектор", управління: "Управління" };

export function splitExecutors(cell: string): Executor[] {
  const out: Executor[] = [];
  const seen = new Set<string>();
  for (const line of cell.split(/[\n\r;]+/)) {
    let unit: string | null = null;
    for (const part of splitOnCommas(line)) {
      let text = clean(part);
      if (text === "") continue;
      const plural = PLURAL_UNIT.exec(text.toLocaleLowerCase("uk"));
      if (plural) {
        unit = SINGULAR[plural[1]];
        text = `${unit} ${text.slice(text.search(/[«"“„]/u))}`;
      } else if (unit && QUOTE_OPEN.test(text)) {
        // «…, «Лиманське бюро…»» after «Відділи «…»»: one more of the same units.
        text = `${unit} ${text}`;
      } else if (UNIT_START.test(fold(text.slice(0, 20)))) {
        unit = null;
      }
      const key = keyOf(text);
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      out.push({ key, name: text.charAt(0).toLocaleUpperCase("uk") + text.slice(1) });
    }
  }
  return out;
}

/** Splits at the commas that start a new executor (see UNIT_START); other commas belong to a name. */
function splitOnCommas(line: string): string[] {
  const pieces = line.split(",");
  const parts: string[] = [];
  for (const piece of pieces) {
    const start = piece.trimStart();
    const folded = fold(start.slice(0, 20)).replace(/^[«"“„]/u, "");
    const starts = parts.length === 0 || UPPER.test(start) || QUOTE_OPEN.test(start) || UNIT_START.test(folded);
    if (starts) parts.push(piece);
    else parts[parts.length - 1] += `,${piece}`;
  }
  return parts;
}

/** Bullets, numbering, «(за згодою)» and trailing punctuation off; spaces collapsed. */
function clean(text: string): string {
  return text
    .replace(/\(\s*за\s+згодою\s*\)/giu, " ")
    .replace(/^[\s\-–—•·*\d.)]+/u, "")
    .replace(/[\s,.:;\-–—]+$/u, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** «Відділ «Бюро правової допомоги»» and «Бюро правової допомоги»» name one unit: its quoted name. */
const UNIT_WORD_BEFORE_NAME = /^(відділ|бюро|служба|сектор|управління)\s*(?=[«"“„])/iu;

function keyOf(text: string): string {
  return fold(text.replace(UNIT_WORD_BEFORE_NAME, ""))
    .replace(/[«»"“”„]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}
